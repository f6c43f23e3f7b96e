/**
 * Unit tests for `time-said.ts`: whether a question asks "when" by its own word, and whether a passage
 * says a time that is not the question's own words (a date or an adjunct of time).
 */
import { describe, expect, it } from 'vitest';
import { stem, tokenize } from '../../src/qa/text.js';
import { asksWhen, saysTime, topicAfter } from '../../src/qa/time-said.js';

/** The question's words as stems, as the answerability stage passes them. */
const asked = (...words: string[]) => new Set(words.map(stem));
const view = (text: string) => ({ text, tokens: tokenize(text) });

describe('asksWhen', () => {
  it('reads "when" followed by an auxiliary, or "when\'s", as the question\'s word', () => {
    expect(asksWhen('When is the match?')).toBe(true);
    expect(asksWhen("when's his first game for them")).toBe(true);
    expect(asksWhen('whens the concert')).toBe(true);
    expect(asksWhen('so when did they find it')).toBe(true);
  });

  it('reads "when" of a present simple with a generic subject as a condition, not a time', () => {
    // "When is a player sent off?" asks for what, not at what time; such questions go to the calibrator.
    expect(asksWhen('when is a player sent off?')).toBe(false);
    expect(asksWhen('When is an election called')).toBe(false);
    expect(asksWhen('when do players get sent off')).toBe(false);
    expect(asksWhen('When can oxygen gas produce a toxic condition?')).toBe(false);
    expect(asksWhen('when does it open')).toBe(true);
    expect(asksWhen('when is half-time')).toBe(true);
    expect(asksWhen('when does she fire the kiln?')).toBe(true);
    expect(asksWhen('when is his next game')).toBe(true);
    expect(asksWhen('when does jones play again')).toBe(true);
  });

  it('does not read a clause of time before another question', () => {
    expect(asksWhen('When does it rain, is the bridge shut?')).toBe(false);
  });

  it('does not read a clause of time in a question asking something else', () => {
    expect(asksWhen('When violence is used, what is it called?')).toBe(false);
    expect(asksWhen('When large groups boycott a system it can be considered?')).toBe(false);
    expect(asksWhen('what happens when the river floods')).toBe(false);
    expect(asksWhen('where is the match?')).toBe(false);
  });
});

