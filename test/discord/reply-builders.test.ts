/**
 * What each reply builder puts in front of people, from answers as the engine gives them (built here
 * as data, so that these tests need no engine): which embed, which words, which button, and that
 * every length stays within Discord's limits on every path.
 */
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import {
  answerReply,
  articlesReply,
  chooseArticleReply,
  citation,
  errorReply,
  helpReply,
  learnedReply,
  learnFailedReply,
  moreButtonId,
  morePassagesReply,
  parseMoreButtonId,
  responseReply,
  slowDownReply,
  summaryReply,
} from '../../src/discord/replies.js';
import { parseArticle } from '../../src/knowledge/article.js';
import type { Answer, ArticleRef, Passage } from '../../src/qa/types.js';
import { WebPageError } from '../../src/web/fetch-page.js';

const ferry: ArticleRef = {
  id: 'ferry.txt',
  title: 'Harbour Council Approves New Ferry Terminal',
  file: 'ferry.txt',
  date: '3 March 2026',
  url: 'https://news.example/ferry',
};
const market: ArticleRef = { id: 'market.txt', title: 'Fish *Market* Closes', file: 'market.txt' };

const LEAVE = 'Council member Ada Moreno said the first ferries would leave from the new terminal in 2028.';
const APPROVED = 'The harbour council approved the construction of a new ferry terminal on Tuesday.';
const BESIDE = 'The new terminal will be built beside the old fish market.';

function passage(text: string, score: number, extra: Partial<Passage> = {}): Passage {
  return { text, score, article: ferry, section: 'body', sentence: 2, highlights: [], ...extra };
}

/** "When will the first ferries leave?", answered "in 2028" from the third sentence. */
function answered(extra: Partial<Answer> = {}): Answer {
  const at = LEAVE.indexOf('2028');
  return {
    question: 'When will the first ferries leave?',
    answered: true,
    confidence: 0.8,
    type: 'date',
    answer: { text: '2028', passage: 0, start: at, end: at + 4 },
    passages: [
      passage(LEAVE, 0.8, { highlights: [{ start: at, end: at + 4, kind: 'answer' }] }),
      passage(APPROVED, 0.4, { sentence: 1 }),
      passage(BESIDE, 0.3, { sentence: 0 }),
    ],
    corrections: [],
    ...extra,
  };
}

type Embed = {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
};
const embedOf = (reply: { embeds?: readonly unknown[] }) => reply.embeds?.[0] as Embed;
type Row = { components: { custom_id: string; label: string }[] };
const buttonsOf = (reply: { components?: readonly unknown[] }) =>
  (reply.components as Row[] | undefined)?.flatMap((r) => r.components) ?? [];

const GREEN = 0x2e7d32;
const AMBER = 0xf9a825;
const GREY = 0x9e9e9e;
const RED = 0xc62828;

function expectWithinLimits(embed: Embed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.EMBED_TITLE);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.EMBED_DESCRIPTION);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.EMBED_FOOTER);
  for (const f of embed.fields ?? [])
    expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.EMBED_FIELD_VALUE);
}

