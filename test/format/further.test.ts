import { describe, expect, it } from 'vitest';
import { furtherPassages, saysTheSame } from '../../src/format/further.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const HEADLINE = 'Harbour Council Approves New Ferry Terminal';
const LEDE =
  'The harbour council approved the construction of a new ferry terminal on Tuesday, the mayor’s office said.';
const OTHER = 'The ferry operator said that tickets would cost less once the terminal opens next spring.';

describe('a headline that a body passage repeats', () => {
  it('says the same as the sentence it summarises, in other word forms, and not as an unrelated one', () => {
    expect(saysTheSame(HEADLINE, LEDE)).toBe(true);
    expect(
      saysTheSame(
        'Iraq, Russia Sign Military-Technical Cooperation Agreement',
        'Iraqi and Russian officials signed an agreement on military-technical cooperation.',
      ),
    ).toBe(true);
    expect(saysTheSame(HEADLINE, OTHER)).toBe(false);
    expect(saysTheSame('', LEDE)).toBe(false);
  });

  it('is not offered after the body passage that says the same; a headline that adds something is', () => {
    const engine = new Engine([
      parseArticle('ferry.txt', `${HEADLINE}\n\n${LEDE}\n\n${OTHER}\n`),
      parseArticle('bridge.txt', `Harbour Bridge Closed For Repairs Until Summer\n\n${OTHER}\n`),
    ]);
    const answer = engine.ask('did the harbour council approve a ferry terminal?');
    const sections = answer.passages.map((p) => `${p.article.file}:${p.section}`);
    expect(sections).toContain('ferry.txt:title');
    expect(sections).toContain('ferry.txt:body');
    const further = furtherPassages(answer);
    expect(further.some((p) => p.section === 'title' && p.article.file === 'ferry.txt')).toBe(false);
    // The bridge story's headline says something its body does not: still offered.
    expect(sections).toContain('bridge.txt:title');
    expect(further.map((p) => `${p.article.file}:${p.section}`)).toContain('bridge.txt:title');
  });
});
