/**
 * What a message to the bot is, before anything is searched: a greeting or thanks, a request for help
 * or for the gist of the article, a console command, or a question about the article. Chat around a
 * question ("hey, can you tell me …", "I was wondering …", "… thanks") and mentions of other people are
 * taken off, so that they are never searched and never count against the answer's confidence.
 *
 * Pure: text in, a typed intent out. Every front (Discord, console, CLI) routes by it; the sentences the
 * user reads for each intent are written in the presentation layer.
 */

import { editDistance } from './spelling.js';
import { DEFAULT_WEIGHTS, type Weights } from './weights.js';
import { hasLetterOrNumber } from './letters.js';

/** `acknowledgement`: "ok", "got it", "great" with no thanks in it, which "You're welcome!" would not fit. */
export type Courtesy = 'greeting' | 'thanks' | 'acknowledgement' | 'goodbye';

export type Intent =
  /** Nothing to act on (an empty mention, only punctuation). */
  | { kind: 'empty' }
  | { kind: 'courtesy'; courtesy: Courtesy }
  | { kind: 'help' }
  /** "what is this about?", "tl;dr", "summarize": the lead of the article. */
  | { kind: 'summary' }
  /** "tell me more", "go on", "and?": read on from the conversation's last answer (`read-on.ts`). */
  | { kind: 'more' }
  /** "/name args": a console command (the front knows which exist). */
  | { kind: 'command'; name: string; args: string }
  /** A question, with the chat around it taken off. */
  | { kind: 'question'; question: string };

/** Discord mentions of users, roles and channels, and @everyone/@here: never part of a question. */
const MENTIONS = /<@[!&]?\d+>|<#\d+>|(?<![\p{L}\p{N}])@(?:everyone|here)\b/giu;
/** "@alice who signed?": a plain-text mention of someone at the start, before the question. */
const LEADING_HANDLE = /^@[\p{L}\p{N}_.]+[\s,:]+/u;

const GREETING_WORDS = String.raw`(?:hi+|hello+|hey+|heya|hiya|howdy|yo|greetings|hallo|gm|good\s+(?:morning|afternoon|evening|day))`;
const ADDRESSEE = String.raw`(?:\s+(?:there|bot|all|everyone|folks|guys|friend|again))?`;
const THANKS_WORDS = String.raw`(?:thanks?(?:\s+you)?|thank\s*u|thx|ty|cheers|much\s+appreciated|appreciate\s+it)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again|\s+bot)*`;

/**
 * Words that take an answer in, or react to it, and ask nothing: "ok", "got it", "good bot", "lol",
 * "nvm", "interesting". Searched, "interesting" found "territories" at 0.94 (a newcomer's walk).
 */
const ACKNOWLEDGING = String.raw`ok(?:ay)?|k{1,3}|great|perfect|awesome|cool|nice|brilliant|got\s+it|that\s+helps|helpful|(?:good|nice|great)\s+(?:bot|job|one)|lo+l|lmao|(?:ha)+h?|wow|oh|ah|i\s+see|interesting|makes\s+sense|fair\s+enough|noted|nvm|never\s*mind|no\s+worries|all\s+good`;
/**
 * Courtesy is a few words: a longer message is never one, so the patterns below never run on a long
 * text (a review found "hahaha… why" taking seconds in an earlier, ambiguous form of them).
 */
const MAX_COURTESY_CHARS = 60;

const GREETING = new RegExp(String.raw`^${GREETING_WORDS}${ADDRESSEE}$`, 'iu');
const GOODBYE =
  /^(?:bye+|good\s*bye|bye\s+bye|see\s+(?:you|ya)(?:\s+later)?|cya|later|good\s*night|gn)(?:\s+(?:bot|all|everyone))?$/iu;
/** Thanks, or an acknowledgement of an answer ("ok thanks", "great", "got it"). */
// Each word of it matched one way only: a separator after every one (or the end), and alternatives that
// cannot split one word into two ("k{1,3}", "(?:ha)+h?"), so a message that is no courtesy fails fast.
const THANKS = new RegExp(String.raw`^(?:(?:${ACKNOWLEDGING})(?:[\s,!.]+|$))*(?:${THANKS_WORDS})?$`, 'iu');
/** The thanks in an acknowledgement ("ok thanks"), if any. */
const THANKED = new RegExp(String.raw`(?:^|\s)${THANKS_WORDS}$`, 'iu');
const HELP =
  /^(?:help(?:\s+me)?|\?+|what\s+can\s+(?:you|i)\s+(?:do|ask)(?:\s+you)?|how\s+(?:do|does|can)\s+(?:this|it|you|i)\s+(?:work|use\s+(?:this|it|you)|ask(?:\s+(?:you|a\s+question))?)|how\s+to\s+(?:use|ask)(?:\s+(?:this|it|you))?|who\s+are\s+you|what\s+are\s+you|are\s+(?:you|u)\s+(?:a\s+)?(?:bot|robot|human|real|an?\s+ai)|commands|usage|instructions)$/iu;