describe('an answered question', () => {
  it('shows the question as title, the short answer in bold above the passage with it bold, and the source', () => {
    const embed = embedOf(answerReply(answered()));
    expect(embed.title).toBe('When will the first ferries leave?');
    expect(embed.description).toBe(`**2028**\n\n${LEAVE.replace('2028', '**2028**')}`);
    expect(embed.fields).toEqual([
      {
        name: 'Source',
        value: '[Harbour Council Approves New Ferry Terminal](https://news.example/ferry) · 3 March 2026',
      },
    ]);
    expect(embed.footer?.text).toBe('Confidence: high');
  });

  it('is green when the best passage scores 0.6 or more, amber below', () => {
    const withScore = (score: number) =>
      embedOf(answerReply(answered({ passages: [passage(LEAVE, score)] }))).color;
    expect(withScore(0.9)).toBe(GREEN);
    expect(withScore(0.6)).toBe(GREEN);
    expect(withScore(0.59)).toBe(AMBER);
  });

  it('without a short answer shows only the passage', () => {
    const embed = embedOf(answerReply(answered({ answer: null })));
    expect(embed.description).toBe(LEAVE.replace('2028', '**2028**'));
  });

  it('says in the footer which typed words it read as others', () => {
    const corrections = [
      { from: 'feries', to: 'ferries' },
      { from: 'leve', to: 'leave' },
    ];
    const embed = embedOf(answerReply(answered({ corrections })));
    expect(embed.footer?.text).toBe('Confidence: high · read “feries” as “ferries”, “leve” as “leave”');
  });

  it('keeps the corrections footer within its limit, and names corrections under a refusal too', () => {
    const corrections = Array.from({ length: 200 }, (_, i) => ({ from: `wrd${i}`, to: `word${i}` }));
    const long = embedOf(answerReply(answered({ corrections })));
    expect(long.footer?.text).toHaveLength(DISCORD_LIMITS.EMBED_FOOTER);
    expect(long.footer?.text.startsWith('Confidence: high · read “wrd0” as “word0”, ')).toBe(true);
    const closest = answered({
      answered: false,
      answer: null,
      corrections: [{ from: 'feries', to: 'ferries' }],
    });
    expect(embedOf(answerReply(closest)).footer?.text).toBe('Confidence: high · read “feries” as “ferries”');
  });

  it('names the other articles that match nearly as well, markdown escaped', () => {
    const embed = embedOf(answerReply(answered({ alsoIn: [market, { ...market, title: 'Ferry Fares' }] })));
    expect(embed.fields?.map((f) => f.name)).toEqual(['Source', 'Also matches']);
    expect(embed.fields?.[1]?.value).toBe('Fish \\*Market\\* Closes; Ferry Fares');
  });

  it('cuts a question of any length to the embed title limit (Discord rejects a longer one)', () => {
    const question = `When will the first ferries ${'really '.repeat(60)}leave?`;
    const embed = embedOf(answerReply(answered({ question })));
    expect(embed.title).toHaveLength(DISCORD_LIMITS.EMBED_TITLE);
    expect(question.startsWith(embed.title?.slice(0, -1) ?? '-')).toBe(true);
    expectWithinLimits(embed);
  });

  it('defuses mentions in the question it repeats', () => {
    const embed = embedOf(answerReply(answered({ question: 'When will @everyone leave?' })));
    expect(embed.title).not.toContain('@everyone');
    expect(embed.title).toContain('everyone');
  });
});

describe('the "More passages" button', () => {
  it('is offered to the asker, with how many further passages there are', () => {
    const reply = answerReply(answered(), { askerId: '123456789012345678', moreKey: 'k1' });
    expect(buttonsOf(reply)).toMatchObject([
      { custom_id: 'more:123456789012345678:k1', label: 'More passages (2)' },
    ]);
  });

  it('is left out without an asker, without a stored answer, or with nothing further to show', () => {
    expect(answerReply(answered(), { moreKey: 'k1' }).components).toBeUndefined();
    expect(answerReply(answered(), { askerId: '1234' }).components).toBeUndefined();
    const single = answered({ passages: [passage(LEAVE, 0.8)] });
    expect(answerReply(single, { askerId: '1234', moreKey: 'k1' }).components).toBeUndefined();
  });

  it('carries who may press it and which answer, and nothing else parses as one', () => {
    const id = moreButtonId('123456789012345678', 'a1');
    expect(parseMoreButtonId(id)).toEqual({ askerId: '123456789012345678', answerKey: 'a1' });
    expect(parseMoreButtonId('more:42:zz9')).toEqual({ askerId: '42', answerKey: 'zz9' });
    for (const other of [
      'more:42',
      'more:abc:k1',
      'more:42:k-1',
      'xmore:42:k1',
      'more:42:k1:x',
      'more::k1',
      'more:42:',
    ])
      expect(parseMoreButtonId(other), other).toBeUndefined();
  });

  it('pages the further passages, numbered from 2, each with its citation, to the presser alone', () => {
    const reply = morePassagesReply(answered());
    const embed = embedOf(reply);
    expect(embed.title).toBe('More passages: When will the first ferries leave?');
    expect(embed.description).toBe(
      [APPROVED, BESIDE]
        .map(
          (t, i) =>
            `**${i + 2}.** ${t}\n-# [Harbour Council Approves New Ferry Terminal](https://news.example/ferry) · 3 March 2026`,
        )
        .join('\n\n'),
    );
  });

  it('bolds only the short answer where a further passage repeats it, not every date the engine marked', () => {
    const again = 'Ferries from the old pier will stop in 2028, on a Tuesday.';
    const at = (text: string, words: string) => ({
      start: text.indexOf(words),
      end: text.indexOf(words) + words.length,
      kind: 'answer' as const,
    });
    const answer = answered();
    answer.passages = [
      answer.passages[0] as Passage,
      // As the engine gives them: every date of a further passage marked as a candidate.
      passage(APPROVED, 0.4, { highlights: [at(APPROVED, 'Tuesday')] }),
      passage(again, 0.3, { highlights: [at(again, '2028'), at(again, 'Tuesday')] }),
    ];
    const lines = embedOf(morePassagesReply(answer)).description?.split('\n\n') ?? [];
    expect(lines[0]).toMatch(`**2.** ${APPROVED}\n`);
    expect(lines[1]).toMatch('**3.** Ferries from the old pier will stop in **2028**, on a Tuesday.\n');
  });

  it('says so when there is nothing further', () => {
    const embed = embedOf(morePassagesReply(answered({ passages: [passage(LEAVE, 0.8)] })));
    expect(embed.description).toBe('No further passages.');
  });
});

