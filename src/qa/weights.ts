/**
 * The ranking's tuning numbers, in one object given to the engine (`new Engine(articles, { weights })`).
 * The defaults were chosen by measurement on held-out halves of the visible question sets
 * (`npm run bench:qa`); a benchmark tries others with `--set NAME=value`. Nothing changes them at run time.
 */
export interface Weights {
  /** BM25 term-frequency saturation and length normalisation (sentences are short: little normalisation). */
  K1: number;
  B: number;
  /** Share of a neighbouring sentence's score lent to a sentence (answers often sit next to the topic's name). */
  CONTEXT: number;
  /**
   * A sentence that opens by pointing back ("The group is notorious for…") and adds question words its
   * antecedent (one of the two sentences before it) lacks is credited with this share of the
   * antecedent's score for the words it lacks itself, and they count this much towards its confidence.
   */
  ANAPHORA: number;
  ANAPHORA_COVERAGE: number;
  /**
   * Share of the story's subject's name credited to a sentence of its story opening with one of its
   * pronouns ("He is 58." for "how old is he?" or "How old is Ruiz?"; `subject.ts`), as an antecedent's
   * words are (ANAPHORA). 0 turns the subject off, in questions too, as it is: at 1, held out, it kept
   * one more squad-dev question right first but refused one fewer unanswerable user question
   * (docs/measured.md).
   */
  SUBJECT: number;
  /**
   * Share of a person's name credited to a sentence opening with a pronoun that stands for them ("He
   * was born in Kumasi." after "Kwame Osei, 34, opened…", for "where was osei born?"; `referents.ts`),
   * as the story's subject's is (SUBJECT). 0 turns it off.
   */
  REFERENT: number;
  /**
   * Boost by the (rarity-weighted) share of question words found exactly as asked, not only by stem:
   * "offered" in the sentence for "offered" in the question is stronger evidence than "offer".
   */
  SURFACE_BOOST: number;
  SYNONYM_WEIGHT: number;
  /**
   * Weight of the synonyms of a WordNet collocation of the question ("pass away" → "died"), counted for
   * the keyword that carries it: a synonym like any other (the same as SYNONYM_WEIGHT, not tuned apart);
   * 0 turns the bridge off.
   */
  PHRASE_WEIGHT: number;
  /**
   * Weight of a number written the other way ("two" ↔ "2", "dozen" → "12"; see numbers.ts): weighed as
   * the synonyms are (not tuned apart); 0 turns it off.
   */
  NUMBER_WEIGHT: number;
  CORRECTION_WEIGHT: number;
  RELATED_WEIGHT: number;
  /**
   * Weight of a comparative's or superlative's synonyms in the same degree ("biggest" → "largest";
   * `sameDegreeSynonyms`): synonyms like any other (SYNONYM_WEIGHT, not tuned apart); 0 turns it off.
   */
  DEGREE_WEIGHT: number;
  /** Weight of longer forms of a known word ("success" → "successfully"), which the stemmer keeps apart. */
  EXTENSION_WEIGHT: number;
  /**
   * Weight of the words that tell of a question word's event in other words, for a word the articles
   * lack and that no synonym reads ("die" → "death", "killed"; `event-kin.ts`): synonyms like any other
   * (SYNONYM_WEIGHT, not tuned apart); 0 turns it off.
   */
  EVENT_WEIGHT: number;
  /**
   * Weight of the synonyms of the genus a noun the articles lack is defined by ("houses" → "homes":
   * `genusWords`): synonyms like any other (SYNONYM_WEIGHT, not tuned apart); 0 turns it off.
   */
  GENUS_WEIGHT: number;
  /**
   * Weight of the story's words for the kinds of a noun the question uses and the articles lack
   * ("animals" → "sheep", "kids" → "pupils": `kindScopes`, `namesKindOf`): synonyms like any other
   * (SYNONYM_WEIGHT, not tuned apart); 0 turns it off.
   */
  KIND_WEIGHT: number;
  /**
   * Weight of the story's verbs for the ways of doing what a verb the question uses and the articles
   * lack says ("complain" → "protested", "steal" → "pilfered": `verbKindWords`): synonyms like any other
   * (SYNONYM_WEIGHT, not tuned apart); 0 turns it off.
   */
  VERB_KIND_WEIGHT: number;
  /**
   * Weight of the words of a question word's WordNet definition, for a word the articles lack and that
   * nothing else reads ("golfer": "someone who plays the game of golf" → "golf"; see `definition`).
   */
  DEFINITION_WEIGHT: number;
  /**
   * Weight of a titled person's name lent to the question's role word and the other words of that
   * title ("the Iraqi minister" → "Obaidi"; `roles.ts`); 0 turns it off. Held out at 1 it first cost a
   * user question (docs/measured.md); since the role word the question asks for ("What English chemist
   * …") lends nothing and a lent name no longer counts as a question word in `novelty`, it moves no
   * visible question but the seed's "What did the Iraqi minister express gratitude for?".
   */
  TITLE_WEIGHT: number;
  /**
   * Share of a sentence's score given to the next sentence when the first lacks the asked type and the
   * next holds it (the answer follows the sentence that names the topic; see rerank.ts `answeredNext`).
   */
  NEXT_SENTENCE: number;
  /** Boost for a sentence naming something of the kind asked for ("What language…?" → "Dutch"). */
  KIND_BOOST: number;
  /** Boost for a sentence holding the kind of thing asked for (a person for "who", a date for "when"). */
  TYPE_BOOST: number;
  /** "Where" is asked about events, whose sentences name many places: a place after "in"/"at" is a strong sign. */
  PLACE_BOOST: number;
  /** Weight of Fuse.js token search in the final ranking of the best candidates. */
  FUSE_RERANK: number;
  /** Fuse token search builds an index per question, so it sees only the best few candidates. */
  FUSE_CANDIDATES: number;
  /** How many sentences a question collects before commoner words stop adding new ones (see `retrieve`). */
  MAX_CANDIDATES: number;
  /** How many top candidates are looked at for entity types and phrases. */
  RERANK: number;
  /** Boost when question words that are next to each other in the question are also close in the sentence. */
  PHRASE_BOOST: number;
  /** Favour sentences of the article that accounts for more of the question (folders of many articles). */
  ARTICLE_EXPONENT: number;
  /** Favour sentences that account for more of the question over ones that repeat one word of it. */
  COVERAGE_EXPONENT: number;
  /** How many tokens apart two words may be and still count as a phrase. */
  PHRASE_WINDOW: number;
  /** Another article's passage scoring at least this share of the best one makes the question ambiguous. */
  SEVERAL_ARTICLES: number;
  /**
   * Asked of a folder, another story's best passage scoring at least this share of the best story's
   * makes that story one to ask the question alone (`story-doubt.ts`).
   */
  STORY_DOUBT_RATIO: number;
  /**
   * The short answer (answer-span.ts): no span is offered when the best candidate's probability (from
   * the learned span-model.ts) is below this.
   */
  SPAN_MIN_SCORE: number;
  /**
   * How many characters before a place are searched for the preposition that makes it where something
   * happened ("convened in the city of St.Petersburg"), not an actor ("Russia said"); see span-parts.ts
   * `placeAfterPreposition`. Read by the re-ranking's answers and the short answer's candidates.
   */
  LOCATIVE_LOOK_BACK: number;
  /** Fuse.js's match threshold in the token search of the best candidates (0 exact, 1 anything). */
  FUSE_THRESHOLD: number;
  /**
   * Share of a question word's rarity that counts towards coverage when only a neighbouring sentence
   * holds it (and at the least when an antecedent does: ANAPHORA_COVERAGE); a next sentence brought in
   * for the asked type takes this share of its neighbour's coverage.
   */
  NEAR_COVERAGE: number;
  /**
   * A word found in a sentence with at least this share of its rarity (a synonym, a correction) covers
   * the question word fully; below it, in proportion.
   */
  FULL_MATCH: number;
  /**
   * How many of a question's head noun's senses (commonest first) are read for the kind it asks for
   * ("which minister" → a person): in the rarer ones a "machine" or an "instrument" is a person too.
   */
  KIND_NOUN_SENSES: number;
  /**
   * A word of a message one edit from a word that asks for the gist ("sumarize", "artcle") is read as
   * it when both are at least this long: shorter ones are one edit from too many other words.
   */
  MISSPELT_CUE_MIN: number;
  /**
   * A question word one edit from a function word this long or longer is read as it ("hapened" →
   * "happened"): a shorter one is one edit from too many others ("thy", "then").
   */
  MISSPELT_STOPWORD_MIN: number;
  /**
   * Share of its score a sentence two away lends as context (CONTEXT), where the next one lends all of
   * it. At most 1: retrieval's pruning bound takes a neighbour's lending as at most its own score.
   */
  CONTEXT_FAR: number;
  /** Longer forms of a known word (EXTENSION_WEIGHT) only for a stem this long: a shorter one starts too many other words. */
  EXTENSION_MIN: number;
  /**
   * A word no article holds is read as the English word one edit from it (`dictionaryCorrection`) only
   * when it is this long: a shorter one is one edit from too many others to pick one.
   */
  DICTIONARY_FIX_MIN: number;
}

