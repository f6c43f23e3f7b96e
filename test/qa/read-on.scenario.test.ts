/**
 * Scenarios: "tell me more", "more", "go on", "and?" after an answer read on in the story from where the
 * answer was found, as a reader who kept reading would (the story's sentences, not a photo caption set
 * among them); with nothing answered before, the reply says so.
 * Through the console chat (its conversation is the one person at the console) and `respond`, which
 * every front routes by.
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { parseWebArticle } from '../../src/knowledge/web-page.js';
import { classifyMessage } from '../../src/qa/intent.js';
import { Engine } from '../../src/qa/engine.js';
import { readingAfter, respond } from '../../src/qa/respond.js';

const FERRY = parseArticle(
  'ferry.txt',
  [
    'Island ferry returns after winter repairs',
    '',
    'The ferry to Marrow Island will sail again on Monday after three months in dry dock.',
    'Engineers replaced both engines and rebuilt the car deck.',
    'The work cost the harbour board £2.4 million, paid from its reserves.',
    '',
    'Captain Ines Aldana said the crew had missed the crossing.',
    'Fares will stay at £6 for foot passengers until the spring.',
    '',
  ].join('\n'),
);
const engine = new Engine([FERRY]);
const say = (conversation: Conversation, message: string) =>
  reply(engine, message, false, conversation) ?? '';

describe('"tell me more" after an answer reads on from its passage', () => {
  it('"who paid for the work?" then "tell me more" gives the next sentences, then "more" the ones after', () => {
    const conversation: Conversation = {};
    expect(say(conversation, 'who paid for the work?')).toContain('harbour board');
    const more = say(conversation, 'tell me more');
    expect(more).toContain('Captain Ines Aldana said the crew had missed the crossing.');
    expect(more).toContain('Fares will stay at £6');
    expect(more).not.toContain('£2.4 million'); // the answer itself is not said again
    expect(more).toContain('— Island ferry returns after winter repairs');
    // Nothing left after those: the story ends there, and says so rather than repeating itself.
    expect(say(conversation, 'more')).toBe(
      'That is the end of “Island ferry returns after winter repairs”: ask me anything else about it.',
    );
  });

  it('"go on" and "and?" read on one step at a time', () => {
    const conversation: Conversation = {};
    say(conversation, 'when will the ferry sail again?');
    const first = say(conversation, 'go on');
    expect(first).toContain('Engineers replaced both engines');
    expect(first).toContain('£2.4 million');
    expect(say(conversation, 'and?')).toContain('Captain Ines Aldana');
  });

  it('after "what is this about?", "more" reads on with what the gist left out', () => {
    const conversation: Conversation = {};
    const gist = say(conversation, 'what is this about?');
    const more = say(conversation, 'more please');
    // Every sentence "more" shows is one the gist did not.
    for (const line of more.split('\n').slice(0, -1)) expect(gist).not.toContain(line);
  });

  it('with no answer before it, "tell me more" says so briefly, and searches nothing', () => {
    expect(say({}, 'tell me more')).toBe(
      'More of what? Ask me a question first; then "more" reads on from its answer.',
    );
    // A question the story does not answer is no answer to read on from either.
    const conversation: Conversation = {};
    say(conversation, 'who is the mayor of the city?');
    expect(say(conversation, 'tell me more')).toMatch(/^More of what\?/);
  });

  it('a greeting or thanks in between keeps the place', () => {
    const conversation: Conversation = {};
    say(conversation, 'who paid for the work?');
    say(conversation, 'thanks!');
    expect(say(conversation, 'go on')).toContain('Captain Ines Aldana');
  });
});

describe('what counts as asking for more', () => {
  it.each([
    'more',
    'tell me more',
    'Tell me more!',
    'ok, can you tell me more please',
    'go on',
    'and?',
    'and then?',
    'what else?',
    'keep going',
    'anything else?',
    'more details',
    'what happened next?',
  ])('"%s"', (message) => {
    expect(classifyMessage(message)).toEqual({ kind: 'more' });
  });

  it.each([
    'tell me more about the engines',
    'more than how many passengers?',
    'what else did the engineers do?',
  ])('"%s" names what it wants: a question', (message) => {
    expect(classifyMessage(message).kind).toBe('question');
  });

  it("the place is the answer's sentence; a refusal keeps the place of the answer before it", () => {
    const answered = respond(engine, 'who paid for the work?');
    expect(readingAfter(answered, undefined)).toEqual({ article: 'ferry.txt', shown: [3] });
    const refused = respond(engine, 'who is the mayor of the city?');
    expect(refused.kind === 'answer' && refused.answer.answered).toBe(false);
    expect(readingAfter(refused, { article: 'ferry.txt', shown: [3] })).toEqual({
      article: 'ferry.txt',
      shown: [3],
    });
    expect(readingAfter(refused, undefined)).toBeUndefined();
  });

  it('"tell me more" after questions it could not answer reads on from the last answer, not "more of what?"', () => {
    const conversation: Conversation = {};
    const say = (message: string) => reply(engine, message, false, conversation) ?? '';
    const first = say('who paid for the work?');
    expect(first).not.toContain("couldn't find");
    expect(say('who is the mayor of the city?')).toContain("couldn't find");
    expect(say('what colour is the ferry?')).toContain("couldn't find");
    const more = say('tell me more');
    expect(more).not.toContain('More of what?');
    expect(more).toBe(
      reply(engine, 'tell me more', false, { reading: { article: 'ferry.txt', shown: [3] } }),
    );
  });
});

describe('"more" on a web page reads the story, not the photo captions set among its paragraphs', () => {
  // A slideshow's caption outside a <figcaption>, as news agencies word it ("In this photo …"), before
  // and inside the story's paragraphs.
  const PAGE = parseWebArticle(
    'launch.html',
    `<html><head><title>Cargo ship lost after launch</title></head><body><article>
      <h1>Cargo ship lost after launch</h1>
      <h2>In this photo dated Tuesday, the rocket with the cargo ship is installed on a launch pad in Baikonur. (Agency photo via AP)</h2>
      <p>MOSCOW (AP) — An unmanned cargo ship heading to the space station broke up over Siberia on Thursday, minutes after its launch from Baikonur.</p>
      <p>In this Dec. 1 file photo, engineers prepare the cargo ship for its launch at Baikonur, Kazakhstan, before dawn.</p>
      <p>The space agency said the craft had stopped sending data six minutes after the launch. Its experts were looking into the fault.</p>
      <p>It was the third failed launch of a cargo ship in two years, the agency said.</p>
    </article></body></html>`,
  );
  if (PAGE === undefined) throw new Error('the page holds no article');
  const page = new Engine([PAGE]);

  it('"what was the unmanned cargo ship heading to?" then "more": the next sentences of the story, no caption', () => {
    const conversation: Conversation = {};
    expect(reply(page, 'what was the unmanned cargo ship heading to?', false, conversation)).toContain(
      'space station',
    );
    const more = reply(page, 'tell me more', false, conversation) ?? '';
    expect(more).toContain('stopped sending data six minutes after the launch');
    expect(more).toContain('Its experts were looking into the fault.');
    expect(more).not.toContain('In this');
  });
});

describe('"more" asked of a named article (the /ask article option)', () => {
  const BAKERY = parseArticle(
    'bakery.txt',
    [
      'Village bakery reopens',
      '',
      'The bakery on Mill Lane opened its doors again on Saturday.',
      'Its new owner, Tomas Reyes, trained in Lyon.',
      'Bread will be baked on site every morning.',
      '',
    ].join('\n'),
  );
  const two = new Engine([FERRY, BAKERY]);

  it('reads on from the place read in that article, not from one in another story', () => {
    const asked = respond(two, 'who paid for the work?', { article: FERRY.id });
    const reading = readingAfter(asked, undefined);
    expect(reading?.article).toBe(FERRY.id);
    const other = respond(two, 'tell me more', { article: BAKERY.id }, { ...(reading ? { reading } : {}) });
    expect(other).toEqual({ kind: 'more', read: { kind: 'nothing-shown' } });
    const same = respond(two, 'tell me more', { article: FERRY.id }, { ...(reading ? { reading } : {}) });
    expect(same.kind === 'more' && same.read.kind).toBe('passages');
  });
});