describe('a question not answered', () => {
  it('shows the closest passage, grey, without any bold', () => {
    const embed = embedOf(answerReply(answered({ answered: false, answer: null })));
    expect(embed.title).toBe("I couldn't find that in the article — closest passage:");
    expect(embed.description).toBe(LEAVE);
    expect(embed.color).toBe(GREY);
  });

  it('with no passage at all says that nothing matches the question', () => {
    const embed = embedOf(
      answerReply(answered({ answered: false, answer: null, passages: [], question: 'Who won the *cup*?' })),
    );
    expect(embed.title).toBe("I couldn't find that in the article");
    expect(embed.description).toBe('Nothing in the article matches “Who won the \\*cup\\*?”.');
    expect(embed.color).toBe(GREY);
  });

  it('with several articles searched, says it is in none of them', () => {
    const closest = embedOf(answerReply(answered({ answered: false, answer: null, searched: 3 })));
    expect(closest.title).toBe("I couldn't find that in any of the 3 articles — closest passage:");
    const none = embedOf(
      answerReply(
        answered({ answered: false, answer: null, passages: [], searched: 3, question: 'Who won?' }),
      ),
    );
    expect(none.title).toBe("I couldn't find that in any of the 3 articles");
    expect(none.description).toBe('Nothing in the articles matches “Who won?”.');
  });

  it('refused says why in words, and nothing else', () => {
    const embed = embedOf(answerReply(answered({ refused: 'empty', passages: [], answered: false })));
    expect(embed).toEqual({ color: GREY, description: 'Ask me a question about the article.' });
  });

  it('about a part of the page it does not have says which part is missing', () => {
    const noCredit = answered({ page: 'credit', passages: [], answered: false, answer: null });
    expect(embedOf(answerReply(noCredit))).toEqual({
      color: GREY,
      description: 'The page gives no photo credit.',
    });
  });

  it('about a part of one of several pages names that page, its title escaped', () => {
    const noCredit = answered({ page: 'credit', passages: [], answered: false, answer: null, about: market });
    expect(embedOf(answerReply(noCredit)).description).toBe(
      '“Fish \\*Market\\* Closes”: the page gives no photo credit.',
    );
  });

  it('about a part of the page it has answers from it, as any answer', () => {
    const credit = passage('© AP Photo / Jo Smith', 0.9, { section: 'credit', field: 'credit' });
    const embed = embedOf(answerReply(answered({ page: 'credit', answer: null, passages: [credit] })));
    expect(embed.description).toBe('© AP Photo / Jo Smith');
    expect(embed.fields?.[0]?.value).toContain('photo credit');
  });
});

describe('the citation', () => {
  it('links the title unless the link would take more than half the field', () => {
    const long = {
      ...ferry,
      url: `https://news.example/${'a'.repeat(DISCORD_LIMITS.EMBED_FIELD_VALUE / 2)}`,
    };
    expect(citation(passage(LEAVE, 1, { article: long }))).toBe(
      'Harbour Council Approves New Ferry Terminal · 3 March 2026',
    );
    const path = 'a'.repeat(DISCORD_LIMITS.EMBED_FIELD_VALUE / 2 - 'https://news.example/'.length);
    const fits = { ...ferry, url: `https://news.example/${path}` };
    expect(citation(passage(LEAVE, 1, { article: fits }))).toBe(
      `[Harbour Council Approves New Ferry Terminal](https://news.example/${path}) · 3 March 2026`,
    );
  });

  it('escapes square brackets of a linked title, which would end the link early', () => {
    const live = { ...ferry, title: 'Harbour [Live] updates' };
    expect(citation(passage(LEAVE, 1, { article: live }))).toBe(
      '[Harbour \\[Live\\] updates](https://news.example/ferry) · 3 March 2026',
    );
  });

  it('is the title alone for an undated article without a link', () => {
    expect(citation(passage(LEAVE, 1, { article: market }))).toBe('Fish \\*Market\\* Closes');
  });
});