/** Greeting or thanks opening a longer message: "hi, who signed?", "thanks! and where was it?". */
const LEADING_COURTESY = new RegExp(
  String.raw`^(?:${GREETING_WORDS}${ADDRESSEE}|${THANKS_WORDS}|ok(?:ay)?|so|um+|uh+|hmm+)(?:[\s,!.:;]+|$)`,
  'iu',
);
/** Ways of leading into a question that carry none of it. Each is taken off the start, in any order. */
const LEAD_INS: RegExp[] = [
  /^(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:tell|show|give|explain(?:\s+to)?|let)\s+(?:me|us)(?:\s+know)?)[\s,:]*/iu,
  /^(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:explain|find(?:\s+out)?|check))[\s,:]*/iu,
  /^(?:(?:do|does)\s+(?:you|u|any(?:one|body))\s+(?:happen\s+to\s+)?know)[\s,:]*/iu,
  /^(?:any(?:one|body)\s+know|any\s+idea)[\s,:]*/iu,
  /^(?:i\s*(?:'m|am|was)\s+(?:just\s+)?(?:wondering|curious(?:\s+about)?)|i\s+wonder(?:ed)?|just\s+wondering|just\s+curious|i\s*(?:'d|\s+would)\s+like\s+to\s+know|i\s+(?:want|need)\s+to\s+know)[\s,:]*/iu,
  /^(?:(?:please|pls|plz)\s+)?(?:tell|show)\s+(?:me|us)[\s,:]*/iu,
  /^(?:quick\s+question|question|q)\s*[:,-]\s*/iu,
  /^(?:please|pls|plz)[\s,]+/iu,
];
/**
 * Courtesy after a question: "who signed? thanks", "where was it, please", "who won thank you", "who signed lol". After
 * punctuation any thanks word; after a bare space only forms that cannot be the question's own verb or
 * object: "Who did Obaidi thank?" asks whom he thanked, and "cheers"/"ty" may be words of the question.
 */
const TRAILING_COURTESY = new RegExp(
  String.raw`(?:(?:(?<=\?)\s*|\s*[,;:.!-]\s*)(?:please|pls|plz|${THANKS_WORDS})|\s+(?:please|pls|plz|thanks|thank\s+(?:you|u)|thx|lol+|lmao|haha+)(?:\s+(?:so|very)\s+much|\s+a\s+lot)?)[\s.!?]*$`,
  'iu',
);

/**
 * Asking for more of what was just said, and nothing else: "more", "tell me more", "go on", "and?",
 * "what else?", "keep going", "then what?". Checked after the chat is taken off ("ok, can you tell me
 * more please" → "more"). "tell me more about the loan" names what it wants: a question.
 */
const MORE = new RegExp(
  String.raw`^(?:${[
    String.raw`(?:(?:any|some|a\s+(?:bit|little))\s+)?more(?:\s+(?:info(?:rmation)?|details?|(?:of|on|about)\s+(?:it|that|this)|please|pls|plz))?`,
    String.raw`(?:say|read|show|give\s+me)\s+more`,
    String.raw`go\s+on|carry\s+on|keep\s+(?:going|reading)|continue|elaborate|expand(?:\s+on\s+(?:it|that))?`,
    String.raw`and(?:\s+(?:then|so|after\s+that|what\s+else))?|(?:and\s+)?then\s+what`,
    String.raw`what\s+(?:else|next|then)|what\s+happen(?:s|ed)\s+(?:next|then|after\s+that)|anything\s+else`,
  ].join('|')})$`,
  'iu',
);

/** "what is this about", "tl;dr", "summarize the article": words of asking for the gist, and nothing else. */
const SUMMARY_CUES = new Set([
  'about',
  'summary',
  'summarize',
  'summarise',
  'sum',
  'gist',
  'tldr',
  'tl;dr',
  'overview',
  'happened',
  'happening',
  // "what's going on here?": asked of nothing in particular ("what is going on with the budget" names it).
  'going',
  'rundown',
  'recap',
  'synopsis',
  'outline',
  'point',
  'points',
  'topic',
  'explain',
  'describe',
  'takeaway',
  'takeaways',
  'highlights',
  'news',
  'new',
]);
/** The article itself: "what's the story?" asks for its gist even without a cue word. */
const PAGE_NOUNS = new Set(['article', 'story', 'piece', 'text', 'report', 'post', 'document']);
/** Words that may stand around those cues without making it a question about something in particular. */
const SUMMARY_FILLER = new Set([
  'what',
  "what's",
  'whats',
  'is',
  "'s",
  'was',
  'are',
  'the',
  'this',
  'that',
  'it',
  'its',
  'a',
  'an',
  'of',
  'in',
  'on',
  'me',
  'us',
  'give',
  'up',
  'main',
  'key',
  'short',
  'brief',
  'briefly',
  'quick',
  'so',
  'basically',
  'all',
  'article',
  'story',
  'piece',
  'text',
  'page',
  'report',
  'post',
  'item',
  'link',
  'document',
  'doc',
  'here',
  'whole',
  // "what's this one about?": the story at hand.
  'one',
  'just',
  // Asking someone for it: "can you summarize", "can someone explain what this is about".
  'can',
  'could',
  'would',
  'you',
  'u',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'please',
  'pls',
  'plz',
  'i',
  'to',
  'know',
  'tell',
]);

