/**
 * Questions about the page itself rather than the story: who took the photo, what it shows, when the
 * article was published, who wrote or reported it, its headline. They are answered from the parts of
 * the page the cleaner recognised (title, dateline, caption, credit), from the agency a wire story
 * opens with ("MOSCOW (Sputnik) —") or the body it quotes ("…, Iraqi Defense Ministry said"), and from
 * the page's own metadata (`Article.meta`). The passage names the part it came from (`field`), so the
 * reply can cite "photo credit" the way a body passage cites its article.
 *
 * A stage before the search: a question is taken for one only when it asks about the page as a whole
 * ("when was the article published?"), never about something the story mentions ("when was the
 * statement published?"). Indirect forms left by a lead-in ("can you tell me when it was published")
 * count too.
 */
import { readByline } from '../knowledge/byline.js';
import { extractDate } from '../knowledge/clean.js';
import { WIRE_OPENING } from '../knowledge/dateline.js';
import type { Article, Role, Sentence } from '../knowledge/types.js';
import type { QuestionType } from './question.js';
import type { ArticleRef, Highlight, PageField, PagePart, Passage, ShortAnswer } from './types.js';

/** Names of the page that "the" may introduce: "the article", "the story". */
const PAGE_NOUN = String.raw`(?:news\s+)?(?:article|story|piece|page)`;
/**
 * Names of the page only with "this"/"that": "this report" is the page, while "the report" is often one
 * the story is about ("who put out the report?"), as "the review", "the post" or "the news" may be.
 */
const KIND_NOUN = String.raw`(?:report|post|item|news|text|review|column|op-?ed|editorial|essay|feature|blog(?:\s+post)?|interview|analysis|opinion(?:\s+piece)?|commentary|write-?up|explainer|obituary)`;
/** The page named by a noun: "this article", "the story", "that report". */
const PAGE_NAMED = String.raw`(?:(?:this|the|that)\s+${PAGE_NOUN}|(?:this|that)\s+${KIND_NOUN})`;
/** The page itself, however people call it. */
const PAGE = String.raw`(?:${PAGE_NAMED}|it|this|that)`;
/** A publication, however people call it: "the paper", "which website", "what news outlet". */
const OUTLET = String.raw`(?:(?:news|tv|television|radio|online)\s*)?(?:outlet|site|web\s*site|paper|newspaper|publication|magazine|channel|network|publisher|broadcaster|station|media\s+outlet|organi[sz]ation)`;
/** The page's address: "the url", "the link", "the web address" (a bare "address" may be a place's). */
const LINK = String.raw`(?:(?:original|source|article|page|story)\s+)?(?:url|link|web\s*address|web\s+link|permalink)`;
const PICTURE = String.raw`(?:photo(?:graph)?|picture|pic|image|shot|photo\s+at\s+the\s+top|main\s+(?:photo|picture|image))`;
const THE_PICTURE = String.raw`(?:(?:the|this|that)\s+${PICTURE}|it)`;
/** The same, or several ("when were the photos taken?"). */
const THE_PICTURES = String.raw`(?:(?:the|this|that|these|those)\s+${PICTURE}s?|it)`;
/** "… of this article", "… in the story": the page named again at the end. */
const OF_PAGE = String.raw`(?:\s+(?:of|in|on|for|from|with|above|at\s+the\s+top\s+of)\s+${PAGE})?`;