describe('saysTime', () => {
  it('finds a date, a word of time or an adjunct of time', () => {
    expect(saysTime(view('The hall reopened in the 1990s.'), asked('hall', 'reopen'))).toBe(true);
    expect(saysTime(view('The hall reopened last month.'), asked('hall', 'reopen'))).toBe(true);
    expect(saysTime(view('It was not published until after the end of the war.'), asked('publish'))).toBe(
      true,
    );
    expect(
      saysTime(view('The library has been shut since the river burst its banks.'), asked('library', 'shut')),
    ).toBe(true);
  });

  it('finds none in a passage that says only what happened', () => {
    expect(
      saysTime(view('Ireland will lead the team in the charity match at Twickenham.'), asked('match')),
    ).toBe(false);
  });

  it("does not count an adjunct made of the question's own words", () => {
    // "Before the match" says nothing of when the match was.
    const passage = view('Before the match, the coach had said a win would put the club on the map.');
    expect(saysTime(passage, asked('match', 'play'))).toBe(false);
    expect(saysTime(passage, asked('coach', 'say'))).toBe(true);
  });

  it('reads a noun WordNet files as a time, after a preposition, plurals by their lemma', () => {
    const scored = asked('adeyemi', 'score');
    expect(saysTime(view('Adeyemi scored in the 58th minute.'), scored)).toBe(true);
    expect(saysTime(view('Tillingham levelled at half-time.'), asked('tillingham', 'level'))).toBe(true);
    expect(saysTime(view('The parade starts at dusk outside the clubhouse.'), asked('parade'))).toBe(true);
    expect(
      saysTime(view('The crew won the title in springtime, by two lengths.'), asked('crew', 'win')),
    ).toBe(true);
    expect(saysTime(view('The juniors practise in the summers.'), asked('junior', 'practise'))).toBe(true);
    expect(saysTime(view('Shah picked up a stick at the age of nine.'), asked('shah', 'stick'))).toBe(true);
  });

  it('reads an event the question does not name, and "as a" with a person, as saying when', () => {
    expect(saysTime(view('She also scored on her debut against Wellingford.'), asked('score'))).toBe(true);
    expect(saysTime(view('She also scored on her debut against Wellingford.'), asked('score', 'debut'))).toBe(
      false,
    );
    expect(saysTime(view('As a schoolgirl she practised drag flicks.'), asked('practise', 'drag'))).toBe(
      true,
    );
    expect(saysTime(view('Byrne took up the game as a student in Dublin.'), asked('byrne', 'game'))).toBe(
      true,
    );
  });

  it('reads an adverb whose commonest sense is defined by a time', () => {
    expect(saysTime(view('She fires the kiln overnight.'), asked('fire', 'kiln'))).toBe(true);
    expect(saysTime(view('The bridge will reopen soon.'), asked('bridge', 'reopen'))).toBe(true);
    expect(saysTime(view('She fires the kiln herself.'), asked('fire', 'kiln'))).toBe(false);
    // A link with nothing after it is an adverb: "before" as "earlier in time".
    expect(saysTime(view('The two sides had met before.'), asked('side', 'meet'))).toBe(true);
    expect(saysTime(view('Price was sent off afterwards.'), asked('price', 'sent', 'off'))).toBe(true);
  });

  it('counts a time of two words unless the question says both', () => {
    const passage = view('The bridge was repaired last month.');
    expect(saysTime(passage, asked('bridge', 'last', 'repair'))).toBe(true);
    expect(saysTime(passage, asked('bridge', 'last', 'month', 'repair'))).toBe(false);
  });

  it('reads "may" as the month only when written as one', () => {
    expect(saysTime(view('Residents may object to the plan.'), asked('resid', 'object'))).toBe(false);
    expect(saysTime(view('May residents object to the plan?'), asked('resid', 'object'))).toBe(false);
    expect(saysTime(view('Residents objected to the plan in May.'), asked('resid', 'object'))).toBe(true);
  });

  it('reads a clause of time over its first four content words only', () => {
    // The fifth ("ground") is past the adjunct; the four before it are the question's own.
    const passage = view('The parade was held after the cup final replay at home ground.');
    expect(saysTime(passage, asked('parade', 'cup', 'final', 'replay', 'home'))).toBe(false);
    expect(saysTime(passage, asked('parade', 'cup', 'final', 'home'))).toBe(true);
  });
});

describe('topicAfter', () => {
  /** `topicAfter` at the passage's first token `word`. */
  const topicAt = (text: string, word = 'on') => {
    const passage = view(text);
    return topicAfter(
      passage,
      passage.tokens.findIndex((t) => t.word === word),
    );
  };

  it('reads "on" after a noun of what is said or done as its topic', () => {
    expect(topicAt('The ministers signed an agreement on ferry cooperation.')).toBe(true);
    expect(topicAt('Talks on trade were held at the town hall.')).toBe(true);
    expect(topicAt('The union published a report on pay.')).toBe(true);
    expect(topicAt('Councillors will hold a vote on the plan.')).toBe(true);
    expect(topicAt('MPs backed a ban on hunting.')).toBe(true);
  });

  it('reads "on" after a verb, or after a noun of another kind, as no topic', () => {
    expect(topicAt('She also scored on her debut.')).toBe(false);
    expect(topicAt('The firm reported on the merger.')).toBe(false);
    expect(topicAt('The crowd sang on the terraces.')).toBe(false);
  });

  it('reads the word before "on" as a noun only where the words before it make it one', () => {
    expect(topicAt('Residents held a protest on the closure of the road.')).toBe(true);
    expect(topicAt('Harbour boards began talks on the merger of the ports.')).toBe(true);
    expect(topicAt('The board signed a new contract on the bridge.')).toBe(true);
    // After a modal, "to" or another verb the word is a verb (or its object), though WordNet lists it as a noun.
    expect(topicAt('The town band will play on the opening of the festival.')).toBe(false);
    expect(topicAt('Residents plan to protest on the closure of the road.')).toBe(false);
    expect(topicAt('The ferry will start service on the completion of the pier.')).toBe(false);
  });

  it('reads "at" and "in" after such a noun, and "on" across a comma, as no topic', () => {
    expect(topicAt('Her evidence at the trial was heard.', 'at')).toBe(false);
    expect(topicAt('The report in the inquiry was leaked.', 'in')).toBe(false);
    expect(topicAt('They signed the agreement, on the eve of the summit.')).toBe(false);
  });
});

