/**
 * Stage 4c of the pipeline (`engine.ts`), after the learned re-ranking: orders read from what the
 * question asks. Each stage moves, among the best few passages, those that give the asked thing (a
 * definition, the asked person's words, a margin, a scoreline, the verb's doer) ahead of the rest, or
 * the other sex's sentences, or a question someone is quoted asking, behind; a question that asks none
 * of these passes through a stage as it came. They run in `ASKED_ORDERS`'s order: a later stage's
 * order wins where two disagree.
 */
import type { Sentence } from '../knowledge/types.js';
import { isWrittenAsName, mayBePeopleHead } from './answer-kind.js';
import { definitionAsked, describes } from './definition-asked.js';
import { namesContest } from './doer-verbs.js';
import type { Group } from './expansion.js';
import { asksMargin, marginsIn } from './margin.js';
import { PASSAGE_CANDIDATES } from './passage-model.js';
import { aboutTheOtherSex, askedPronounSex, couldBeAsked } from './pronoun-sex.js';
import { referentsOf, toldGender } from './referents.js';
import type { Ranked } from './rerank.js';
import type { Entity } from './entities.js';
import type { Span } from './span-input.js';
import { saysRoleOnlyPossessed, titlesHolder, type AskedRole } from './holder-asked.js';
import { asksAboutAsking, asksWhatIsAsked } from './asked-in-passage.js';
import { givesResult, givesScoreline, SCORELINE_TERM } from './scoreline.js';
import type { SearchIndex } from './search-index.js';
import { SPEECH_ASKED_VERBS, speakerAsked, speakerTest, speakerWords } from './speaker.js';
import { capitalAfterFirst, tokenize, type Token } from './text.js';
import {
  agentsOfVerb,
  namesAskedThing,
  nounLemma,
  objectHead,
  subjectsOfVerb,
  subjectVerb,
  whichSubjectVerb,
  type AskedVerb,
} from './verb-subject.js';
import { isCommonWord } from './wordnet.js';
import { agentStemsOf, introducesDoer } from './titled-doer.js';
import { asksVoteResult, givesTally } from './vote-tally.js';

/** What the stages read of a question. */
export interface AskedOrder {
  readonly index: SearchIndex;
  /** The question as written (parsed): what a speaker or a margin is asked by. */
  readonly read: string;
  /**
   * The question as the reader meant it: its "he" or "she" put as the person the conversation reads it
   * as ("who is she?" about Priya Raman asks what the story calls her), else as written.
   */
  readonly meant: string;
  /** The question's word groups, as expanded (and lent the names of the people read). */
  readonly groups: readonly Group[];
  /** The people the conversation's pronoun was read as, if any: whose words "what did they say?" asks. */
  readonly people?: readonly string[] | undefined;
  /** The role the meant question asks the holder of (`askedRole`), read once for ranking and answer. */
  readonly role: AskedRole | undefined;
}

type Stage = (ranked: Ranked[], asked: AskedOrder) => Ranked[];

/** In order: a later stage's order wins where two disagree (a doer of the verb before a definition). */
const ASKED_ORDERS: readonly Stage[] = [
  assertersFirst,
  leadFirst,
  describersFirst,
  speakersFirst,
  marginsFirst,
  talliesFirst,
  scoresFirst,
  doersFirst,
  roleHoldersFirst,
  otherSexLast,
];

/** The best passages put in the order the question asks for, each stage applied in turn. */
export function askedFirst(ranked: Ranked[], asked: AskedOrder): Ranked[] {
  return ASKED_ORDERS.reduce((order, stage) => stage(order, asked), ranked);
}

/**
 * Of the best few passages (PASSAGE_CANDIDATES), those `first` holds for come first, each group in its
 * order; the rest of the ranking after them. `first` is asked once a passage.
 */
function firstWhere(ranked: readonly Ranked[], first: (r: Ranked) => boolean): Ranked[] {
  const head = ranked.slice(0, PASSAGE_CANDIDATES);
  const flags = head.map(first);
  return [
    ...head.filter((_, i) => flags[i]),
    ...head.filter((_, i) => !flags[i]),
    ...ranked.slice(PASSAGE_CANDIDATES),
  ];
}