const ASKED: [PageField, RegExp][] = [
  [
    // A bare "it" is the photo only after a verb of taking one ("who took it?"): "who owns it?" and
    // "who made it?" ask about what the story is about (a bakery, a deal), not its picture.
    'credit',
    new RegExp(
      String.raw`^(?:who\s+(?:took|shot|snapped|captured)\s+${THE_PICTURE}|who\s+(?:made|owns)\s+(?:the|this|that)\s+${PICTURE}|whose\s+${PICTURE}\s+is\s+(?:it|this|that)|who\s+(?:is|was)\s+the\s+photographer|(?:what|who)\s+is\s+the\s+${PICTURE}\s+(?:credit|by)|(?:what\s+is\s+the\s+)?(?:photo|picture|image)\s+credit|who\s+is\s+(?:it|the\s+${PICTURE})\s+(?:credited|attributed)\s+to|where\s+is\s+the\s+${PICTURE}\s+from)${OF_PAGE}$`,
      'iu',
    ),
  ],
  [
    'caption',
    // When or where a photo was taken is what its caption says ("… Moscow, Russia, Thursday, Oct. 25,
    // 2012"); the story's own dates and places are not the photo's.
    new RegExp(
      String.raw`^(?:what\s+(?:does|did|do)\s+${THE_PICTURE}\s+(?:show|depict|portray|illustrate)|what\s+(?:is|was)\s+(?:shown\s+)?(?:in|on)\s+${THE_PICTURE}|what\s+is\s+${THE_PICTURE}\s+(?:of|about|showing)|(?:what\s+is|what\s+does)\s+the\s+(?:photo\s+|picture\s+|image\s+)?caption(?:\s+(?:of|on|under|to)\s+${THE_PICTURE})?(?:\s+say)?|what\s+${THE_PICTURE}\s+(?:shows|depicts|is\s+of)|(?:describe|explain)\s+${THE_PICTURE}|who\s+(?:is|are)\s+(?:in|on)\s+${THE_PICTURE}|(?:when|where|(?:what|which)\s+(?:date|day|place|year))\s+(?:was|were|is|are)\s+${THE_PICTURES}(?:\s+of\s+(?:the\s+)?[\p{L}\s-]{1,40}?)?\s+(?:taken|shot|snapped|made)(?:\s+(?:on|in|at))?)${OF_PAGE}$`,
      'iu',
    ),
  ],
  [
    'published',
    // "How old is it?" asks the age of what the story is about (a brooch, a bridge), not of the page:
    // it takes the page only as "this", "that" or by name ("how old is this article?").
    new RegExp(
      String.raw`^(?:when\s+(?:was|is|did)\s+${PAGE}\s+(?:first\s+)?(?:published|posted|written|put\s+out|released|dated|updated|come\s+out|appear|run|from)|when\s+(?:is|was)\s+${PAGE}\s+from|when\s+${PAGE}\s+was\s+(?:published|posted|written|released)|what\s+(?:is|was)\s+the\s+(?:publication|publishing|release)\s+(?:date|time)|(?:what|which)\s+(?:date|day|time)\s+(?:was|is)\s+${PAGE}\s+(?:published|posted|written|from|dated)|how\s+old\s+is\s+(?:${PAGE_NAMED}|this|that)|(?:what\s+is\s+the\s+)?date\s+of\s+${PAGE}|(?:what\s+is\s+the\s+)?dateline)${OF_PAGE}$`,
      'iu',
    ),
  ],
  [
    'author',
    new RegExp(
      String.raw`^(?:who\s+(?:wrote|authored|penned|is\s+the\s+(?:author|writer)\s+of)\s+${PAGE}|who\s+(?:is|was)\s+the\s+(?:author|writer|byline)|what\s+is\s+the\s+byline|who\s+is\s+${PAGE}\s+by|(?:the\s+)?(?:author|byline)|by\s+whom\s+(?:was|is)\s+${PAGE}\s+written)${OF_PAGE}$`,
      'iu',
    ),
  ],
  [
    'site',
    new RegExp(
      String.raw`^(?:(?:which|what)\s+${OUTLET}\s+(?:(?:is|was)\s+${PAGE}(?:\s+(?:in|from|on|by|for|published\s+(?:in|on|by)))?|(?:is|was)\s+(?:it|this|that)(?:\s+(?:from|in|on))?|(?:published|ran|printed|posted|carried|put\s+out|broke|reported|wrote)(?:\s+${PAGE})?|did\s+${PAGE}\s+(?:come\s+from|appear\s+(?:in|on)|run\s+(?:in|on)))|(?:in|on)\s+(?:which|what)\s+${OUTLET}\s+(?:is|was|did)\s+${PAGE}(?:\s+(?:published|printed|posted|appear|run))?|where\s+(?:was|is)\s+${PAGE}\s+(?:published|posted|printed)|what\s+is\s+the\s+(?:name\s+of\s+the\s+)?${OUTLET})${OF_PAGE}$`,
      'iu',
    ),
  ],
  [
    'source',
    new RegExp(
      String.raw`^(?:who\s+(?:reported|published|broke|ran|released|put\s+out|is\s+reporting)\s+${PAGE}|(?:which|what)\s+(?:news\s+)?(?:agency|source|wire(?:\s+service)?|media)\s+(?:(?:reported|published|broke|ran|wrote)(?:\s+${PAGE})?|is\s+${PAGE}\s+from|did\s+${PAGE}\s+come\s+from|is\s+(?:this|it))|where\s+(?:is|does|did)\s+${PAGE}\s+(?:come\s+)?from|what\s+is\s+the\s+(?:news\s+)?(?:source|agency)|who\s+is\s+the\s+source|(?:the\s+)?source|which\s+agency)${OF_PAGE}$`,
      'iu',
    ),
  ],
  [
    'address',
    new RegExp(
      String.raw`^(?:(?:what|where)\s+is\s+(?:the\s+)?(?:${LINK})|(?:give|send|show|post)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:${LINK})|where\s+can\s+i\s+(?:read|find|see|open)\s+(?:it|this|the\s+(?:original|full)\s+${PAGE_NOUN})(?:\s+online)?|(?:the\s+)?(?:${LINK}))(?:\s+to\s+${PAGE}|\s+(?:of|to|for)\s+the\s+(?:original|source|full)(?:\s+${PAGE_NOUN})?)?${OF_PAGE}$`,
      'iu',
    ),
  ],
  [
    'headline',
    new RegExp(
      String.raw`^(?:what\s+(?:is|was)\s+the\s+(?:headline|title)|(?:the\s+)?(?:headline|title))${OF_PAGE}$`,
      'iu',
    ),
  ],
];

