/**
 * Turn a scraped page into the blocks of the article: title, dateline, photo caption and credit, body,
 * related headlines and tag line, with the web-page chrome (menus, share widgets, counters, comment
 * prompts) dropped. The rules look at the shape of each line and where it sits relative to the body,
 * not at any one site's wording, so that they hold for pages we have never seen.
 */
import { type Byline, isPaperName, readByline, readsAsName, readBylineTail, readNamedDay } from './byline.js';
import { altCaption, pointsAtPhoto, splitCaptionCredit } from './caption.js';
import { readCopyrightOwner } from './copyright.js';
import { namesSomeone, readsAsPhrase } from './names.js';
import { extractDate, isDateline, MONTH } from './dateline.js';
import { decodeHTML } from 'entities';
import { eng } from 'stopword';
import { normalizeText, stripInlineMarkdown } from './normalize.js';
import type { Block, Role } from './types.js';

/** A share widget's networks and actions, one word each ("Facebook", "Email"). */
const SHARE_NETWORKS = 'tweet|email|e-mail|print|whatsapp|facebook|twitter|telegram|reddit|linkedin|pinterest|vk';

/** Lines that are page furniture wherever they appear. */
const DEBRIS: RegExp[] = [
  /^listen live$/i,
  /get short url/i,
  /community standards/i,
  /^discussions?$/i,
  /comment via/i,
  /^(\d[\d\s,.km]*)$/i, // share and comment counters such as "0 73"
  new RegExp(`^(share|share this( article| story| page)?|${SHARE_NETWORKS}|copy link)$`, 'i'),
  /^(share|follow us) (on|via) /i,
  /^(advertisement|sponsored( content)?|ad|promoted)$/i,
  /^(read|see) (more|also)\b/i,
  /^(related|more)( stories| articles| news| coverage)?:?$/i,
  /^(sign up|subscribe|log ?in|sign in|register)\b.{0,60}$/i,
  // A cookie notice's label ("Cookie settings", "Accept All Cookies", "This website uses cookies"): a
  // few words with no sentence's end. A short sentence of a story ends as one ("Visitors can now reject
  // tracking cookies."); a banner's sentence speaks to the reader (`isConsentBanner`).
  /^(?=(?:\S+\s+){0,7}\S+$)(?!.*[.!?]["'”’)]*$).*\bcookies?\b/i,
  /^(home|menu|search|save|close|open|skip to (main )?content|back to top|top stories|most read|trending|latest news|news feed)$/i,
  /all rights reserved/i,
  /^follow (us|@)/i,
  /^(show|hide|view|load) (all |more )?comments?/i,
  /^\d+ comments?$/i,
  /^(next|previous) (article|story|page)$/i,
  /^(loading|please wait)\b/i,
  /^(photo|image|video|gallery|embedded video|watch|play video)s?$/i,
  /newsletter/i,
  /^(click|tap) here\b/i,
  /^(add|post) (a )?comment/i,
  /^(updated|published|last updated):?$/i,
  // A consent banner's buttons ("Accept all", "Reject all", "Manage preferences", "Agree and close").
  /^(accept|reject|decline|refuse|allow|manage|customi[sz]e)( all)?( (cookies|preferences|settings|options|choices))?$/i,
  /^(i )?(agree|accept)( and close| & close)?$/i,
  // A banner's links and labels, alone on a line.
  /^(learn more|find out more|more options|got it!?|consent|vendor list|show purposes|(cookie|privacy) (policy|notice|settings|preferences)|your privacy( choices)?|do not sell or share my personal information|we (value|care about|respect) your privacy\.?)$/i,
];

/**
 * What a consent banner says that a story about cookies or privacy does not: the site's partners and
 * vendors, the reader's device or browsing, storing and accessing information, personalised ads,
 * measuring the site's use ("We and our partners store and/or access information on a device, such as
 * cookies…", "By clicking Accept, you agree to the storing of cookies on your device to enhance site
 * navigation…").
 */
const BANNER_WORDS =
  /\b(?:partners|vendors|(?:third|3rd)[- ]part(?:y|ies)|adverts?|(?:this|our) (?:web)?site|browsing|your (?:device|browser|experience)|on a device|(?:store|access)(?: and\/or (?:store|access))? information|personali[sz](?:e|ed|es|ing|ation)|advertising|ads|analytics|site (?:usage|navigation)|similar technologies)\b/iu;

/**
 * A consent banner's sentence, however long (`DEBRIS` reads a cookie notice's label): it speaks as the
 * site ("we", "our", "us", "this site") or to the reader ("you", "your"), and says "cookies", or says
 * privacy or consent in a banner's words (`BANNER_WORDS`): "We use cookies to give you the best online
 * experience.", "Please let us know if you agree to all of these cookies.", "We and our partners store
 * and/or access information on a device, such as cookies…". A story's sentence about cookies speaks of
 * others ("Kraft plans to cut back on advertising of products like Oreo cookies"); one that reports
 * ("the firm said", "told", "according to"), quotes ("…added: \"We…\"") or is a quoted paragraph
 * (opening with a quotation mark) is the story's, and so is one speaking to the reader of privacy in its own words ("If you are worried
 * about your privacy, we recommend turning off location tracking": a review's probe, session 50). The
 * paper's own "Our investigation found the app placed tracking cookies…" reads as a banner: a limit.
 */
function isConsentBanner(line: string): boolean {
  // The site's and the reader's pronouns outside any quotation: words quoted are a speaker's ('Ana Ruiz
  // added: "We have never sold location data to our partners…"'), and "US" is a country, not "us" (the
  // re-read's probes, session 50).
  const own = line.replace(/["“][^"“”]*["”]/gu, ' ');
  if (!/\b(?:[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our|[Tt]his (?:web)?site)\b/u.test(own)) return false;
  if (/\b(?:said|says|told|tells|according)\b/iu.test(line) || /^["“‘']/u.test(line) || /:\s*["“]/u.test(line))
    return false;
  return /\bcookies?\b/iu.test(line) || (/\b(?:privacy|consent\w*)\b/iu.test(line) && BANNER_WORDS.test(line));
}

/**
 * A footer's links between bars that name the site's cookie or privacy notice ("Terms and Conditions |
 * Privacy Notice | Cookie Notice | Cookie settings"), however many.
 */
function isNoticeLinks(line: string): boolean {
  const items = line.split(MENU_SEPARATOR).filter((item) => item !== '');
  return items.length >= 2 && items.some((item) => /^(?:cookies?|privacy)\b/iu.test(item) && words(item).length <= 3);
}

/** A link's label printed on a line of its own, the linked story's headline on the next: "Read more". */
const LINK_LABEL = /^\s*(?:read more|read also|also read|see also|related(?: stories| articles| content)?|more on this(?: story)?|recommended)\s*$/i;

/** A labelled link to another story inside the body: "Related: Chicago is America's most segregated city". */
const RELATED_LINK = /^(related|see also|read more|read also|also read|more on this|recommended|watch|listen)\s*:/i;

/** A credit's label: "Photo:", "Pictures by", "Credit -". */
const CREDIT_LABEL = /^(photo|image|picture|pic|foto|credit|source)s?\s*(credit|by)?\s*[:/-]/i;
const CREDIT = [/^(©|\(c\)|copyright\b)/i, CREDIT_LABEL, /^(photo|picture|image) by\b/i];
/** A picture agency near the end of a line: "REUTERS/Kim Kyung-Hoon", "Jane Doe / AFP via Getty Images". */
const AGENCY = /\b(getty images|ap photo|reuters|afp|epa|shutterstock|pa media|pa wire|alamy|sputnik \/)\b.{0,60}$/i;
/** What may stand right before the agency in a credit: a separator, or "via", "for", "by". */
const BEFORE_AGENCY = /(?:[/|·•,:;(–—-]|\b(?:via|for|by))$/iu;

/**
 * Whether a line that names a picture agency is its credit: the agency opens it ("Reuters", "AFP via
 * Getty Images"), or follows a separator or "via" ("Jane Doe/Reuters", "Photographer via Getty
 * Images"), or follows the photographer's name ("Kim Kyung-Hoon Reuters"). A headline that names one
 * in its sentence ("Weak dollar hits Reuters") is no credit: words before the agency that are neither
 * read as a sentence.
 */
function creditsAgency(line: string): boolean {
  const m = AGENCY.exec(line);
  if (m === null) return false;
  const before = line.slice(0, m.index).trim();
  return before === '' || BEFORE_AGENCY.test(before) || namesSomeone(before);
}

export { extractDate };

const TERMINAL = /[.!?…]["'”’)\]]*$/u;

function words(text: string): string[] {
  // Stryker disable next-line Regex: splitting at each single space only adds empty strings, which the filter drops
  const parts = text.split(/\s+/);
  return parts.filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A share widget's buttons, one word each ("Facebook", "Email"), as `DEBRIS` drops them one to a line. */
const SHARE_BUTTON = new RegExp(`^(?:share|${SHARE_NETWORKS}|x|messenger|copy|link)$`, 'i');

/** What stands between a menu's items: a bar, a bullet, a guillemet or a chevron (a breadcrumb's ">"). */
const MENU_SEPARATOR = /\s*[|•·»›>]\s*/u;

/** A widget's label before its buttons ("Share this article:", "Share:"). */
const SHARE_LABEL = /^share(?:\s+this(?:\s+(?:article|story|page))?)?\s*:\s*/i;

/**
 * A widget's buttons on one line ("Facebook Twitter Email"), maybe after its label ("Share this
 * article: Facebook | X | WhatsApp | Email": a newcomer's paste, session 45, where it became the title
 * once the paper's name above it was read as the site).
 */
function isShareWidget(line: string): boolean {
  const labelled = SHARE_LABEL.exec(line);
  const rest = labelled === null ? line : line.slice(labelled[0].length);
  // A button may name the network's old name in brackets: "X (Twitter)".
  const buttons = rest
    .split(/[\s|•·]+/u)
    .map((w) => w.replace(/^\((.*)\)$/u, '$1'))
    .filter((w) => w !== '');
  // After a label one button is a widget ("Share: Email"); without one it takes two: one button alone
  // on a line is `DEBRIS`'s to drop.
  const fewest = labelled === null ? 2 : 1;
  return buttons.length >= fewest && buttons.every((w) => SHARE_BUTTON.test(w));
}

/**
 * A site's menu above the story ("Home | Business | Markets | Companies", "Home | Cost of Living |
 * Climate", "News • Sport • Weather"): three or more labels between bars, bullets or chevrons, each in
 * title case and of at most three words, the first of at most two ("Home", "News") unless there are
 * four or more. A headline with its section and site after bars ("Viking sword found | Norfolk | Local
 * News") has words in lower case or opens on a longer item; a byline ("By Helen Briggs | Science | BBC
 * News") names its writer. Read only above the body: after it, the same shape is the story's tag line
 * ("Iraq | Russia | Defence").
 */
function isMenu(line: string): boolean {
  const items = line.split(MENU_SEPARATOR).filter((item) => item !== '');
  if (items.length < 3 || readByline(line) !== undefined) return false;
  const labels = items.every(readsAsLabel);
  return labels && (items.length >= 4 || words(items[0] ?? '').length <= 2);
}

/** Between a breadcrumb's steps: a chevron or guillemet with space around it (not a headline's bar). */
const BREADCRUMB_STEP = /\s+[>›»]\s+/u;

/**
 * A breadcrumb above the story ("Millbrook Gazette > Environment", "News › Local"): two or more labels
 * between chevrons. A headline writes no chevron between Title Case labels; it is where the page sits,
 * not what the story says (nc43's quick start: a breadcrumb of two steps was taken for the headline).
 */
function isBreadcrumb(line: string): boolean {
  const steps = line.split(BREADCRUMB_STEP);
  // A section names no number: "Rangers 2 > Celtic 1" is a score.
  return steps.length >= 2 && steps.every((step) => readsAsLabel(step) && !/\d/.test(step)) && readByline(line) === undefined;
}

/**
 * A menu item or a section's name: a few words, each capitalised, not a sentence; no byline, date,
 * credit ("Getty Images") or publisher-and-place line ("BBC Scotland, Oban").
 */
function isLabel(line: string): boolean {
  return (
    readsAsLabel(line) &&
    readByline(line) === undefined &&
    readBylineTail(line) === undefined &&
    !isDateline(line) &&
    !isCredit(line)
  );
}

/** A label's shape, as a menu's items have it: at most three words, each capitalised, no sentence. */
function readsAsLabel(text: string): boolean {
  return words(text).length <= 3 && !TERMINAL.test(text) && titleCaseRatio(text) === 1;
}

/** So many labels one to a line make a menu: a section name and its subsection are two. */
const MENU_LINES = 3;

/**
 * A site's menu printed one item to a line, as a page copied as text gives it ("Home" / "News" /
 * "Sport" / "Athletics"): MENU_LINES or more labels in a row above the body. Their positions in `lines`,
 * but for each column's last line, which may be a short headline in Title Case under its sections ("UK"
 * / "Politics" / "Brexit Deal Agreed"): that one is judged as a headline (`headlineOf`).
 */
function menuColumn(lines: readonly Unit[]): Set<number> {
  const menu = new Set<number>();
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const u = lines[i];
    if (u !== undefined && u.heading === 0 && u.role === undefined && isLabel(u.text)) continue;
    if (i - start >= MENU_LINES) for (let j = start; j < i - 1; j++) menu.add(j);
    start = i + 1;
  }
  return menu;
}

/**
 * A time stamp counted from when the page was read ("Published 3 hours ago", "Updated: 2 hours ago ·
 * 4 min read"): it dates nothing once copied. Only above the story: in it, "50 years ago" heads a
 * section of a look-back column.
 */
const RELATIVE_STAMP =
  /^(?:(?:last\s+)?(?:updated|published|posted)\s*:?\s+)?(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\s+(?:second|sec|min(?:ute)?|hour|hr|day|week|month|year)s?|\d+\s*[smhdw])\s+ago(?:\s*[·•|,–—-].{0,40})?$/i;

function isDebris(line: string): boolean {
  return (
    DEBRIS.some((re) => re.test(line)) ||
    !/\p{L}/u.test(line) ||
    isShareWidget(line) ||
    isConsentBanner(line) ||
    isNoticeLinks(line)
  );
}

function isCredit(line: string): boolean {
  if (line.length > 120) return false;
  // "Photos: Inside the New Stadium" is a gallery's heading, not whose photos they are (`names.ts`).
  const label = CREDIT_LABEL.exec(line);
  if (label !== null && readsAsPhrase(line.slice(label[0].length).trim())) return false;
  return CREDIT.some((re) => re.test(line)) || creditsAgency(line);
}

/** A time zone's offset with more digits than an offset has, and a month after them. */
const GLUED_OFFSET = new RegExp(`\\b((?:GMT|UTC)\\s?[+-])(\\d{3,4})(\\s+${MONTH}\\s+\\d{4})`, 'i');
/** No time zone is further than 14 hours from UTC. */
const MAX_OFFSET = 14;

/**
 * A dateline as a reader should see it. Scraped pages glue the zone's offset to the day after it
 * ("14:31 GMT +320 October 2019"): no zone is 320 hours off, so it reads "14:31 GMT +3, 20 October
 * 2019". The digits are split where the offset is a real one and the rest a day of the month.
 */
export function tidyDateline(dateline: string): string {
  const m = GLUED_OFFSET.exec(dateline);
  const [whole, zone, digits, date] = m ?? [];
  if (whole === undefined || zone === undefined || digits === undefined || date === undefined) return dateline;
  for (const cut of [1, 2]) {
    const offset = Number(digits.slice(0, cut));
    const day = digits.slice(cut);
    if (offset <= MAX_OFFSET && day.length <= 2 && Number(day) >= 1 && Number(day) <= 31)
      return dateline.replace(whole, `${zone}${digits.slice(0, cut)}, ${day}${date}`);
  }
  return dateline;
}

/** A sentence, or a line long enough to be one. */
export function isProse(line: string): boolean {
  return TERMINAL.test(line) || words(line).length >= 25;
}

/**
 * The headline score's tuning numbers (`headlineOf`): a prelude line scores its Title Case ratio, less
 * these. Patterns stay constants of their own (`RELATIVE_STAMP`, `TERMINAL`); only numbers chosen by
 * measurement live here, as the engine's live in its `Weights`.
 */
const HEADLINE_SCORE = Object.freeze({
  /** A line of more words than this is long for a headline (a standfirst, a caption)… */
  longWords: 16,
  /** …and loses this much: half a Title Case ratio. */
  long: 0.5,
  /** What each line further down loses: of two lines as much like a headline, the first is. */
  position: 0.01,
  /**
   * What a short label loses on a page copied with its site's menu: there it is a section's name, the
   * headline only when no other line can be.
   */
  menuLabel: 1,
  /**
   * What a short label loses without a menu against a line that reads as much like a headline: more
   * than the order of lines (`position` a line), less than a word of the Title Case ratio.
   */
  labelTie: 0.05,
});

/** How many of the line's words start with a capital. */
function capitalised(line: string): number {
  return words(line).filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length;
}

/** Share of content words that start with a capital: headlines in Title Case score near 1. */
function titleCaseRatio(line: string): number {
  const content = words(line).filter((w) => w.length > 3);
  if (content.length === 0) return 1;
  return content.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length / content.length;
}

/** "military cooperation, Iraq, Russia": a comma-separated list of short phrases. */
function isTagLine(line: string): boolean {
  if (TERMINAL.test(line)) return false;
  const items = line.split(/\s*[,;|•·]\s*/).filter((s) => s !== '');
  return items.length >= 2 && items.every((s) => words(s).length >= 1 && words(s).length <= 4);
}

interface Unit {
  text: string;
  /** Markdown heading level, 0 for plain lines. */
  heading: number;
  /** The role the line's markup gives it, whatever its shape: a Markdown image's alt text is a caption. */
  role?: Role;
}

/** A Markdown line that is only an image: `![The winning loaf](loaf.jpg "title")`. */
const MARKDOWN_IMAGE = /^!\[([^\]]*)\]\([^)]*\)$/;
/** A line set wholly in italics, `*…*` or `_…_`: under an image, its caption. */
const ITALIC_LINE = /^([*_])(?!\1)\S(?:.*\S)?\1$/;

/** Lines → units; soft-wrapped prose lines of a paragraph are joined back together. */
function toUnits(text: string, markdown: boolean): Unit[] {
  const units: Unit[] = [];
  let inFence = false;
  // Stryker disable next-line BooleanLiteral: before the first unit there is nothing to continue
  let previousBlank = true;
  // Past the first full sentence of prose (see brokenSentence below).
  let inProse = false;
  // The last unit came from an image and only blank lines followed it: an italic line now is its caption.
  let underImage = false;
  // That image's alt-text caption, if it gave one.
  let altOfImage: Unit | undefined;
  for (const rawLine of text.split('\n')) {
    let line = rawLine;
    if (markdown) {
      if (/^(```|~~~)/.test(line)) {
        inFence = !inFence;
        continue;
      }
      // Rules (---) and table separators (|---|) need no rule of their own: lines without a letter are debris.
      if (inFence) continue;
      const wasUnderImage = underImage;
      if (line.trim() !== '') underImage = false;
      const h = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
      // Stryker disable next-line ConditionalExpression: when the pattern matches, both groups are set
      if (h?.[1] !== undefined && h[2] !== undefined) {
        units.push({ text: stripInlineMarkdown(h[2]), heading: h[1].length });
        // Stryker disable next-line BooleanLiteral: nothing continues a heading (see last.heading below)
        previousBlank = false;
        continue;
      }
      const image = MARKDOWN_IMAGE.exec(line.trim());
      if (image !== null) {
        // The alt text says what the picture shows, when it is words rather than a file name.
        const caption = altCaption(stripInlineMarkdown(image[1] ?? ''));
        altOfImage = caption === undefined ? undefined : { text: caption, heading: 0, role: 'caption' };
        if (altOfImage !== undefined) units.push(altOfImage);
        previousBlank = true;
        underImage = true;
        continue;
      }
      if (wasUnderImage && ITALIC_LINE.test(line.trim())) {
        // The caption printed under the picture says what it shows better than its alt text.
        if (altOfImage !== undefined && units[units.length - 1] === altOfImage) units.pop();
        units.push({ text: stripInlineMarkdown(line.trim()), heading: 0, role: 'caption' });
        previousBlank = true;
        continue;
      }
      line = stripInlineMarkdown(line.replace(/^(>\s*)+/, '').replace(/^([-*+]|\d+[.)])\s+/, ''));
    }
    // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: kept, a blank line would be an empty unit, which no line continues (fewer than six words) and which is dropped as debris: the same blocks
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const last = units[units.length - 1];
    // A hard-wrapped prose line goes on in lower case; a Title Case line (a headline) never wraps into the next.
    const continues =
      // Stryker disable next-line ConditionalExpression: no unit yet only before the first line that makes one, when previousBlank is still true
      last !== undefined &&
      !previousBlank &&
      last.heading === 0 &&
      last.role === undefined &&
      !TERMINAL.test(last.text) &&
      /^\p{Ll}/u.test(line) &&
      words(last.text).length >= 6 &&
      titleCaseRatio(last.text) < 0.6;
    // A sentence broken over paragraphs where the page had a link or an italic word ("Parry revealed
    // Real Madrid" / "did" / "ask for an option…"): inside the story's prose, a paragraph that stops
    // mid-sentence and one that goes on in lower case are one. Above the prose, a line without a full
    // stop is a headline or a photo caption, never joined.
    const brokenSentence =
      last !== undefined &&
      inProse &&
      previousBlank &&
      last.heading === 0 &&
      last.role === undefined &&
      !TERMINAL.test(last.text) &&
      /[\p{L}\d,;]$/u.test(last.text) &&
      /^\p{Ll}/u.test(line);
    if (continues || brokenSentence) last.text = `${last.text} ${line}`;
    else units.push({ text: line, heading: 0 });
    const unit = units[units.length - 1];
    if (unit !== undefined && TERMINAL.test(unit.text) && words(unit.text).length >= 8) inProse = true;
    previousBlank = false;
  }
  return units;
}

/**
 * The role of a line inside the article's body: a picture credit, a dateline, prose, or a short line
 * that is a sub-heading; undefined for page furniture. Shared with web pages, whose paragraphs come
 * from the DOM.
 */
export function roleOfBodyLine(line: string): Role | undefined {
  if (isDebris(line)) return undefined;
  if (RELATED_LINK.test(line)) return 'related';
  // The writer's line ("By Jane Doe") is a credit, as a photographer's is.
  if (isCredit(line) || readByline(line) !== undefined) return 'credit';
  // "In this photo dated Tuesday…": a caption among the paragraphs, not a sentence of the story.
  if (pointsAtPhoto(line)) return 'caption';
  if (isDateline(line)) return 'dateline';
  if (isProse(line) || words(line).length >= 6) return 'body';
  return 'heading';
}

/** A sentence's own ending (a full stop, an exclamation, or a colon before a list; a headline may ask a question), then any closing quote. */
const SENTENCE_END = /[.!…:]["'”’)\]]*$/u;

/** A line right after the story's last long sentence that is still the story: a sentence of its own. */
function closesStory(u: Unit | undefined): boolean {
  return (
    u !== undefined &&
    u.heading === 0 &&
    SENTENCE_END.test(u.text) &&
    words(u.text).length >= 3 &&
    !isCredit(u.text) &&
    readCopyrightOwner(u.text) === undefined &&
    !isTagLine(u.text) &&
    !RELATED_LINK.test(u.text)
  );
}

/**
 * The writer's line as blocks: the credit, and the dateline printed on it ("By Sam Patel · 2 June 2025").
 * The publisher-and-place line printed under it (`tail`) is part of the credit, as if on the same line.
 */
function bylineBlocks(byline: Byline, tail?: string): Block[] {
  const credit: Block = { role: 'credit', text: tail === undefined ? byline.credit : `${byline.credit}, ${tail}` };
  return byline.date === undefined ? [credit] : [credit, { role: 'dateline', text: byline.date }];
}

/** A plain line of text: no heading, no role its markup gives it. */
const plain = (u: Unit | undefined): u is Unit => u !== undefined && u.heading === 0 && u.role === undefined;

/**
 * Whether the prelude's line at `i` dates the story: a dateline, or, under the headline or the byline
 * (not first: a first line "Weekly Market Report, 3 March 2026" is a headline), a name and the day: the
 * publication's ("Valley Herald, 9 February 2026"), whose name `article.ts` reads as the site, or the
 * place's ("Newcastle upon Tyne, Monday 3 March 2026"), whose day is the story's all the same.
 */
const isDated = (line: string, i: number) => isDateline(line) || (i > 0 && readNamedDay(line) !== undefined);

/**
 * The prelude lines that carry on the byline above them: the publisher-and-place line right under the
 * writer's ("By Tom Hargreaves" / "BBC Sport, Wembley"), a dateline between them allowed. A publication
 * and its day ("The Midland Post, 3 November 2026") is a dated line of its own, not part of the credit:
 * joined to the byline, its day was lost.
 */
function bylineTails(prelude: Unit[]): Set<number> {
  const tails = new Set<number>();
  prelude.forEach((u, i) => {
    if (!plain(u) || readByline(u.text) === undefined) return;
    let j = i + 1;
    while (plain(prelude[j]) && isDated(prelude[j]?.text ?? '', j)) j++;
    const next = prelude[j];
    if (!plain(next) || readByline(next.text) !== undefined) return;
    // A section's or publisher's name alone ("BBC Sport") under a byline that has a line above it (the
    // headline, which pages print above the writer) carries on the byline: read as a headline, it took
    // the headline's place.
    if (readBylineTail(next.text) !== undefined || (i > 0 && capitalised(next.text) <= 3 && isLabel(next.text)))
      tails.add(j);
  });
  return tails;
}

/** The publisher-and-place line that carries on the byline at `i`, if any. */
function tailOf(prelude: Unit[], i: number, tails: Set<number>): string | undefined {
  for (let j = i + 1; j < prelude.length; j++) {
    if (tails.has(j)) return prelude[j]?.text;
    if (!isDated(prelude[j]?.text ?? '', j)) return undefined;
  }
  return undefined;
}

/** A plural's "s" ("fares" → "fare"); not after a short word ("news" is not "new"), nor "-ss"/"-us". */
const PLURAL = /(?<=\p{L}{4})(?<![su])s$/u;

/**
 * A line's words that carry its meaning, in lower case and singular ("Ferry fares to rise" → ferry, fare,
 * rise). Not stemmed: a stemmer takes "News" for "new", and one word in common decides here.
 */
function contentWords(text: string): string[] {
  return words(text)
    .map((w) => w.toLowerCase().replace(/[’]/gu, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /\p{L}/u.test(w) && w.length > 1 && !FUNCTION_WORDS.has(w))
    .map((w) => w.replace(/ies$/u, 'y').replace(PLURAL, ''));
}
/** The stopword package's English list, as qa/text.ts reads it: knowledge/ imports nothing of qa/. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(eng);

/**
 * Does the line tell the story the body tells: is one of its words the body's? A headline names what
 * the story is about, however playfully; a site's menu ("Home News Sport What's On") or a section's
 * name names none of it.
 */
const tellsStory = (text: string, bodyWords: ReadonlySet<string>): boolean =>
  contentWords(text).some((w) => bodyWords.has(w));

/**
 * Whether a prelude line may be the headline by its own shape: no dated line, credit, sentence or line
 * its markup gives a role. A byline is short and in Title Case like a headline, but never one; nor is
 * a line that ends in a photo credit ("… (Photo: Jonas Weber)"): that is the caption.
 */
const mayHead = (u: Unit, i: number): boolean =>
  !(u.role !== undefined || isDated(u.text, i) || isCredit(u.text) || TERMINAL.test(u.text)) &&
  readByline(u.text) === undefined &&
  splitCaptionCredit(u.text).credit === undefined;

/**
 * The prelude lines that are the paper's name printed beside the headline (`isPaperName`: "Ellbrook
 * Gazette" under "Community cinema reopens after five-year closure", or above it as a page's first
 * line, as "BBC News" is). In Title Case, it outscored a headline in sentence case, and the headline
 * became a photo caption. Beside a line that may be the headline and is no paper's name itself; of two
 * such lines, papers print their name under the headline ("Town Sets New Record" / "Ellbrook Gazette").
 * A line above the headline is the paper's only when it reads as a name, not a sentence
 * (`readsAsName`): "Lifeboat Sets Launch Record" over a one-line summary is the headline. A section's
 * label ("Local News") is marked too, so it is neither title nor sentence; `article.ts` gives it no site.
 * A line the byline above carries on (`tails`) is the byline's.
 */
function mastheads(prelude: readonly Unit[], tails: ReadonlySet<number>): Set<number> {
  const paper = (i: number) => plain(prelude[i]) && !tails.has(i) && isPaperName(prelude[i]?.text ?? '');
  const heads = (i: number) => {
    const u = prelude[i];
    return u !== undefined && !tails.has(i) && mayHead(u, i);
  };
  const found = new Set<number>();
  prelude.forEach((_, i) => {
    // The paper's name first: `readsAsName` runs the tagger, on a first line that could be a paper only.
    if (!paper(i)) return;
    const under = i > 0 && heads(i - 1) && !found.has(i - 1);
    const above = i === 0 && heads(1) && !paper(1) && readsAsName(prelude[0]?.text ?? '');
    if (under || above) found.add(i);
  });
  return found;
}

/**
 * Is the line a page's title for the headline: the headline, then the site's name after a bar or a
 * dash set between spaces ("Former tram depot to become climbing centre | Aire Valley Post")?
 */
function pageTitleOf(line: string, headline: string): boolean {
  if (!line.startsWith(headline)) return false;
  const rest = line.slice(headline.length);
  return PAGE_TITLE_TAIL.test(rest) && words(rest).length <= SITE_NAME_WORDS;
}

/** What follows a headline in a page's title: a bar or a dash between spaces, then a name. */
const PAGE_TITLE_TAIL = /^\s+[|—–-]\s+\S/u;
/** A site's name is short ("Aire Valley Post", "BBC News"): a longer tail is the headline's own words. */
const SITE_NAME_WORDS = 6;

/**
 * Which prelude line is the title: a Markdown H1 if there is one, else the line that reads most like a
 * headline, of those not `notHeadline` (the byline's tails, the paper's name); -1 for none.
 */
function headlineOf(
  prelude: readonly Unit[],
  notHeadline: ReadonlySet<number>,
  menuAbove: boolean,
  story: ((text: string) => boolean) | undefined,
): number {
  let titleIndex = prelude.findIndex((u) => u.heading === 1);
  if (titleIndex !== -1) return titleIndex;
  const candidate = (u: Unit, i: number): boolean => !notHeadline.has(i) && mayHead(u, i);
  // A line printed twice above the story is its headline: a page prints it as its title and again
  // under a breadcrumb or in a share card, where a menu or a section's name is printed once (a
  // review's pasted pages, session 50, lost their headline to "News Politics Business Planning Opinion").
  // On a page copied with its chrome (`story` given), a headline tells the story the body tells; a
  // site's menu ("Home News Sport What's On") or a section's name does not. Title Case alone would take
  // the menu over a headline written in sentence case. When no line tells the story (a headline all
  // wordplay), the shape decides alone.
  const tells = (u: Unit) => story?.(u.text) ?? true;
  // Printed twice, it must tell the story too: a site's slogan may stand above and below its menu
  // ("Local News From Around The Region": the re-read's probe, session 50).
  const twice = prelude.findIndex(
    (u, i) =>
      candidate(u, i) &&
      tells(u) &&
      words(u.text).length >= 4 &&
      prelude.some((v, j) => j > i && v.text === u.text),
  );
  if (twice !== -1) return twice;
  // Or printed first as the page's title, the site's name after it ("… plans approved | Aire Valley
  // Post"), then alone above the story: the line alone is the headline, as a reader reads it (nc53's
  // pasted page lost its headline to the byline's "Local Democracy Reporting Service").
  const retitled = prelude.findIndex(
    (u, i) => candidate(u, i) && tells(u) && words(u.text).length >= 4 && prelude.some((v, j) => j < i && pageTitleOf(v.text, u.text)),
  );
  if (retitled !== -1) return retitled;
  const telling = prelude.some((u, i) => candidate(u, i) && tells(u));
  let best = -Infinity;
  prelude.forEach((u, i) => {
    if (!candidate(u, i) || (telling && !tells(u))) return;
    const n = words(u.text).length;
    // A line of one or two capitalised words may be a section's name ("News", "Highlands & Islands").
    // On a page copied with its site's menu it is, and is the headline only when no other line can be
    // (a headline in sentence case has a lower Title Case ratio). Without a menu it may be the headline
    // ("Tories Triumph" above its standfirst), but not over a longer line as much in Title Case ("News"
    // / "Wales" / "Storm Ellen Hits Wales").
    const { longWords, long, position, menuLabel, labelTie } = HEADLINE_SCORE;
    const label = capitalised(u.text) <= 2 && isLabel(u.text) ? (menuAbove ? menuLabel : labelTie) : 0;
    const score = titleCaseRatio(u.text) - (n > longWords ? long : 0) - label - i * position;
    // Stryker disable next-line EqualityOperator: scores of two lines tie only by accident of rounding (ratios minus distinct i × position)
    if (score > best) {
      best = score;
      titleIndex = i;
    }
  });
  return titleIndex;
}

/** Clean a scraped article into role-tagged blocks. `markdown` enables Markdown syntax handling. */
export function cleanArticle(raw: string, { markdown }: { markdown: boolean }): Block[] {
  // Character references scraped into text ("communiqu&#233;", "&#163;5m") read as the characters they
  // name, as CommonMark reads them in Markdown; decoded after Markdown's tags are stripped, so a decoded
  // "<" is text, not a tag.
  const read = toUnits(normalizeText(raw), markdown).map((u) =>
    u.text.includes('&') ? { ...u, text: decodeHTML(u.text) } : u,
  );
  const debris = (u: Unit) => u.heading === 0 && isDebris(u.text);
  const units = read.filter((u) => !debris(u));

  // A copyright notice with the publisher's small print after it reads as prose, but is the page's foot.
  const bodyLike = (u: Unit) =>
    u.heading === 0 &&
    u.role === undefined &&
    isProse(u.text) &&
    words(u.text).length >= 8 &&
    !isCredit(u.text) &&
    readCopyrightOwner(u.text) === undefined;
  let first = units.findIndex(bodyLike);
  if (first === -1) first = units.length;
  let last = first;
  // Stryker disable next-line ArithmeticOperator,EqualityOperator: starting past the end or stopping before `first` (already body-like, or the end) finds the same line
  for (let i = units.length - 1; i >= first; i--) {
    const u = units[i];
    // Stryker disable next-line ConditionalExpression: i is always inside units; the check is for the type checker
    if (u !== undefined && bodyLike(u)) {
      last = i;
      break;
    }
  }

  // A short closing sentence ('"We are overjoyed," said director Anna Kowalski.') ends the story too:
  // the lines right after the last long one that end as sentences do. Other stories' headlines do not.
  while (last + 1 < units.length && closesStory(units[last + 1])) last++;

  const blocks: Block[] = [];
  // A menu above the story is no headline (nor anything else of it), nor is a time stamp.
  const above = units.slice(0, first).filter((u) => u.heading > 0 || !RELATIVE_STAMP.test(u.text));
  const column = menuColumn(above);
  const navigation = (u: Unit) => u.heading === 0 && (isMenu(u.text) || isBreadcrumb(u.text));
  const menuAbove = column.size > 0 || above.some(navigation);
  const prelude = above.filter((u, i) => u.heading > 0 || (!navigation(u) && !column.has(i)));
  const tails = bylineTails(prelude);
  const papers = mastheads(prelude, tails);
  // A page copied with its site's chrome (a menu, a breadcrumb, "Skip to content" dropped above the
  // body) may hold more of it above the story, in Title Case like a headline: there the headline is a
  // line that tells the story the body tells. A plain story's lines above its body are its own (a
  // fixture's "Ireland v USA (Sat)" over a team list that names neither), and the shape decides.
  const firstBody = units[first];
  const chrome = menuAbove || read.slice(0, firstBody === undefined ? read.length : read.indexOf(firstBody)).some(debris);
  const bodyWords = chrome ? new Set(units.slice(first, last + 1).flatMap((u) => contentWords(u.text))) : undefined;
  const story = bodyWords === undefined ? undefined : (text: string) => tellsStory(text, bodyWords);
  const titleIndex = headlineOf(prelude, new Set([...tails, ...papers]), menuAbove, story);
  // A page may print its headline twice (above a breadcrumb and again under it): the copy is no caption,
  // nor a sentence of the story.
  const title = prelude[titleIndex]?.text;
  prelude.forEach((u, i) => {
    const byline = u.heading > 0 ? undefined : readByline(u.text);
    if (i === titleIndex) blocks.push({ role: 'title', text: u.text });
    else if (u.text === title || (title !== undefined && pageTitleOf(u.text, title))) return;
    else if (u.role !== undefined) blocks.push({ role: u.role, text: u.text });
    else if (tails.has(i)) return; // printed with the byline above it
    else if (papers.has(i)) blocks.push({ role: 'masthead', text: u.text });
    else if (byline !== undefined) blocks.push(...bylineBlocks(byline, tailOf(prelude, i, tails)));
    else if (isDated(u.text, i)) blocks.push({ role: 'dateline', text: u.text });
    else if (isCredit(u.text)) blocks.push({ role: 'credit', text: u.text });
    else if (u.heading > 0) blocks.push({ role: 'heading', text: u.text });
    // A line that ends in a photo credit is the caption however short ("Flood waters (Photo: Jonas Weber)").
    else if (splitCaptionCredit(u.text).credit !== undefined) blocks.push({ role: 'caption', text: u.text });
    // A descriptive line next to the picture's credit, or any long line above the body, is the photo caption;
    // short leftovers are navigation.
    else if (words(u.text).length >= 6) blocks.push({ role: 'caption', text: u.text });
  });

  // A link to another story set inside the body under a label of its own line ("Read More" / "Keighley
  // pensioner celebrates 100th birthday"): the label is debris, and the headline after it read as a
  // sentence of the story (nc53's pasted page). A line that ends as a sentence is the story's own.
  const linked = new Set(
    read.filter((u, i) => i > 0 && LINK_LABEL.test(read[i - 1]?.text ?? '') && !SENTENCE_END.test(u.text)),
  );
  // Stryker disable next-line ConditionalExpression,EqualityOperator: last is always inside units; the bound is for the type checker
  for (let i = first; i <= last && i < units.length; i++) {
    const u = units[i];
    // Stryker disable next-line ConditionalExpression: see the bound above
    if (u === undefined) continue;
    const byline = u.heading > 0 || u.role !== undefined ? undefined : readByline(u.text);
    const role = linked.has(u) ? 'related' : (u.role ?? (u.heading > 0 ? 'heading' : roleOfBodyLine(u.text)));
    if (u.text === title) continue;
    if (byline !== undefined) blocks.push(...bylineBlocks(byline));
    // Stryker disable next-line ConditionalExpression: debris was filtered out of units already; roleOfBodyLine drops it for web pages
    else if (role !== undefined) blocks.push({ role, text: u.text });
  }

  // After the body: other stories' headlines, then a tag line; everything else there is chrome.
  for (const u of units.slice(last + 1)) {
    if (u.role !== undefined) blocks.push({ role: u.role, text: u.text });
    else if (readCopyrightOwner(u.text) !== undefined) continue; // the page's notice: `footerOwner` below
    else if (isTagLine(u.text)) blocks.push({ role: 'tags', text: u.text });
    else if (isCredit(u.text)) blocks.push({ role: 'credit', text: u.text });
    else if (words(u.text).length >= 3) blocks.push({ role: 'related', text: u.text });
  }
  const owner = footerOwner(read, units[last]);
  return owner === undefined ? blocks : [...blocks, { role: 'copyright', text: owner }];
}

/**
 * The owner named by the page's copyright notice at its foot: the last notice after the story's last
 * line (`lastLine`), read from the lines as read, since "All rights reserved" is debris to the story.
 * Above the story or among its paragraphs, "© …" is a photo's credit; a notice is the page's footer.
 */
function footerOwner(read: readonly Unit[], lastLine: Unit | undefined): string | undefined {
  if (lastLine === undefined) return undefined;
  const owners = read
    .slice(read.indexOf(lastLine) + 1)
    .filter((u) => u.heading === 0 && u.role === undefined)
    .map((u) => readCopyrightOwner(u.text));
  return owners.filter((o) => o !== undefined).at(-1);
}