/**
 * Of the best few passages (PASSAGE_CANDIDATES), each one `first` holds for moves ahead of those before
 * it that it does not hold for, unless one of them holds a word of `groups` it lacks (then it stops
 * behind that one); the rest of the ranking after them. `first` is asked once a passage. `alsoHolds`
 * gives groups a passage holds in other words (a pronoun standing for the asked thing).
 */
function firstHolding(
  ranked: readonly Ranked[],
  groups: readonly Group[],
  first: (r: Ranked) => boolean,
  alsoHolds: (r: Ranked) => readonly Group[] = () => [],
): Ranked[] {
  const head = ranked.slice(0, PASSAGE_CANDIDATES).map((r) => {
    const stems = new Set(r.tokens.map((t) => t.stem));
    const also = alsoHolds(r);
    const holds = groups.filter((g) => also.includes(g) || g.terms.some((t) => stems.has(t.stem)));
    return { r, first: first(r), holds };
  });
  for (let j = 1; j < head.length; j++) {
    const d = head[j];
    if (d?.first !== true) continue;
    let p = j;
    for (; p > 0; p--) {
      const before = head[p - 1];
      if (before === undefined || before.first || !before.holds.every((g) => d.holds.includes(g))) break;
    }
    if (p < j) head.splice(p, 0, ...head.splice(j, 1));
  }
  return [...head.map((h) => h.r), ...ranked.slice(PASSAGE_CANDIDATES)];
}

/**
 * "Why is it closing?": a passage that holds a word of the question only inside a question someone is
 * quoted asking and leaves unanswered ("If you close them, where does the next generation come from?")
 * says nothing of it, so it goes behind the best few that do not (`asked-in-passage.ts`). The first
 * stage, so any order a later one asks for wins; a question about a question ("what did she ask?")
 * reads questions as answers.
 */
function assertersFirst(ranked: Ranked[], { index, meant, groups }: AskedOrder): Ranked[] {
  if (asksAboutAsking(meant)) return ranked;
  const text = (r: Ranked) => index.docs[r.id]?.sentence.text ?? '';
  return firstWhere(ranked, (r) => !asksWhatIsAsked(text(r), r.tokens, groups));
}

/**
 * "Who won?" of a race report: a news story says its main event first, so of the best few passages the
 * lead (the first body sentence) of the best one's story goes ahead of those before it that hold no
 * question word it lacks (`firstHolding`), when it holds every word of a question that asks its verb's
 * subject and names that subject (`namesDoer`): "Amina Yusuf won the women's race…" before the side
 * race's "Tom Hale won the men's wheelchair race…, his third win in a row", which says the asked word
 * twice. A question with a word the lead lacks asks a detail it does not say ("who won the wheelchair
 * race?"); one asking something else than a doer ("how long will the repairs take?") is no question
 * about the main event's doer; a lead that names no doer ("…will seize land owned by a British
 * company", "A baker from Penford has won…") leaves the order to the passages that do.
 */
function leadFirst(ranked: Ranked[], { index, meant: question, groups }: AskedOrder): Ranked[] {
  const asked = groups.filter((g) => g.terms.length > 0);
  const top = ranked[0];
  const verb = subjectVerb(question);
  if (asked.length === 0 || top === undefined || verb === undefined) return ranked;
  const article = index.articles[index.articleOf[top.id] ?? -1];
  const lead = article?.sentences.find((s) => s.role === 'body');
  if (lead === undefined) return ranked;
  const isLead = (r: Ranked) => {
    if (index.docs[r.id]?.sentence !== lead) return false;
    const stems = new Set(r.tokens.map((t) => t.stem));
    return (
      asked.every((g) => g.terms.some((t) => stems.has(t.stem))) &&
      namesDoer(index, r, doerNames(index, r, verb, question), verb)
    );
  };
  return firstHolding(ranked, groups, isLead);
}

/**
 * "What is Icstis?": among the best few, the sentences that say what the named thing is first, in
 * their order (`definition-asked.ts`); any other question as ranked.
 */
function describersFirst(ranked: Ranked[], { index, meant: question }: AskedOrder): Ranked[] {
  const asked = definitionAsked(question);
  if (asked === undefined) return ranked;
  return firstWhere(ranked, (r) => describes(index.docs[r.id]?.sentence.text ?? '', asked, r.tokens));
}

/**
 * "What did they say?": of the best few passages, those whose speaker is the person asked about
 * (`speaker.ts`) first, in their order; the rest after. Unchanged for any other question.
 */