const TYPE: Record<PageField, QuestionType> = {
  credit: 'person',
  caption: 'other',
  published: 'date',
  author: 'person',
  source: 'organization',
  site: 'organization',
  headline: 'other',
  address: 'other',
};

/** A word's "'s"; made once, as letters.ts says why. */
const LETTER_APOSTROPHE_S = /(\p{L})'s\b/gu;

/** Which part of the page a question asks about, if it asks about the page itself. */
export function pageFieldAsked(question: string): PageField | undefined {
  const q = question
    .replace(/[’‘]/g, "'")
    .replace(LETTER_APOSTROPHE_S, '$1 is') // "what's the headline" → "what is the headline"
    .replace(/[\s?!.]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return ASKED.find(([, re]) => re.test(q))?.[0];
}

/**
 * Compile the page-question patterns now rather than on the first question, which paid 20-40 ms for
 * them: V8 compiles a pattern to bytecode on its first run and to machine code on its second.
 */
export function compilePagePatterns(): void {
  for (let run = 0; run < 2; run++) pageFieldAsked('warm up');
}

/** The body's own attribution at the end of the lead: "…, Iraqi Defense Ministry said." */
const ATTRIBUTION =
  /,\s*((?:the\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,5})\s+(?:said|says|reported|reports|announced|stated)\s*\.?["”]?$/u;
/** What comes before the photographer's name in a credit line: "©", "Photo:", "Picture by". */
const CREDIT_PREFIX =
  /^(?:©|\(c\)|copyright\b|credits?\s*:|(?:photo(?:graph)?|image|picture|pic|foto)s?\s*(?:credit|by)?\s*[:/-]?)\s*/iu;

export interface PageAnswer {
  page: PageField;
  type: QuestionType;
  answered: boolean;
  confidence: number;
  answer: ShortAnswer | null;
  passages: Passage[];
}

function passage(
  ref: ArticleRef,
  field: PagePart,
  section: Role | 'page',
  sentence: number,
  text: string,
  answer?: { start: number; end: number },
): Passage {
  const highlights: Highlight[] =
    answer !== undefined && answer.end > answer.start ? [{ ...answer, kind: 'answer' }] : [];
  return { text, score: 1, article: ref, section, field, sentence, highlights };
}

function span(text: string, part: string): { start: number; end: number } | undefined {
  const start = text.indexOf(part);
  return start === -1 ? undefined : { start, end: start + part.length };
}

function ofRole(article: Article, role: Role): Sentence[] {
  return article.sentences.filter((s) => s.role === role);
}

/** The whole of a metadata value, as a passage that is its own answer. */
function metaPassage(ref: ArticleRef, part: PagePart, text: string): Passage {
  return passage(ref, part, 'page', -1, text, span(text, text));
}

/** The page's address shown as a domain ("https://www.nytimes.com/2017/…" → "nytimes.com"). */
function domainOf(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const host = new URL(url).hostname.replace(/^www\d*\./i, '');
  return host === '' ? undefined : host;
}

/**
 * The publication: the site name the page declares (Open Graph, JSON-LD), else its application name,
 * else, as the last resort, the host of its address.
 */
function outlet(article: Article, ref: ArticleRef): Passage[] {
  const meta = article.meta ?? {};
  const name = meta.siteName ?? meta.applicationName;
  if (name !== undefined) return [metaPassage(ref, 'site', name)];
  const domain = domainOf(meta.url ?? ref.url);
  return domain === undefined ? [] : [metaPassage(ref, 'address', domain)];
}

/** The byline's author, unless the page has none. */
function author(article: Article, ref: ArticleRef): Passage[] {
  const byline = article.meta?.byline;
  return byline === undefined ? [] : [metaPassage(ref, 'author', byline)];
}

/** The agency of each wire dateline of the body ("MOSCOW (Sputnik) —"), marked in its passage. */
function agencies(article: Article, ref: ArticleRef): Passage[] {
  return ofRole(article, 'body').flatMap((s) => {
    const agency = WIRE_OPENING.exec(s.text)?.[1];
    return agency === undefined
      ? []
      : [passage(ref, 'agency', 'body', s.index, s.text, span(s.text, agency))];
  });
}

/** The passages that answer `field` on this page, best first (none when the page does not say). */
function find(field: PageField, article: Article, ref: ArticleRef): Passage[] {
  const meta = article.meta ?? {};
  switch (field) {
    case 'headline':
      return ofRole(article, 'title').map((s) => passage(ref, field, 'title', s.index, s.text));
    case 'caption':
      return ofRole(article, 'caption').map((s) => passage(ref, field, 'caption', s.index, s.text));
    case 'credit': {
      // A page's printed "By Jane Doe" line is a credit too, but the writer's, not the photographer's.
      const byline = meta.byline?.toLowerCase();
      return ofRole(article, 'credit')
        .filter(
          (s) => s.text.replace(/^by\s+/i, '').toLowerCase() !== byline && readByline(s.text) === undefined,
        )
        .map((s) => {
          const name = s.text.replace(CREDIT_PREFIX, '');
          return passage(ref, field, 'credit', s.index, s.text, span(s.text, name));
        });
    }
    case 'published': {
      const dated = ofRole(article, 'dateline').map((s) =>
        passage(ref, field, 'dateline', s.index, s.text, span(s.text, extractDate(s.text))),
      );
      const time = meta.publishedTime;
      return time === undefined ? dated : [...dated, metaPassage(ref, field, time)];
    }
    case 'author':
      return author(article, ref);
    case 'address': {
      const url = meta.url ?? ref.url;
      return url === undefined ? [] : [metaPassage(ref, field, url)];
    }
    case 'site': {
      // A page that names no publication (a .txt) but opens as a wire story: the agency is where it is from.
      const site = outlet(article, ref);
      return site.length > 0 ? site : agencies(article, ref);
    }
    case 'source': {
      // Who reported it: a wire agency, else the reporter, then the publication and the lead's attribution.
      const body = ofRole(article, 'body');
      const out = [...agencies(article, ref), ...author(article, ref), ...outlet(article, ref)];
      const lead = body[0];
      const quoted = lead === undefined ? undefined : ATTRIBUTION.exec(lead.text)?.[1];
      if (lead !== undefined && quoted !== undefined && !out.some((p) => p.sentence === lead.index))
        out.push(passage(ref, 'attribution', 'body', lead.index, lead.text, span(lead.text, quoted)));
      return out;
    }
  }
}

/**
 * The answer to a question about `field` of the page (see `pageFieldAsked`). `article` is the one
 * article the question is about (the caller decides which: see `focus.ts`).
 */
export function answerAboutPage(field: PageField, article: Article, ref: ArticleRef): PageAnswer {
  const passages = find(field, article, ref);
  return {
    page: field,
    type: TYPE[field],
    answered: passages.length > 0,
    confidence: passages.length > 0 ? 1 : 0,
    answer: shortOf(passages[0]),
    passages,
  };
}

/**
 * A question about `field` of the page asked of several articles, none named or talked about: those
 * whose page has that part (`having`), and, when only one story's page has it, that story's answer (the
 * reply names the story, so a reader who meant another sees whose it is); when none has it, the answer
 * that none does (`noneOf`). A reader asking "who took the photo?" has seen a photo, and asking "which
 * one do you mean?" with one story to pick was a question with one answer (nc57: "1 of my 4 articles have
 * an author: which one do you mean?").
 */
export function pageOfSeveral(
  field: PageField,
  articles: readonly Article[],
  refs: readonly ArticleRef[],
): { having: ArticleRef[]; answer?: PageAnswer & ({ about: ArticleRef } | { noneOf: number }) } {
  const answers = articles.flatMap((article, i) => {
    const ref = refs[i];
    return ref === undefined ? [] : [{ ref, answer: answerAboutPage(field, article, ref) }];
  });
  const found = answers.filter((a) => a.answer.answered);
  const having = found.map((f) => f.ref);
  // None has it: so say, of them all (asking which one would lead to "the page gives none" each time).
  const [first] = answers;
  if (found.length === 0 && first !== undefined)
    return { having, answer: { ...first.answer, noneOf: articles.length } };
  const [only] = found;
  return found.length === 1 && only !== undefined
    ? { having, answer: { ...only.answer, about: only.ref } }
    : { having };
}

/**
 * The short answer of a page answer: the part of its first passage marked as the answer (the agency
 * of "MOSCOW (Sputnik)", the name of a photo credit, the date of a dateline), as a story's answer
 * has it. A headline or caption is its own answer: the passage alone says it.
 */
function shortOf(passage: Passage | undefined): ShortAnswer | null {
  const mark = passage?.highlights.find((h) => h.kind === 'answer');
  if (passage === undefined || mark === undefined) return null;
  return { text: passage.text.slice(mark.start, mark.end), passage: 0, start: mark.start, end: mark.end };
}
