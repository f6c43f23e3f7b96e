/**
 * Named things in a sentence (people, places, organisations, dates, numbers), found by compromise's
 * tagger, which ships its English model inside the package: no download, no network.
 */
import { nlp } from './nlp.js';

export type EntityType = 'person' | 'place' | 'organization' | 'date' | 'number';

export interface Entity {
  type: EntityType;
  start: number;
  end: number;
}

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

function typeOf(tags: readonly string[]): EntityType | undefined {
  if (tags.includes('Date') || tags.includes('Year') || tags.includes('Month') || tags.includes('WeekDay'))
    return 'date';
  // "Minister" and "Director" are tagged Person too, but they are titles, not the person's name.
  if (tags.includes('Person') && !tags.includes('Actor')) return 'person';
  if (
    tags.includes('Place') ||
    tags.includes('Country') ||
    tags.includes('City') ||
    tags.includes('Region')
  ) {
    return 'place';
  }
  if (tags.includes('Organization')) return 'organization';
  if (tags.includes('Value') || tags.includes('Money') || tags.includes('Percent')) return 'number';
  return undefined;
}

function isName(tags: readonly string[]): boolean {
  return tags.includes('FirstName') || tags.includes('LastName') || tags.includes('Honorific');
}

// Years and decades that the tagger sometimes leaves as plain values ("in the 1970s").
const YEAR = /\b(1[0-9]{3}|20[0-9]{2})s?\b/g;

/** Entities of `text`, adjacent terms of one type merged into one span ("Khaled Obaidi"). */
export function findEntities(text: string): Entity[] {
  const terms: TermJson[] = [];
  for (const sentence of nlp(text).json({ offset: true }) as { terms: TermJson[] }[])
    terms.push(...sentence.terms);
  const out: Entity[] = [];
  terms.forEach((term, i) => {
    const type = typeOf(term.tags);
    if (type === undefined) return;
    // A capitalised word glued before a first name is the end of an organisation's name or a title
    // ("... Cooperation Alexander Fomin"), not part of the person's name.
    const next = terms[i + 1];
    if (type === 'person' && !isName(term.tags) && next !== undefined && next.tags.includes('FirstName'))
      return;
    // Keep the span on the word itself, without the punctuation compromise keeps around it.
    const start = term.offset.start;
    const end = start + term.text.length;
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.type === type && /^[\s,.'’-]*$/.test(text.slice(prev.end, start))) {
      prev.end = end;
    } else {
      out.push({ type, start, end });
    }
  });
  for (const m of text.matchAll(YEAR)) {
    const start = m.index;
    if (!out.some((e) => e.start <= start && e.end > start))
      out.push({ type: 'date', start, end: start + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
