/** What a question asks for: its wh-type (which kind of answer) and its keywords. */
import type { EntityType } from './entities.js';
import { isStopword, tokenize, type Token } from './text.js';

export type QuestionType = 'person' | 'place' | 'date' | 'number' | 'reason' | 'other';

export interface ParsedQuestion {
  type: QuestionType;
  /** Content words of the question, in order, duplicates removed by stem. */
  keywords: Token[];
}

const RULES: [RegExp, QuestionType][] = [
  [/\bhow (many|much|long|old|far|large|big|tall|high)\b/, 'number'],
  [/\bwhat (percentage|percent|number|amount|proportion|size|population)\b/, 'number'],
  [
    /\b(when|what (year|date|day|time|month|century|decade|period|era)|which (year|date|day|month|century))\b/,
    'date',
  ],
  [
    /\b(where|what (city|country|town|state|place|region|continent|county|area|location)|which (city|country|town|state|place|region))\b/,
    'place',
  ],
  [/\b(who|whom|whose|which (person|man|woman|minister|official|leader))\b/, 'person'],
  [/\b(why|for what reason|what (caused|led to))\b/, 'reason'],
];

/** Entity types that answer each question type (organisations answer "who" too: "who signed?" → a ministry). */
export const ANSWER_ENTITIES: Record<QuestionType, readonly EntityType[]> = {
  person: ['person', 'organization'],
  place: ['place'],
  date: ['date'],
  number: ['number'],
  reason: [],
  other: [],
};

export function questionType(question: string): QuestionType {
  const q = question.toLowerCase();
  for (const [re, type] of RULES) if (re.test(q)) return type;
  return 'other';
}

export function parseQuestion(question: string): ParsedQuestion {
  const seen = new Set<string>();
  const keywords: Token[] = [];
  for (const token of tokenize(question)) {
    if (isStopword(token.word) || seen.has(token.stem)) continue;
    seen.add(token.stem);
    keywords.push(token);
  }
  return { type: questionType(question), keywords };
}
