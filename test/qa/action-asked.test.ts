import { describe, expect, it } from 'vitest';
import { actionAsked } from '../../src/qa/action-asked.js';

describe('actionAsked', () => {
  it('reads "what did X do", with the words that place the action', () => {
    expect(actionAsked('what did the mayor do after the flood?')).toEqual({
      form: 'did',
      subject: 'the mayor',
      head: 'mayor',
      pronoun: false,
      reader: false,
      vague: false,
      habitual: false,
      adjunct: 'after the flood',
    });
  });

  it('reads "what does X do?" as what X does as a rule, "what did X do?" as an action told', () => {
    expect(actionAsked('what does Icstis do?')?.habitual).toBe(true);
    expect(actionAsked('what do they do?')?.habitual).toBe(true);
    expect(actionAsked('what did Lezley Picton do?')?.habitual).toBe(false);
    expect(actionAsked('what is the council doing about it?')?.habitual).toBe(false);
  });

  it('reads "what is X doing", "what has X done" and "what will X do"', () => {
    expect(actionAsked('what is the council doing about the potholes')?.head).toBe('council');
    expect(actionAsked('What has the board done?')?.head).toBe('board');
    expect(actionAsked('what will the union do next?')?.adjunct).toBe('next');
  });

  it('reads a pronoun subject, and leaves a condition out of the adjunct', () => {
    expect(actionAsked('what should I do if I find a dead fox?')).toEqual({
      form: 'did',
      subject: '',
      head: '',
      pronoun: true,
      reader: true,
      vague: false,
      habitual: false,
      adjunct: '',
    });
    expect(actionAsked('what did she do in athens')?.adjunct).toBe('in athens');
  });

  it('reads "what happened to X" and "what became of X", the subject ending at a preposition', () => {
    expect(actionAsked('what happened to the chair of governors')).toMatchObject({
      form: 'happened',
      subject: 'the chair of governors',
      head: 'chair',
    });
    expect(actionAsked("what's happened to the shares since monday?")).toMatchObject({
      subject: 'the shares',
      adjunct: 'since monday',
    });
    expect(actionAsked('what became of the ship?')?.head).toBe('ship');
  });

  it('reads no action where "do" is the auxiliary of another verb, an infinitive or a complement', () => {
    expect(actionAsked('what do the unions want')).toBeUndefined();
    expect(actionAsked('what did the government fail to do in court?')).toBeUndefined();
    expect(actionAsked('What does BT suggest customers do to stop it?')).toBeUndefined();
    expect(actionAsked('what is the government thinking of doing to boost the birth rate')).toBeUndefined();
    expect(actionAsked('what did they do the work for')).toBeUndefined();
    expect(actionAsked('What had to happen to each mission first?')).toBeUndefined();
    expect(actionAsked('what happened in 2014?')).toBeUndefined();
    expect(actionAsked('who did the mayor meet?')).toBeUndefined();
  });

  it('reads a misspelt word as the engine corrected it', () => {
    expect(actionAsked('wot did the mayor do', [{ from: 'wot', to: 'what' }])?.head).toBe('mayor');
  });
});

describe('actionAsked: whose action a pronoun asks', () => {
  it('reads "I", "you" and "we" as the reader asking advice', () => {
    expect(actionAsked('what can I do to report a pothole?')).toMatchObject({ reader: true });
    expect(actionAsked('what should we do if the power goes off')).toMatchObject({ reader: true });
    expect(actionAsked('what did she do in athens')).toMatchObject({ reader: false, vague: false });
  });

  it('reads "it" and "they" as naming no one, unless words before "what" may name them', () => {
    expect(actionAsked('what did it do on Monday?')).toMatchObject({ vague: true });
    expect(actionAsked('what will they do in July?')).toMatchObject({ vague: true });
    expect(actionAsked('If the vote is lost, what does it do to the plan?')).toMatchObject({ vague: false });
  });
});
