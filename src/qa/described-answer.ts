/**
 * "Who was jailed?" answered from a headline or lead that describes the person by role ("Former council
 * treasurer jailed…", "A former council treasurer who stole £1.2m… has been jailed") is answered with
 * the name the story gives them in the sentence after (`describedLead` in `referents.ts`: "Graham
 * Whitlock, 58, of Harrogate…"): a reader asking who wants the person, and the role phrase and the name
 * are the same person. The role phrase stays marked in the passage, and the sentence that names them is
 * shown beside it as the proof. Any other answer is left as it is.
 */
import type { Sentence } from '../knowledge/types.js';
import { WHO_IS } from './holder-asked.js';
import { pronounSubjectNamed } from './pronoun-predicate.js';
import type { ParsedQuestion } from './question.js';
import { referentsOf, type Description } from './referents.js';
import type { SearchIndex } from './search-index.js';
import { tokenize } from './text.js';
import type { Passage, ShortAnswer } from './types.js';

/** The description a short answer lies in (its role phrase), in the passage it was found in. */
export function descriptionAnswered(
  index: SearchIndex,
  answer: ShortAnswer | null,
  passages: readonly Passage[],
): Description | undefined {
  const passage = answer === null ? undefined : passages[answer.passage];
  const article = passage === undefined ? undefined : index.article(passage.article.id);
  if (answer === null || passage === undefined || article === undefined) return undefined;
  const read = referentsOf(article, (s: Sentence) => index.entitiesOf(s));
  const described = read.described.get(passage.sentence);
  // The answer is the role phrase, or inside it ("treasurer"): not another part of the sentence.
  if (described === undefined || answer.start < described.start || answer.end > described.end)
    return undefined;
  return described;
}

/**
 * "Who was the fan?" of a lead "A fan from Llanelli has driven…" and a next sentence "Gareth Rees, 71,
 * set off…": a question asking who the role is whose role noun (the description's last word) is one
 * of the question's words asks for the person the best passage's description names, whatever else of
 * the sentence fits "who" ("Llanelli"). The description in the best passage, else undefined.
 */
function roleDescribedAsked(
  index: SearchIndex,
  parsed: Pick<ParsedQuestion, 'text' | 'keywords'>,
  best: Passage,
): Description | undefined {
  if (!WHO_IS.test(parsed.text)) return undefined;
  const article = index.article(best.article.id);
  if (article === undefined) return undefined;
  const described = referentsOf(article, (s: Sentence) => index.entitiesOf(s)).described.get(best.sentence);
  if (described === undefined) return undefined;
  const role = tokenize(best.text.slice(described.start, described.end)).at(-1);
  return role !== undefined && asksRoleItself(parsed.text, role.stem) ? described : undefined;
}

/** Words before the role that make the question ask about someone else ("saved by the driver"). */
const LINKING = new Set([
  'by',
  'with',
  'for',
  'to',
  'from',
  'at',
  'in',
  'on',
  'of',
  'about',
  'against',
  'near',
]);

/**
 * Does the question ask who the role itself is ("who was the fan?", "who is the bus driver"): the role
 * word is in the phrase after "who is / was" with no preposition before it ("who was saved by the bus
 * driver?", "who was with the fan?" ask about someone else), and not as an owner ("who was the
 * teacher's pupil?").
 */
function asksRoleItself(question: string, stem: string): boolean {
  const opening = WHO_IS.exec(question);
  if (opening === null) return false;
  const rest = question.slice(opening[0].length);
  const words = tokenize(rest);
  const at = words.findIndex((t) => t.stem === stem);
  const role = words[at];
  if (role === undefined || /^['’]s?(?!\p{L})/u.test(rest.slice(role.end))) return false;
  return words.slice(0, at).every((t) => !LINKING.has(t.word.toLowerCase()));
}

/**
 * "Who won?" answered inside "She is the first girl to win the title": the person the story's "she"
 * stands for (`pronounSubjectNamed`), in the answer's place; undefined when the answer is no such part.
 */
function pronounNamed(
  index: SearchIndex,
  question: string,
  answer: ShortAnswer,
  passages: readonly Passage[],
): ShortAnswer | undefined {
  const passage = passages[answer.passage];
  const article = passage === undefined ? undefined : index.article(passage.article.id);
  if (passage === undefined || article === undefined) return undefined;
  const name = pronounSubjectNamed(question, passage.text, answer, article.sentences, (s: Sentence) =>
    index.entitiesOf(s),
  );
  return name === undefined ? undefined : { ...answer, text: name };
}

/**
 * For a question asking who: the short answer read as the name of the person its role phrase
 * describes, and the sentence naming them among the passages, after the one answering (in place of
 * the last when all are shown). Unchanged when the answer is no such phrase.
 */
export function namedForDescription(
  index: SearchIndex,
  parsed: Pick<ParsedQuestion, 'type' | 'text' | 'keywords'>,
  found: { answer: ShortAnswer | null; passages: Passage[] },
  limit: number,
): { answer: ShortAnswer | null; passages: Passage[] } {
  if (parsed.type !== 'person') return found;
  const best = found.passages[0];
  const asked = best === undefined ? undefined : roleDescribedAsked(index, parsed, best);
  const described = asked ?? descriptionAnswered(index, found.answer, found.passages);
  // "Who was the fan?": the role phrase itself is the answer's place in the passage.
  const short =
    asked === undefined ? found.answer : { text: '', passage: 0, start: asked.start, end: asked.end };
  if (described === undefined && short !== null && asked === undefined)
    return { ...found, answer: pronounNamed(index, parsed.text, short, found.passages) ?? short };
  if (described === undefined || short === null || best === undefined) return found;
  const answer = { ...short, text: described.referent.name };
  // The role phrase is what the passage marks as the answer, not the word first taken ("Llanelli" of "A
  // fan from Llanelli"), which the reply would show in bold beside the name.
  const passages =
    asked === undefined
      ? found.passages
      : [
          {
            ...best,
            highlights: [
              ...best.highlights.filter((h) => h.kind !== 'answer'),
              { start: asked.start, end: asked.end, kind: 'answer' as const },
            ].sort((a, b) => a.start - b.start),
          },
          ...found.passages.slice(1),
        ];
  if (passages.some((p) => p.article.id === best.article.id && p.sentence === described.naming))
    return { answer, passages };
  const naming = index.article(best.article.id)?.sentences[described.naming];
  if (naming === undefined) return { answer, passages };
  const proof: Passage = {
    text: naming.text,
    score: found.passages[1]?.score ?? best.score,
    article: best.article,
    section: naming.role,
    sentence: naming.index,
    highlights: [],
  };
  const [first, ...rest] = passages;
  return { answer, passages: [first as Passage, proof, ...rest].slice(0, Math.max(2, limit)) };
}