function speakersFirst(ranked: Ranked[], { index, read: question, people, groups }: AskedOrder): Ranked[] {
  const asked = speakerAsked(question);
  if (asked === undefined) return ranked;
  const spoken = speakerTest(speakerWords(asked, people));
  const entitiesOf = (s: Sentence) => index.entitiesOf(s);
  const says = (r: Ranked) => {
    const sentence = index.docs[r.id]?.sentence;
    const article = index.articles[index.articleOf[r.id] ?? -1];
    if (sentence === undefined || article === undefined) return false;
    // "He said…": the person its pronoun stands for, or those it fits equally, as the conversation's
    // person settles a tie (`ConversationPerson`).
    const read = referentsOf(article, entitiesOf);
    const referents = [
      read.one.get(sentence.index) ?? read.quoted.get(sentence.index) ?? [],
      read.tied.get(sentence.index) ?? [],
    ].flat();
    const words = referents.flatMap((r) => r.name.toLowerCase().split(/\s+/));
    return spoken(sentence.text, referents.length > 0 ? words : undefined);
  };
  // "What did Helen Marsh say about older people?": of the speaker's words, those on what is asked
  // about first ('"For a lot of older people…"', not "…said the sale had completed"): the words of the
  // question that are neither the speaker's name nor the verb of saying, by how many a passage holds.
  const speaker = new Set(speakerWords(asked, undefined));
  const topic = groups.filter((g) => !speaker.has(g.word) && !SPEECH_VERBS.has(g.word));
  const held = (r: Ranked) => {
    const stems = new Set(r.tokens.map((t) => t.stem));
    return topic.filter((g) => g.terms.some((t) => stems.has(t.stem))).length;
  };
  const head = ranked.slice(0, PASSAGE_CANDIDATES);
  const flags = head.map(says);
  const theirs = head.filter((_, i) => flags[i]);
  const counts = new Map(theirs.map((r) => [r, topic.length === 0 ? 0 : held(r)]));
  return [
    ...theirs.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0)),
    ...head.filter((_, i) => !flags[i]),
    ...ranked.slice(PASSAGE_CANDIDATES),
  ];
}

/** The verbs a question asks someone's words by (`speakerAsked`): no word of what they spoke about. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_ASKED_VERBS);

/**
 * "Whats the margin?": of the best few passages, those that give one ("wins … by 812 votes",
 * `margin.ts`) first, in their order; not "the first woman to lead the city". Unchanged for any other
 * question.
 */
function marginsFirst(ranked: Ranked[], { index, read: question }: AskedOrder): Ranked[] {
  if (!asksMargin(question)) return ranked;
  return firstWhere(ranked, (r) => marginsIn(index.docs[r.id]?.sentence.text ?? '').length > 0);
}

/**
 * "How did the vote go?": of the best few passages, those that give a vote's tally ("voted six to
 * three", `vote-tally.ts`) first, in their order; not "Ruth Bellamy, who voted against, said…", which
 * says how one member voted. Unchanged for any other question.
 */
function talliesFirst(ranked: Ranked[], { index, read: question }: AskedOrder): Ranked[] {
  if (!asksVoteResult(question)) return ranked;
  return firstWhere(ranked, (r) => givesTally(index.docs[r.id]?.sentence.text ?? ''));
}

/**
 * "What was the final score?": of the best few passages, those that give a scoreline ("a 3-2
 * victory", `scoreline.ts`) first, in their order, and of those the ones giving the game's result
 * first; not "…to score the penalty". Unchanged for any other question (only a score question's
 * noun searches for scorelines: `expandQuestion`).
 */
function scoresFirst(ranked: Ranked[], { index, groups }: AskedOrder): Ranked[] {
  if (!groups.some((g) => g.terms.some((t) => t.stem === SCORELINE_TERM))) return ranked;
  const text = (r: Ranked) => index.docs[r.id]?.sentence.text ?? '';
  const scores = firstWhere(ranked, (r) => givesScoreline(text(r)));
  // The game's result ("a 2-1 win") before a score on the way ("levelled it at 1-1"), unless it lacks
  // a word of the question the other holds: "by what score did Kasatkina beat Boulter?" is not
  // answered by another match's "a 6-3, 7-6 (8-6) win over Tommy Paul" ahead of "Kasatkina beat
  // Katie Boulter 6-2, 6-1".
  // A noun naming a contest ("game", "match", "final") is no such word: a match report's result
  // need not name it ("what was the final score of the game?" is not "level at 1-1 at half-time").
  const other = groups.filter(
    (g) => !g.terms.some((t) => t.stem === SCORELINE_TERM) && !namesContest(g.word),
  );
  return firstHolding(scores, other, (r) => givesResult(text(r)));
}

