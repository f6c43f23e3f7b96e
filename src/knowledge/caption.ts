/**
 * A photo caption and the credit printed at its end: "Workers repair the line on Monday. Photo: Jonas
 * Weber", "… (Photo: Jonas Weber)", "… © Jonas Weber". Pages set both in one `<figcaption>` or one
 * line; the credit answers "who took the photo?", the rest "what does the photo show?".
 */
import { readsAsPhrase } from './names.js';

/**
 * A credit at the end of the caption: a label and a name that starts with a capital ("Photo: Jonas
 * Weber", "Photograph by Ana Ruiz", "© Reuters"), at the caption's start, after its last sentence, a
 * dash or a bar, or in brackets. A label with a colon may follow the caption's last word directly.
 */
const TRAILING_CREDIT = new RegExp(
  String.raw`(?:^|(?<=[.!?…"”’)]\s*)|\s+[—–|-]\s*|\s*(?=\()|\s+(?=[\p{L}]+s?\s*(?:credit\s*)?:))` +
    String.raw`\(?((?:(?:photo(?:graph)?|picture|image|pic|foto)s?\s*(?:credit\s*)?(?::|by\b)|credits?\s*:|©|\(c\)|copyright\b)\s*([^()]{1,78}?))\)?\s*$`,
  'iu',
);
/** A photographer's name is a few words; a longer tail is the caption going on ("Photo: the flood …"). */
const MAX_CREDIT_WORDS = 8;

export interface CaptionParts {
  /** What the photo shows; empty when the caption was only a credit. */
  caption: string;
  /** The credit as printed, without brackets: "Photo: Jonas Weber". */
  credit?: string;
}

/** Split a caption into what it shows and the credit printed at its end. */
export function splitCaptionCredit(text: string): CaptionParts {
  const m = TRAILING_CREDIT.exec(text);
  const credit = m?.[1]?.trim();
  const name = m?.[2] ?? '';
  // The name starts with a capital or a digit (the year of a copyright); "Photo: the flood …" is a
  // caption, and "Photos: Inside the New Stadium" a gallery's heading (`names.ts`).
  if (
    m === null ||
    credit === undefined ||
    !/^[\p{Lu}\d]/u.test(name) ||
    credit.split(/\s+/).length > MAX_CREDIT_WORDS ||
    /[.!?]\s/.test(credit) ||
    readsAsPhrase(name)
  ) {
    return { caption: text };
  }
  const caption = text
    .slice(0, m.index)
    .replace(/[\s—–|-]+$/u, '')
    .trim();
  return { caption, credit };
}

/**
 * A caption that says it is one: news agencies open a photo's caption by pointing at the photo beside
 * it ("In this photo dated Tuesday, Nov. 29, 2016 the rocket…", "In this Dec. 1, 2016 file photo, …",
 * "In this image made from video…"), where the story's own prose, having no photo beside it, speaks of
 * "the photo". Pages that set such captions outside a `<figcaption>` (a slideshow's text) leave them
 * among the story's paragraphs.
 */
const POINTS_AT_PHOTO = new RegExp(
  String.raw`^[Ii]n\s+this\s+(?:(?:${[
    // What may stand between "this" and "photo": its date ("Dec. 1, 2016", "Tuesday"), its kind.
    String.raw`\p{Lu}[\p{L}.]*,?`,
    String.raw`\p{N}+,?`,
    '(?:file|handout|undated|aerial|combination|composite|video|still)',
  ].join('|')})\s+)*?(?:photo(?:graph)?|picture|image|(?:frame|video)\s+grab)s?(?![\p{L}\p{N}-])`,
  'u',
);

/** Whether a paragraph is a photo's caption by its own words (see above). */
export function pointsAtPhoto(line: string): boolean {
  return POINTS_AT_PHOTO.test(line);
}

/** Alt text that names the file or the kind of thing, not what it shows: "IMG_2041.jpg", "photo", "hero image". */
const NOT_A_DESCRIPTION =
  /^(?:.*\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)|(?:img|dsc|dscn|pxl|image|photo)[-_ ]?\d+|(?:(?:main|hero|header|lead|featured|cover|top|article)\s+)?(?:image|photo|photograph|picture|pic|img|figure|graphic|illustration|thumbnail|banner|logo|icon|screenshot)s?(?:\s+\d+)?)$/i;

/** A Markdown image's alt text as a caption, when it describes the picture (two words or more). */
export function altCaption(alt: string): string | undefined {
  const text = alt.replace(/\s+/g, ' ').trim();
  const words = text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length >= 2 && !NOT_A_DESCRIPTION.test(text) ? text : undefined;
}
