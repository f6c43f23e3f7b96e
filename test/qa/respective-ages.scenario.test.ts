/**
 * Scenario: the ages of a list given in order ("Joe and Maya Lund, aged 44 and 39 respectively,"):
 * "how old is Maya Lund?" is 39, not the first age. A story written for the test (session 33). The
 * lead's description credited to the person named next was reverted after review (docs/measured.md).
 */
import { describe, expect, it } from 'vitest';
import { story } from '../support/chat.js';

const farm = [
  'Couple swap city life for hill farm',
  'A couple have bought a hill farm in Powys after twenty years in Birmingham.',
  'Joe and Maya Lund, aged 44 and 39 respectively, plan to keep sheep and open a campsite.',
  'Mrs Lund said the move had been "the best decision we ever made".',
];

describe('the ages of a list, in the order written', () => {
  it('"how old is Maya Lund?" → 39, "Mrs Lund" too, and Joe 44', () => {
    const engine = story('farm.txt', ...farm);
    expect(engine.ask('how old is Maya Lund?').answer?.text).toBe('39');
    expect(engine.ask('how old is Mrs Lund?').answer?.text).toBe('39');
    expect(engine.ask('how old is Joe Lund?').answer?.text).toBe('44');
  });
});
