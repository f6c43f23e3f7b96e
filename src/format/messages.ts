/**
 * Every sentence about an answer's status that a user reads, in one place shared by the Discord
 * replies, the CLI and the console chat. The engine gives statuses and reasons; this writes them.
 */
import { MAX_QUESTION_CHARS } from '../qa/engine.js';
import type { Answer, ArticleRef, PageField, RefusalReason } from '../qa/types.js';
import type { Polarity } from '../qa/polarity.js';

/** Names listed as a reader writes them: "A or B", "A, B or C"; "A and B", "A, B and C". */
const EITHER = new Intl.ListFormat('en-GB', { type: 'disjunction' });
const BOTH = new Intl.ListFormat('en-GB', { type: 'conjunction' });
/** The plural pronouns a question may point back with. */
const THEY: ReadonlySet<string> = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

/** Text shown as it is (the CLI and the console escape nothing). */
const asIs = (s: string): string => s;

type Searched = Pick<Answer, 'searched' | 'about'> & Partial<Pick<Answer, 'unsaid' | 'passages'>>;

/** One of several articles, searched alone (the conversation's): its title, made safe by `escape`. */
function oneOfSeveral(answer: Searched, escape: (s: string) => string): string | undefined {
  return answer.about === undefined ? undefined : `“${escape(answer.about.title)}”`;
}

/** The short answer to a yes/no question whose passage plainly says the event happened, or denies it. */
export function polarityWord(polarity: Polarity): string {
  return polarity === 'yes' ? 'Yes' : 'No';
}

/**
 * The answer to a question comparing two people's ages: the yes or no, or for "who is older, X or Y?"
 * the one who is, then each person's name with their age ("Yes: Tom Reilly is 62, Amira Haddad 38",
 * "Mr Greaves: Mr Greaves is 67, Mrs Greaves 64"); undefined when neither is said.
 */
export function comparisonWords(
  polarity: Polarity | undefined,
  comparison: NonNullable<Answer['comparison']>,
): string | undefined {
  const [left, right] = comparison.sides;
  const which = comparison.chosen === undefined ? undefined : comparison.sides[comparison.chosen].label;
  const lead = which ?? (polarity === undefined ? undefined : polarityWord(polarity));
  return lead === undefined
    ? undefined
    : `${lead}: ${left.label} is ${left.value}, ${right.label} ${right.value}`;
}

/**
 * "I couldn't find that in the article", in any of the articles when several were searched, or in
 * the conversation's article, by its title, when it alone of several was; "a date or time for that"
 * when a when-question was refused because the closest passage says no time at all (`Answer.unsaid`).
 * When the closest passage says that what was asked is not known, or was not said: "The article says
 * it isn't known" (by its title when several are loaded), the passage shown after it as the reason.
 */
export function notFound(answer: Searched, escape: (s: string) => string = asIs): string {
  const denied = deniedBy(answer, escape);
  if (denied !== undefined) return denied;
  const where =
    answer.searched !== undefined
      ? `any of the ${answer.searched} articles`
      : (oneOfSeveral(answer, escape) ?? 'the article');
  // Only the when-rule sets it: the closest passage says no date and no time.
  if (answer.unsaid === 'when') return `I couldn't find a date or time for that in ${where}`;
  return `I couldn't find that in ${where}`;
}

/** What the article is said to say of the thing asked, by the kind of its denial (`Answer.unsaid`). */
const DENIED: Record<'unknown' | 'untold', string> = {
  unknown: "says it isn't known",
  untold: "says it wasn't made public",
};

/**
 * "The article says it isn't known" (or "“Title” says…" when several are loaded) for a question whose
 * closest passage says that what is asked is not known or was not said (`Answer.unsaid`); else undefined.
 */
function deniedBy(answer: Searched, escape: (s: string) => string): string | undefined {
  const kind = answer.unsaid;
  if (kind !== 'unknown' && kind !== 'untold') return undefined;
  const from = answer.passages?.[0]?.article;
  const several = answer.searched !== undefined || answer.about !== undefined;
  const who = several && from !== undefined ? `“${escape(from.title)}”` : 'The article';
  return `${who} ${DENIED[kind]}`;
}

/**
 * The heading over the closest passage of a question not answered: "I couldn't find that in the
 * article — closest passage:", or, when that passage says the thing asked is not known, "The article
 * says it isn't known:" (the passage is the reason, not a near miss).
 */
export function closestHeading(answer: Searched, escape: (s: string) => string = asIs): string {
  const denied = deniedBy(answer, escape);
  return denied !== undefined ? `${denied}:` : `${notFound(answer, escape)} — closest passage:`;
}