describe('the /summary reply', () => {
  it('has the title (linking to the article when it has a link, as answers do), the bullets, and the date in the footer, with the file only when there is no link', () => {
    const embed = embedOf(summaryReply({ article: ferry, sentences: [APPROVED, BESIDE] }));
    expect(embed.title).toBe('Harbour Council Approves New Ferry Terminal');
    expect(embed.url).toBe(ferry.url);
    expect(embed.description).toBe(`• ${APPROVED}\n\n• ${BESIDE}`);
    expect(embed.footer?.text).toBe('Summary · 3 March 2026');
    expect(embedOf(summaryReply({ article: market, sentences: [BESIDE] })).footer?.text).toBe(
      'Summary of market.txt',
    );
  });

  it('keeps whole bullets only, and the note on other articles, within the embed', () => {
    const sentence = 'x'.repeat(1000);
    const embed = embedOf(
      summaryReply({
        article: ferry,
        sentences: [sentence, sentence, sentence, sentence, sentence],
        otherArticles: 2,
      }),
    );
    const note = '\n\n*One of 3 articles: pick another with `/summary article:`.*';
    expect(embed.description).toBe(
      `${[sentence, sentence, sentence, sentence].map((s) => `• ${s}`).join('\n\n')}${note}`,
    );
  });

  it('fills the embed exactly when the bullets and note fit to the last character', () => {
    const note = '\n\n*One of 3 articles: pick another with `/summary article:`.*';
    const first = 'y'.repeat(2000);
    // "• " + first + "\n\n• " + second + note === the limit
    const second = 'z'.repeat(DISCORD_LIMITS.EMBED_DESCRIPTION - note.length - first.length - 6);
    const embed = embedOf(summaryReply({ article: ferry, sentences: [first, second], otherArticles: 2 }));
    expect(embed.description).toBe(`• ${first}\n\n• ${second}${note}`);
  });

  it('leaves out a bullet that would push the note on other articles out of the embed', () => {
    const note = '\n\n*One of 3 articles: pick another with `/summary article:`.*';
    const first = 'y'.repeat(2000);
    const second = 'z'.repeat(DISCORD_LIMITS.EMBED_DESCRIPTION - note.length - first.length - 5);
    const embed = embedOf(summaryReply({ article: ferry, sentences: [first, second], otherArticles: 2 }));
    expect(embed.description).toBe(`• ${first}${note}`);
  });

  it('still sends a bullet for an article with no body sentence to summarise', () => {
    expect(embedOf(summaryReply({ article: ferry, sentences: [] })).description).toBe('• ');
  });

  it('cuts one sentence longer than the whole embed rather than sending nothing', () => {
    const huge = 'w'.repeat(DISCORD_LIMITS.EMBED_DESCRIPTION + 10);
    const embed = embedOf(summaryReply({ article: ferry, sentences: [huge] }));
    expect(embed.description).toHaveLength(DISCORD_LIMITS.EMBED_DESCRIPTION);
    expect(embed.description?.startsWith('• www')).toBe(true);
  });
});

describe('/article', () => {
  it('lists each article with its date, file and sentence count, under how many there are', () => {
    const one = parseArticle('ferry.txt', `Ferry *Terminal*\n\n3 March 2026\n\n${APPROVED}\n\n${BESIDE}\n`);
    const two = parseArticle('market.txt', `Fish Market Closes\n\n${LEAVE}\n`);
    const embed = embedOf(articlesReply([one, two]));
    expect(embed.title).toBe('What I know: 2 articles');
    expect(embed.description).toBe(
      `**Ferry \\*Terminal\\***\n3 March 2026 · \`ferry.txt\` · ${one.sentences.length} sentences\n\n` +
        `**Fish Market Closes**\n\`market.txt\` · ${two.sentences.length} sentences`,
    );
    expect(embedOf(articlesReply([two])).title).toBe('What I know: 1 article');
    // The article this channel is talking about is marked when there is a choice, not when there is one.
    const marked = embedOf(articlesReply([one, two], 'market.txt')).description ?? '';
    expect(marked.split('\n\n')[1]).toBe(
      `**Fish Market Closes**\n\`market.txt\` · ${two.sentences.length} sentences · *talking about this one here*`,
    );
    expect(marked.split('\n\n')[0]).not.toContain('talking about');
    expect(embedOf(articlesReply([two], 'market.txt')).description).not.toContain('talking about');
  });
});