/**
 * "Who won?": of the best few passages, one in which a name is the subject of the question's verb or
 * of a way of doing it ("Harlow Town beat…", `subjectsOfVerb`) comes before those in which no one is
 * (a quote whose "Winning the derby…" has no subject), unless it lacks a word of the question one of
 * them holds ("who scored the winner?": "Jamie Osei scored from the edge of the box" does not go
 * before "Kieran Doyle headed the winner"). A noun naming a contest ("match", "final") is no such
 * word: the story is about the contest, and its lead does not name it again. (Any noun that names a
 * happening in one of its commonest senses was tried: "parliament" is also a card game, and "Roman
 * Catholics form…" went before the constitution that formed the Parliament of Victoria, squad-dev.) Unchanged for a question
 * that does not ask its verb's subject.
 */
function doersFirst(ranked: Ranked[], { index, meant: question, groups }: AskedOrder): Ranked[] {
  const which = whichSubjectVerb(question);
  const verb = subjectVerb(question) ?? which?.asked;
  if (verb === undefined) return ranked;
  const other = groups.filter(
    (g) => g.word !== verb.verb.word && g.word !== which?.noun && !namesContest(g.word),
  );
  // "Who found the violin?" of "The violin was found on Friday by Tom Askew": the agent of a passive
  // said of the thing the question asks about (one of its own words) did the asked verb to it.
  const asked = new Set(other.flatMap((g) => g.terms.filter((t) => t.weight === 1).map((t) => t.stem)));
  const done = (t: Token) => asked.has(t.stem);
  // Asked once a passage: the ordering below asks it twice; and a passage's names once for both tests.
  const read = new Map<Ranked, boolean>();
  const namesOf = new Map<Ranked, { span: Entity }[]>();
  const names = (r: Ranked) => {
    let found = namesOf.get(r);
    if (found === undefined) namesOf.set(r, (found = doerNames(index, r, verb, question)));
    return found;
  };
  const doer = (r: Ranked) => {
    let is = read.get(r);
    if (is === undefined) read.set(r, (is = namesDoer(index, r, names(r), verb, done)));
    return is;
  };
  // "She was discovered on Sunday by Keith Dunmore": a pronoun the passive is said of stands for
  // something named before, and may be the asked thing; such a passage holds the words the question
  // puts after its verb (the thing done to) through it, and goes ahead of those that name it.
  const pronoun = (t: Token) => PASSIVE_PRONOUN.has(t.word);
  // The pronoun stands for the object's head only ("dog" of "who found the dog?"): "She was found … by
  // PC Nina Shaw" says nothing of "guilty" in "who found Marsh guilty?".
  const head = objectHead(question, verb);
  const object = other.filter(
    (g) => head !== undefined && objectWord(question, verb, g.word) && nounLemma(g.word) === head,
  );
  const through = (r: Ranked) =>
    object.length > 0 && !doer(r) && namesDoer(index, r, names(r), verb, pronoun) ? object : [];
  // "The seller, retired geography teacher Geoffrey Lamb, …" of "who sold it?": the verb's agent noun
  // opening an apposition names the doer (`introducesDoer`), as a name the verb's subject does.
  const agents = agentStemsOf(verb.verb.word);
  const text = (r: Ranked) => index.docs[r.id]?.sentence.text ?? '';
  const introduced = (r: Ranked) => agents.size > 0 && !verb.passive && introducesDoer(text(r), agents);
  return firstHolding(ranked, other, (r) => doer(r) || introduced(r) || through(r).length > 0, through);
}

/** Subject pronouns a passive may be said of, standing for a thing or an animal named before. */
const PASSIVE_PRONOUN: ReadonlySet<string> = new Set(['it', 'she', 'he']);

/** Is `word` one the question puts after its verb ("tortoise" of "who found the tortoise?")? */
function objectWord(question: string, verb: AskedVerb, word: string): boolean {
  return tokenize(question).some((t) => t.start > verb.verb.start && t.word === word);
}

