/**
 * Scenarios: a story's acronym and the name it stands for are one body. "NHS" finds "The National
 * Health Service will pay…" (its stem "nh" is no word); and "GM", which the story defines as
 * "genetically modified", is not the story's one G.M. name, "the Grand Mosque". Own small stories
 * (test/fixtures/acronym-names).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const story = (file: string) =>
  new Engine([
    parseArticle(file, readFileSync(new URL(`../fixtures/acronym-names/${file}`, import.meta.url), 'utf8')),
  ]);

const clinic = story('clinic.txt');
const farm = story('farm.txt');

describe('an acronym and the name it stands for', () => {
  it('"what will the NHS pay for?" shows the National Health Service sentence first, not the council\'s', () => {
    const answer = clinic.ask('what will the NHS pay for?');
    expect(answer.passages[0]?.text).toMatch(/^The National Health Service will pay for three scanners/);
  });

  it('"what is the NHS paying for?" answers from the sentence naming it in full', () => {
    const answer = clinic.ask('what is the NHS paying for?');
    expect(answer.passages[0]?.text).toMatch(/^The National Health Service/);
    expect(answer.answered).toBe(true);
  });

  it('"GM", defined as "genetically modified", is not the Grand Mosque', () => {
    const answer = farm.ask('where will the GM seed be kept?');
    expect(answer.passages[0]?.text).toMatch(/^The GM seed will be stored/);
    expect(answer.passages.map((p) => p.text).join(' ')).not.toMatch(/Grand Mosque/);
  });
});