describe('help, courtesy and commands typed in a message', () => {
  it('help explains how to ask and suggests the examples it is given', () => {
    const embed = embedOf(helpReply(['who signed?', 'when *exactly*?']));
    expect(embed.title).toBe('How to ask');
    expect(embed.description).toMatch(
      /^Mention me with a question \(`@bot` and your question\) or use `\/ask`\. /,
    );
    expect(embed.description).toContain(
      'cite the source.\nAsk “what is this about?” for the gist; `/summary`',
    );
    expect(embed.description).toMatch(/\n\nTry: “who signed\?” or “when \\\*exactly\\\*\?”$/);
    expect(embedOf(helpReply([])).description).toMatch(/`\/article` lists what I know\.$/);
  });

  it('answers "help" with the help', () => {
    expect(responseReply({ kind: 'help', examples: ['who signed?'], articles: 1 })).toEqual(
      helpReply(['who signed?']),
    );
    expect(responseReply({ kind: 'help', examples: [], articles: 3 })).toEqual(helpReply([], 3));
  });

  it('with several articles, help says what “this” means and how to pick the article', () => {
    const several = embedOf(helpReply(['who signed?'], 3)).description;
    expect(several).toContain(
      '`/article` lists what I know.\nWith several articles, “this” (“who wrote this?”, “what is this article about?”, `/summary`) means the one this channel is talking about',
    );
    expect(several).toContain(
      'ask about another with `/ask article:` or `/summary article:`.\n\nTry: “who signed?”',
    );
    expect(embedOf(helpReply(['who signed?'], 1)).description).not.toContain('“this”');
  });

  it('answers a greeting in words, with examples quoted and escaped', () => {
    expect(responseReply({ kind: 'courtesy', courtesy: 'thanks', examples: ['who *signed*?'] })).toEqual({
      content: "You're welcome! Ask me anything else about the article. For example: “who \\*signed\\*?”",
    });
  });

  it('answers "what is this about?" with the summary, or says that nothing is loaded', () => {
    const summary = { article: ferry, sentences: [APPROVED] };
    expect(responseReply({ kind: 'summary', summary })).toEqual(summaryReply(summary));
    expect(embedOf(responseReply({ kind: 'summary', summary: undefined }))).toEqual({
      color: RED,
      description: 'No article is loaded yet.',
    });
  });

  it('asks which article is meant when several are loaded and none is named, and how to pick one', () => {
    const reply = responseReply({ kind: 'choose-article', asked: 'summary', articles: [ferry, market] });
    expect(reply).toEqual(chooseArticleReply('summary', [ferry, market]));
    const embed = embedOf(reply);
    expect(embed.title).toBe('Which article?');
    expect(embed.color).toBe(0x1565c0);
    expect(embed.description).toBe(
      [
        'I have 2 articles: which one should I summarise?',
        '- Harbour Council Approves New Ferry Terminal (3 March 2026)',
        '- Fish \\*Market\\* Closes',
        'Pick one with `/summary article:`, or ask me something about one of them first.',
      ].join('\n'),
    );
    expect(embedOf(chooseArticleReply('author', [ferry, market])).description).toMatch(
      /^I have 2 articles: which one's author do you mean\?\n[^]*Pick one with `\/ask article:`, or ask/,
    );
  });

  it('points a typed /command to the slash commands', () => {
    expect(responseReply({ kind: 'command', name: 'sum*mary', args: '' })).toEqual({
      content:
        "I can't run “/sum\\*mary” from a message. My commands are `/ask`, `/summary`, `/article`, `/help`: type `/` in the message box to pick one.",
    });
  });
});

describe('short replies', () => {
  it('/learn says what was added, or why nothing was', () => {
    expect(
      learnedReply({
        file: 'web/ferry.md',
        title: 'Ferry *news*',
        sentences: 12,
        url: 'https://x.example',
        replaced: false,
      }),
    ).toEqual({ content: 'Added “Ferry \\*news\\*” (12 sentences) as web/ferry.md.' });
    expect(embedOf(learnFailedReply(new WebPageError('timeout')))).toEqual({
      color: RED,
      description: 'Nothing was added. The site took too long to answer.',
    });
  });

  it('slow down names whole seconds, at least one', () => {
    expect(slowDownReply(4.2)).toEqual({ content: 'Slow down — you can ask again in 5 s.' });
    expect(slowDownReply(0.01)).toEqual({ content: 'Slow down — you can ask again in 1 s.' });
  });

  it('an error is red, with a general message unless told what went wrong', () => {
    expect(embedOf(errorReply())).toEqual({
      color: RED,
      description: 'Something went wrong while answering. Please try again.',
    });
    expect(embedOf(errorReply('x'.repeat(5000))).description).toHaveLength(DISCORD_LIMITS.EMBED_DESCRIPTION);
  });
});