/**
 * "Who is the boss of SkyNorth?": of the best few passages, one that titles someone with the asked role
 * ("Chief executive Fiona Gallacher said…", `holder-asked.ts`) moves ahead of those before it that name
 * no person and do not say the role (the lead, "SkyNorth also confirmed it would close its base…",
 * which holds the organisation's name but says no one holds anything). It stops behind a passage
 * naming someone or saying the role ("The club's new owner, Redbird Capital,": a body may hold it): that
 * person may hold the role in other words ("the shipyard's managing director, Lars Eide" for "the boss
 * of the shipyard", where the firm's chief executive is the boss of another body), unless the role is
 * said there only of a deputy, a former, outgoing or shadow holder. Unchanged for a question that asks
 * no role's holder.
 */
function roleHoldersFirst(ranked: Ranked[], { index, role }: AskedOrder): Ranked[] {
  if (role === undefined) return ranked;
  const head = ranked.slice(0, PASSAGE_CANDIDATES).map((r) => {
    const entities = index.entities(r.id);
    const text = index.docs[r.id]?.sentence.text ?? '';
    const titles = titlesHolder(role, text, r.tokens, entities);
    // "…said he had full confidence in his chancellor": the role said only of someone unnamed.
    const possessed = titles === undefined && saysRoleOnlyPossessed(role.stems, text, r.tokens);
    const person = entities.some((e) => e.type === 'person');
    const says = r.tokens.some((t) => role.stems.has(t.stem));
    // A name of two words or more inside the sentence, which the tagger may not know ("Ravi Shah").
    const name = entities.some(
      (e) =>
        e.start > 0 && /\s/u.test(text.slice(e.start, e.end)) && isWrittenAsName(text.slice(e.start, e.end)),
    );
    return {
      r,
      holder: titles === 'holder',
      // Names someone and says the role, of no one else: it may tell who holds it ("Tenby has a new mayor
      // after councillors chose Ravi Shah"), which one titling only the outgoing holder does not.
      may: titles === undefined && !possessed && (person || name) && says,
      other: titles === 'other',
      // Someone who may hold the role: a person named, or the role said ("The club's new owner, Redbird
      // Capital, said…": an organisation holds it); not when the role is said only of a deputy, a
      // former, outgoing or shadow holder ("The shadow chancellor, Luke Grant, said…"), who does not.
      // Nor when it names only people the sentence does not give the role ("The prime minister, David
      // Allen, said he had full confidence in his chancellor"): a holder's passage goes ahead of it.
      named: titles !== 'other' && !possessed && (person || says),
    };
  });
  for (let j = 1; j < head.length; j++) {
    const h = head[j];
    if (h === undefined || !(h.holder || h.may)) continue;
    // One that may tell goes only ahead of those titling another holder.
    const passes = (q: (typeof head)[number] | undefined) =>
      h.holder ? q?.named === false : q?.other === true;
    let p = j;
    while (p > 0 && passes(head[p - 1])) p--;
    if (p < j) head.splice(p, 0, ...head.splice(j, 1));
  }
  return [...head.map((h) => h.r), ...ranked.slice(PASSAGE_CANDIDATES)];
}

/**
 * Is one of the passage's `names` (`doerNames`) the subject of the verb (or of a way of doing it:
 * `subjectsOfVerb`)? With `done`, also the agent of a passive whose subject passes it (`agentsOfVerb`).
 */
function namesDoer(
  index: SearchIndex,
  r: Ranked,
  names: { span: Entity }[],
  verb: AskedVerb,
  done?: (t: Token) => boolean,
): boolean {
  const passage = { text: index.docs[r.id]?.sentence.text ?? '', tokens: r.tokens };
  if (names.length > 0 && subjectsOfVerb(names, verb, passage).length > 0) return true;
  if (done === undefined) return false;
  // "The body was discovered by a dog walker": a phrase for a kind of person after the passive's "by"
  // did it as a name would.
  return agentsOfVerb([...names, ...rolesAfterBy(passage)], verb, passage, done).length > 0;
}

