/**
 * Words of a question that are part of a longer name it writes with capitals: "America" of "Bank of
 * America" or "North America" is a word of that name, and says what the name says, not what the word
 * says alone (the country, whose acronym "US" a story writes: `acronymSynonyms`). Pure, apart from the
 * tokenizer.
 */
import { CONNECTORS } from './acronyms.js';
import { hasLower, startsUpper } from './letters.js';
import { tokenize, type Token } from './text.js';

/** Does the offset `start` of `text` open a sentence (only spaces, quotes or brackets before it)? */
export function atSentenceStart(text: string, start: number): boolean {
  return /(?:^|[.!?])[\s\p{Pi}\p{Ps}"']*$/u.test(text.slice(0, start));
}

/**
 * Each word of the question (lower case) that is part of a longer name it writes, with the name as
 * WordNet writes a collocation ("bank_of_america", "united_states_of_america"). A name is two or more
 * words written with a capital, not the one opening a sentence (capitalised anyway), one after another
 * or joined by a name's small words ("of", "the": `CONNECTORS`), none of them a function word. A word the question also writes
 * outside any name ("did Bank of America leave America?") is left out: there it is itself. None in a
 * question written all in capitals, where a capital says nothing.
 */
export function wordsOfLongerNames(question: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!hasLower(question)) return found;
  const tokens = tokenize(question);
  // A function word is no word of a name ("Where Is America?", written in title case).
  const capital = (t: Token) =>
    !t.stop && startsUpper(question.slice(t.start, t.end)) && !atSentenceStart(question, t.start);
  const alone = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (!capital(first)) {
      alone.add(first.word);
      i++;
      continue;
    }
    // The run: capitals, each after the one before by spaces alone, with connectors between two of them.
    let last = i;
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (!/^\s+$/u.test(question.slice((tokens[j - 1] as Token).end, t.start))) break;
      if (capital(t)) last = j;
      else if (!CONNECTORS.has(t.word)) break;
    }
    const name = tokens.slice(i, last + 1);
    if (name.length === 1) alone.add(first.word);
    else for (const t of name) found.set(t.word, name.map((w) => w.word).join('_'));
    i = last + 1;
  }
  for (const word of alone) found.delete(word);
  return found;
}