describe('saysTime with a topic after "on"', () => {
  it('reads "an agreement on cooperation" as saying no time, "scored on her debut" as one', () => {
    const signed = asked('minist', 'sign', 'agreement');
    expect(
      saysTime(view('The ministers signed an agreement on military-technical cooperation.'), signed),
    ).toBe(false);
    expect(saysTime(view('The two sides held talks on trade links.'), asked('side', 'hold'))).toBe(false);
    expect(saysTime(view('She also scored on her debut against Wellingford.'), asked('score'))).toBe(true);
  });

  it('reads a happening named alone or as someone\'s after "on" as a time, whatever the noun before', () => {
    expect(saysTime(view('He made a statement on his return.'), asked('statement'))).toBe(true);
    expect(saysTime(view('Her win on debut surprised the club.'), asked('win'))).toBe(true);
  });

  it('reads a happening that is someone\'s, with modifiers or a noun\'s "\'s", as a time after "on"', () => {
    expect(
      saysTime(
        view('Holloway gave a speech on her first visit to the site.'),
        asked('holloway', 'give', 'speech'),
      ),
    ).toBe(true);
    expect(
      saysTime(
        view("Reyes made her comments on the team's return from Lisbon."),
        asked('reyes', 'make', 'comment'),
      ),
    ).toBe(true);
    expect(
      saysTime(
        view("The coach gave a speech on the team's arrival at the stadium."),
        asked('coach', 'give', 'speech'),
      ),
    ).toBe(true);
    expect(
      saysTime(
        view('The president made a statement on his first visit to the region.'),
        asked('president', 'statement'),
      ),
    ).toBe(true);
  });

  it('reads the beginning or end of something after "on" as a time, whatever the noun before', () => {
    expect(
      saysTime(
        view('The ferry will start a service on the completion of the pier.'),
        asked('ferri', 'start', 'servic'),
      ),
    ).toBe(true);
    expect(saysTime(view('They held a vote on the close of the session.'), asked('hold', 'vote'))).toBe(true);
    expect(
      saysTime(
        view('The town band will play on the opening of the festival.'),
        asked('town', 'band', 'play'),
      ),
    ).toBe(true);
  });

  it('reads a bare topic after a contract, a protest or talks as saying no time', () => {
    expect(
      saysTime(view('The council signed a contract on bridge construction.'), asked('contract', 'sign')),
    ).toBe(false);
    expect(saysTime(view('Residents held a protest on road safety.'), asked('resid', 'protest'))).toBe(false);
    expect(saysTime(view('Harbour boards began talks on ferry trade.'), asked('talk', 'held'))).toBe(false);
  });

  it('keeps "on the X of Y" a time: a topic and a time are written alike there', () => {
    // Review of when45: "a performance on the visit of the prince" is when; "a protest on the closure
    // of the road" is what, and nothing in the words tells them apart.
    expect(
      saysTime(
        view('The school band gave a performance on the visit of the prince.'),
        asked('band', 'give', 'perform'),
      ),
    ).toBe(true);
    expect(
      saysTime(view('Drivers began a strike on the dismissal of a colleague.'), asked('driver', 'strike')),
    ).toBe(true);
    expect(
      saysTime(
        view('The crew held a reception on the arrival of the boat.'),
        asked('crew', 'hold', 'recept'),
      ),
    ).toBe(true);
    expect(
      saysTime(view('Residents held a protest on the closure of the road.'), asked('resid', 'protest')),
    ).toBe(true);
  });

  it('still reads a day or a date after a topic noun\'s "on" as a time', () => {
    expect(saysTime(view('The two sides held talks on Monday.'), asked('side', 'hold', 'talk'))).toBe(true);
    expect(
      saysTime(view('Councillors will hold a vote on the plan on 3 May.'), asked('councillor', 'vote')),
    ).toBe(true);
  });
});