export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({
  K1: 1.2,
  B: 0.5,
  CONTEXT: 0.3,
  ANAPHORA: 1,
  ANAPHORA_COVERAGE: 1,
  SUBJECT: 0,
  REFERENT: 1,
  SURFACE_BOOST: 0.8,
  SYNONYM_WEIGHT: 0.5,
  PHRASE_WEIGHT: 0.5,
  NUMBER_WEIGHT: 0.5,
  CORRECTION_WEIGHT: 0.9,
  RELATED_WEIGHT: 0.8,
  DEGREE_WEIGHT: 0.5,
  EXTENSION_WEIGHT: 0.6,
  EVENT_WEIGHT: 0.5,
  GENUS_WEIGHT: 0.5,
  KIND_WEIGHT: 0.5,
  VERB_KIND_WEIGHT: 0.5,
  DEFINITION_WEIGHT: 0.5,
  TITLE_WEIGHT: 1,
  NEXT_SENTENCE: 0.8,
  KIND_BOOST: 0.2,
  TYPE_BOOST: 0.4,
  PLACE_BOOST: 1,
  FUSE_RERANK: 0.7,
  FUSE_CANDIDATES: 5,
  MAX_CANDIDATES: 5_000,
  RERANK: 10,
  PHRASE_BOOST: 0.2,
  ARTICLE_EXPONENT: 1,
  COVERAGE_EXPONENT: 0.5,
  PHRASE_WINDOW: 3,
  SEVERAL_ARTICLES: 0.9,
  STORY_DOUBT_RATIO: 0.2,
  SPAN_MIN_SCORE: 0.05,
  LOCATIVE_LOOK_BACK: 30,
  FUSE_THRESHOLD: 0.4,
  NEAR_COVERAGE: 0.5,
  FULL_MATCH: 0.8,
  KIND_NOUN_SENSES: 1,
  MISSPELT_CUE_MIN: 6,
  MISSPELT_STOPWORD_MIN: 5,
  CONTEXT_FAR: 0.5,
  EXTENSION_MIN: 5,
  DICTIONARY_FIX_MIN: 5,
});