/**
 * A follow-up the conversation's article does not answer, when another does: "“A” doesn't say; this
 * is from “B”." (answered from B), or "“B” may answer it: ask about that article." (kept to A because
 * it points back at it with "he", "it"). And a question with a "he" or "she" no one was read as,
 * searched in several articles and not found ("where was he born?" with four stories and none picked):
 * the miss may be only that the bot does not know who is meant.
 */
export function otherArticleNote(
  answer: Pick<Answer, 'notIn' | 'answeredIn' | 'passages'> &
    Partial<Pick<Answer, 'answered' | 'searched' | 'readAs' | 'question'>>,
  escape: (s: string) => string = asIs,
): string | undefined {
  const from = answer.passages[0]?.article;
  if (answer.notIn !== undefined && from !== undefined)
    return `“${escape(answer.notIn.title)}” doesn't say; this is from “${escape(from.title)}”.`;
  const others = answer.answeredIn;
  if (others === undefined || others.length === 0) return unknownPerson(answer);
  const titles = others.map((a) => `“${escape(a.title)}”`).join(' or ');
  return `${titles} may answer it: ask about ${others.length === 1 ? 'that article' : 'one of them'} by name.`;
}

/** A person's pronoun as a word of the question ("how old is he?"); made once, as letters.ts says why. */
const PERSON_PRONOUN = /\b(?:he|she|him|her|his|hers)\b/i;

/** A capitalised word after the question's first: a name; made once, as letters.ts says why. */
const NAMED_AFTER_FIRST = /\s\p{Lu}/u;

/** "I'm not sure who you mean by “he” …": see `otherArticleNote`. */
function unknownPerson(
  answer: Partial<Pick<Answer, 'answered' | 'searched' | 'readAs' | 'question'>>,
): string | undefined {
  if (answer.answered !== false || answer.searched === undefined || answer.readAs !== undefined)
    return undefined;
  const question = answer.question ?? '';
  const pronoun = PERSON_PRONOUN.exec(question)?.[0];
  // "how much does Sue Brandt earn and is she paid?" names whom "she" is: a capital after the first word.
  if (pronoun === undefined || NAMED_AFTER_FIRST.test(question)) return undefined;
  return `I'm not sure who you mean by “${pronoun.toLowerCase()}” in ${answer.searched} articles: ask with the name, or pick the article first.`;
}

/** What a question with no passage at all gets beside `notFound`. */
export function nothingMatches(
  answer: Searched,
  question: string,
  escape: (s: string) => string = asIs,
): string {
  const where =
    answer.searched !== undefined ? 'the articles' : (oneOfSeveral(answer, escape) ?? 'the article');
  return `Nothing in ${where} matches “${question}”.`;
}

/** Why a question was not searched at all. */
export function refusalMessage(
  answer: Pick<Answer, 'question' | 'unclear'> & { refused: RefusalReason },
  escape: (s: string) => string = asIs,
): string {
  const question = answer.question;
  switch (answer.refused) {
    case 'empty':
      return 'Ask me a question about the article.';
    case 'too-long':
      return `That question is ${question.length} characters long; please keep it to ${MAX_QUESTION_CHARS} characters or fewer.`;
    case 'no-keywords':
      return 'That question has no words I can look up. Try naming who or what you are asking about.';
    case 'which-article':
      // The fronts list the articles instead (`chooseArticleText`); this is for a bare engine answer.
      return 'That question is about one article, and I have several: name the article.';
    case 'unclear-person': {
      const unclear = answer.unclear;
      // Only asked of a folder of several stories, none picked or talked about: whose story is unknown.
      if (unclear === undefined)
        return "I'm not sure who you mean: I have several articles and none is picked yet. Try asking with a name, or pick the article first.";
      const { fitting, unlike } = unclear;
      // Asked before anyone was talked about: the one person of the story the pronoun fits is offered,
      // not assumed; a story naming no one it fits says so.
      if (fitting.length === 1 && unlike.length === 0)
        return `I'm not sure who you mean by “${unclear.pronoun}”: do you mean ${escape(fitting[0] as string)}? Try asking with the name.`;
      // "they" with no one talked about: people the reader did not name, whom no one name fits.
      if (fitting.length === 0 && unlike.length === 0 && THEY.has(unclear.pronoun))
        return `I'm not sure who you mean by “${unclear.pronoun}”. Try asking with a name.`;
      if (fitting.length === 0 && unlike.length === 0)
        return `I'm not sure who you mean by “${unclear.pronoun}”: the article names no one it fits. Try asking with a name.`;
      // Several people it could be: name them, so the reader can pick one. With no one it cannot be,
      // it is unclear only because it fits several (`other-person.ts`): there are always some to name.
      const could = `it could be ${EITHER.format(fitting.map(escape))}`;
      const why =
        unlike.length === 0
          ? could
          : `it doesn't sound like ${EITHER.format(unlike.map(escape))}, ${fitting.length === 0 ? 'and the article names no one else it fits' : `and ${could}`}`;
      return `I'm not sure who you mean by “${unclear.pronoun}”: ${why}. Try asking with a name.`;
    }
  }
}

