import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { respond } from '../../src/qa/respond.js';
import { chooseArticleText, CLI_PICKING } from '../../src/format/choose.js';

const sign = parseArticle(
  'sign.txt',
  'Village sign restored in Ashcombe\n\nThe carved oak sign on Ashcombe green was put back on Saturday after a year of repairs. Joiner Mary Tulk spent 300 hours on it.\n',
);
const market = parseArticle(
  'market.txt',
  'Night market opens in Brindley\n\nA night market opened in Brindley square on Friday, with 40 stalls. Organiser Dev Rana said 2,000 people came.\n',
);

describe('a question naming nothing, asked of a folder of several stories', () => {
  const folder = new Engine([sign, market]);

  it('"where is it?" asks which story is meant instead of saying it has no words to look up', () => {
    for (const question of ['where is it?', 'when did it happen', 'who did it?']) {
      expect(folder.ask(question), question).toMatchObject({ answered: false, refused: 'which-article' });
      expect(folder.ask(question).page, question).toBeUndefined();
    }
    const reply = respond(folder, 'where is it?');
    expect(reply).toMatchObject({ kind: 'choose-article', asked: 'story' });
    if (reply.kind !== 'choose-article') return;
    expect(chooseArticleText(reply.asked, reply.articles, CLI_PICKING)).toBe(
      [
        'I have 2 articles: which one do you mean?',
        '- Village sign restored in Ashcombe (sign.txt)',
        '- Night market opens in Brindley (market.txt)',
        'Pick one with --article ID.',
      ].join('\n'),
    );
  });

  it('once a story is picked or talked about, the same question is about that story', () => {
    expect(folder.ask('where is it?', { article: 'market.txt' }).passages[0]?.article.id).toBe('market.txt');
    const talked = folder.ask('where is it?', { context: 'sign.txt' });
    expect(talked.refused).toBeUndefined();
    expect(talked.passages[0]?.article.id).toBe('sign.txt');
  });

  it('a question with no word to look up that no headline answers still says so', () => {
    expect(folder.ask('why?').refused).toBe('no-keywords');
    expect(folder.ask('what is it?').refused).toBe('no-keywords');
  });

  it('one story alone answers "where is it?" from its headline event, as before', () => {
    const alone = new Engine([market]).ask('where is it?');
    expect(alone.refused).toBeUndefined();
    expect(alone.passages[0]?.article.id).toBe('market.txt');
  });
});