/**
 * The words of asking for the gist, of which the longer ones (MISSPELT_CUE_MIN) a misspelling one edit
 * away still names ("sumarize", "artcle", "summery"): a question made only of such words asks for
 * nothing in particular either.
 */
const SUMMARY_WORDS = [...SUMMARY_CUES, ...PAGE_NOUNS];

/** The summary word `word` misspells by one edit, if both are long enough to tell. */
function summaryWordMeant(word: string, min: number): string | undefined {
  if (word.length < min) return undefined;
  return SUMMARY_WORDS.find(
    (w) => w.length >= min && Math.abs(w.length - word.length) <= 1 && editDistance(w, word) === 1,
  );
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N};']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '');
}

function asksForSummary(text: string, misspeltMin: number): boolean {
  const said = (w: string) => SUMMARY_CUES.has(w) || SUMMARY_FILLER.has(w);
  const typed = words(text.replace(/\btl\s*;\s*dr\b/giu, 'tldr')).flatMap((w) =>
    w.endsWith("'s") ? [w.slice(0, -2), "'s"] : [w],
  );
  const ws: string[] = [];
  // Each word read as a cue or filler, misspelt or not; the first that is neither settles it (a
  // misspelling is looked for by edit distance, which the words after it need not pay).
  for (const word of typed) {
    const w = said(word) ? word : (summaryWordMeant(word, misspeltMin) ?? word);
    if (!said(w)) return false;
    ws.push(w);
  }
  // A cue ("about", "gist"), or the page named with nothing else asked of it ("what's the story?").
  return ws.some((w) => SUMMARY_CUES.has(w) || PAGE_NOUNS.has(w));
}

/** Only courtesy words and punctuation left: "hi!", "thanks :)", "bye". */
function courtesyOf(text: string): Courtesy | undefined {
  const t = text
    // Punctuation and emoji around it: "hello?", "thanks 👍", "hi :)".
    .replace(/(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/u, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s+/g, ' ')
    .replace(/[!.,]+(?=\s)/g, '');
  if (t === '' || t.length > MAX_COURTESY_CHARS) return undefined;
  if (GREETING.test(t)) return 'greeting';
  if (GOODBYE.test(t)) return 'goodbye';
  if (THANKS.test(t)) return THANKED.test(t) ? 'thanks' : 'acknowledgement';
  return undefined;
}

/**
 * Take the chat off a question: mentions of other people, a greeting or "ok" before it, lead-ins such
 * as "can you tell me" or "I was wondering", and "please"/"thanks" after it. What remains is searched.
 */
export function stripChat(message: string): string {
  let text = message.replace(MENTIONS, ' ').replace(/\s+/g, ' ').trim().replace(LEADING_HANDLE, '');
  // Lead-ins come in any order and stack ("hey, quick question: do you know …"): repeat until none is left.
  let previous;
  do {
    previous = text;
    text = text.replace(LEADING_COURTESY, '');
    for (const re of LEAD_INS) text = text.replace(re, '');
    text = text.replace(TRAILING_COURTESY, '').trim();
  } while (text !== previous && text !== '');
  return text;
}

/**
 * What a message to the bot asks for. `weights`: the engine's (`respond` passes them), the defaults
 * for a caller without one.
 */
export function classifyMessage(
  message: string,
  weights: Pick<Weights, 'MISSPELT_CUE_MIN'> = DEFAULT_WEIGHTS,
): Intent {
  const raw = message.replace(MENTIONS, ' ').replace(/\s+/g, ' ').trim();
  const command = /^\/([\p{L}\p{N}_-]+)(?:\s+(.*))?$/u.exec(raw);
  if (command?.[1] !== undefined)
    return { kind: 'command', name: command[1].toLowerCase(), args: command[2] ?? '' };
  const courtesy = courtesyOf(raw.replace(LEADING_HANDLE, ''));
  if (courtesy !== undefined) return { kind: 'courtesy', courtesy };
  const question = stripChat(raw);
  if (!hasLetterOrNumber(question)) {
    // Only chat was there ("hey, can you tell me"): greet back rather than search for nothing.
    return hasLetterOrNumber(raw) ? { kind: 'courtesy', courtesy: 'greeting' } : { kind: 'empty' };
  }
  // The lookbehinds make each trailing-run match start only where a run starts: without them a long run
  // that stops short of the end ("!!!…!x") is rescanned from every position, quadratic in its length.
  const bare = question.replace(/(?<![\s?!.])[\s?!.]+$/u, '');
  if (HELP.test(bare)) return { kind: 'help' };
  if (MORE.test(bare.replace(/(?<![\s.!?…])[\s.!?…]+$/u, ''))) return { kind: 'more' };
  if (asksForSummary(bare, weights.MISSPELT_CUE_MIN)) return { kind: 'summary' };
  return { kind: 'question', question };
}