/** The names of the passage that may have done what the question asks ("who found the tortoise?"). */
function doerNames(index: SearchIndex, r: Ranked, verb: AskedVerb, question: string): { span: Entity }[] {
  const text = index.docs[r.id]?.sentence.text ?? '';
  // A name: written as one, and not only by opening the sentence ("Council approves new harbour
  // bridge" names no council), unless the tagger knows it as someone or somewhere, or a later word
  // of it has a capital too and one of its words is only a name ("Brackley Harriers sealed a 24-20
  // win"): not in a headline, whose words may all have one, nor a title of office of common words,
  // which English capitalises too and which names no one ("Local Pastors are called by God…").
  const body = index.docs[r.id]?.sentence.role !== 'title';
  return (
    index
      .entities(r.id)
      .filter(
        (e) =>
          isWrittenAsName(text.slice(e.start, e.end)) &&
          (e.start > 0 ||
            e.type === 'person' ||
            e.type === 'organization' ||
            e.type === 'place' ||
            (body &&
              capitalAfterFirst(text.slice(e.start, e.end)) &&
              holdsNameOnly(text.slice(e.start, e.end)))),
      )
      .map((e) => ({ span: e }))
      // "Missing tortoise Shelley found…" of "who found the tortoise?": the asked thing, not its doer.
      .filter((c) => !namesAskedThing(c.span, verb, question, { text, tokens: r.tokens }))
  );
}

/**
 * The phrases right after a "by" and an article (at most `ROLE_WORDS` words of lower case, none a
 * stopword) whose last word is a kind of person or a body of people ("a dog walker", "local
 * fishermen", "the lifeboat crew": `mayBePeopleHead`), as spans.
 */
function rolesAfterBy({ text, tokens }: { text: string; tokens: readonly Token[] }): { span: Span }[] {
  const roles: { span: Span }[] = [];
  tokens.forEach((t, b) => {
    if (t.word !== 'by') return;
    let i = b + 1;
    if (/^(?:a|an|the)$/.test(tokens[i]?.word ?? '')) i++;
    for (let k = i; k < i + ROLE_WORDS && k < tokens.length; k++) {
      const u = tokens[k] as Token;
      const words = text.slice((tokens[i] as Token).start, u.end);
      if (u.stop || !/^[\p{Ll}\s-]+$/u.test(words)) break;
      const next = tokens[k + 1];
      // The phrase's last word: the next word is not part of it (a stopword, or after a comma).
      const ends = next === undefined || next.stop || /[^\s]/u.test(text.slice(u.end, next.start));
      if (ends && mayBePeopleHead(words))
        roles.push({ span: { text: words, start: (tokens[i] as Token).start, end: u.end } });
    }
  });
  return roles;
}

/** At most this many words in a phrase for a kind of person after "by" ("local fishermen"). */
const ROLE_WORDS = 3;

/**
 * "When did he die?": the passages whose subject is the other sex's pronoun ("She died in 2015.") go
 * after the others, in their order (`pronoun-sex.ts`): they are about someone else. A ranking, not a
 * refusal: a reader who wrote the wrong pronoun still finds them further down. Not a sentence that
 * names a person ("She found Mr Hughes beneath the fallen rock"): the one the question's pronoun
 * stands for may be that person, and the opening pronoun then only says who else was there. Only a
 * person who may be of the asked sex (`couldBeAsked`): "nursed by her daughter Sarah Hale" is no "he".
 */
function otherSexLast(ranked: Ranked[], { index, meant: question }: AskedOrder): Ranked[] {
  const asked = askedPronounSex(tokenize(question));
  if (asked === undefined) return ranked;
  const entitiesOf = (s: Sentence) => index.entitiesOf(s);
  const mayBeAsked = (r: Ranked): boolean => {
    const text = index.docs[r.id]?.sentence.text ?? '';
    const article = index.articles[index.articleOf[r.id] ?? -1];
    const told = (name: string) =>
      article === undefined ? undefined : toldGender(article, entitiesOf, name);
    return index
      .entities(r.id)
      .some((e) => e.type === 'person' && couldBeAsked(text.slice(e.start, e.end), asked, told));
  };
  const other = (r: Ranked) => aboutTheOtherSex(r.tokens, asked) && !mayBeAsked(r);
  return [...ranked.filter((r) => !other(r)), ...ranked.filter(other)];
}

/** Is one of the phrase's words only a name, one WordNet lists as nothing else or not at all ("Brackley")? */
function holdsNameOnly(phrase: string): boolean {
  return tokenize(phrase).some((t) => !t.stop && !isCommonWord(t.word));
}