/** A question about the page (its photo, date, author…) that the page does not answer. */
const PAGE_MISSING: Record<PageField, string> = {
  credit: 'The page gives no photo credit.',
  caption: 'The page has no photo caption.',
  published: 'The page gives no publication date.',
  author: 'The page names no author.',
  source: 'The page names no agency, reporter or source.',
  site: 'The page does not name its site or publication.',
  headline: 'The page has no headline.',
  address: 'The page gives no web address (a link to it).',
};

/**
 * The one line that heads an answer: what the bot found, or why it found nothing. `escape` makes an
 * article's own words safe for the front (Discord's markdown).
 */
export function statusMessage(answer: Answer, escape: (s: string) => string = asIs): string {
  if (answer.refused !== undefined) return refusalMessage({ ...answer, refused: answer.refused }, escape);
  if (answer.page !== undefined && answer.passages.length === 0) {
    const missing = PAGE_MISSING[answer.page];
    const lower = `${missing.charAt(0).toLowerCase()}${missing.slice(1)}`;
    // Several articles, none of whose pages says: so of each. One of several: say which page does not say.
    if (answer.noneOf !== undefined) return `Each of my ${answer.noneOf} articles: ${lower}`;
    return answer.about === undefined ? missing : `“${escape(answer.about.title)}”: ${lower}`;
  }
  const note = otherArticleNote(answer, escape);
  // The closest passage says the thing asked is not known: it follows as the reason.
  const denied = answer.answered ? undefined : deniedBy(answer, escape);
  if (denied !== undefined && answer.passages.length > 0)
    return note === undefined ? `${denied}:` : `${note} ${denied}:`;
  if (!answer.answered)
    return `${notFound(answer, escape)}.${note === undefined ? '' : ` ${note}`}${answer.passages.length > 0 ? ' The closest I found:' : ''}`;
  if (note !== undefined) return note;
  if (answer.alsoIn !== undefined && answer.alsoIn.length > 0) {
    const articles = [answer.passages[0]?.article, ...answer.alsoIn].filter((a) => a !== undefined);
    // Two of the named stories under one title (a story saved twice, or two headlines alike) read as
    // one name: their files tell them apart. Whether they are one story is the engine's (`same-story.ts`).
    const shown = (a: ArticleRef) =>
      articles.filter((b) => b.title === a.title).length > 1 ? `${a.title} (${a.file})` : a.title;
    return `This matches several articles: ${articles.map((a) => escape(shown(a))).join('; ')}.`;
  }
  return 'Here is what the article says.';
}

/**
 * How the question was read, for the "read …" note beside an answer: the words corrected ("sined" as
 * "signed"), a pronoun read as the one person of the story it fits ("he" as Tomas Reilly) or as the
 * people an answer named together ("they" as Khaled Obaidi and Alexander Fomin), for a question that
 * named nothing ("where was it?"), the story it was read as about, and for a bare "where?", the
 * question it followed up.
 * Undefined when it was read as written.
 */
export function readNote(
  answer: Pick<Answer, 'corrections' | 'topic' | 'followUp' | 'readAs'>,
  escape: (s: string) => string = asIs,
  [open, close]: readonly [string, string] = ['“', '”'],
): string | undefined {
  const quote = (s: string) => `${open}${escape(s)}${close}`;
  const parts = answer.corrections.map((c) => `${quote(c.from)} as ${quote(c.to)}`);
  if (answer.readAs !== undefined)
    parts.push(`${quote(answer.readAs.pronoun)} as ${BOTH.format(answer.readAs.people.map(escape))}`);
  if (answer.topic !== undefined) parts.push(`the question as about ${quote(answer.topic.title)}`);
  const follow = answer.followUp;
  if (follow !== undefined) parts.push(`${quote(follow.asked)} as a follow-up to ${quote(follow.of)}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
