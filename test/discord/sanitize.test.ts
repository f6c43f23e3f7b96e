/** What makes user and article text safe to show on Discord, and how text is cut to Discord's limits. */
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, truncate } from '../../src/discord/limits.js';
import { defuseMentions, safeText } from '../../src/discord/sanitize.js';

const ZWSP = '\u200b';

describe('defusing mentions', () => {
  it('breaks @everyone and @here, in any case and every time they occur', () => {
    expect(defuseMentions('@everyone and @here, @EVERYONE')).toBe(
      `@${ZWSP}everyone and @${ZWSP}here, @${ZWSP}EVERYONE`,
    );
  });

  it('breaks user, nickname, role and channel mentions', () => {
    expect(defuseMentions('<@123> <@!456> <@&789> <#1011>')).toBe(
      `<@${ZWSP}123> <@!${ZWSP}456> <@&${ZWSP}789> <#${ZWSP}1011>`,
    );
  });

  it('leaves other text, e-mail addresses and unclosed brackets as they were', () => {
    for (const text of ['who signed?', 'mail ann@example.org', '<@123', '<#abc>', '@ everyone']) {
      expect(defuseMentions(text)).toBe(text);
    }
  });

  it('safeText escapes markdown and defuses mentions', () => {
    expect(safeText('**bold** @here')).toBe(`\\*\\*bold\\*\\* @${ZWSP}here`);
  });
});

describe('cutting text to a limit', () => {
  it('leaves text that fits, to the character', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('', 0)).toBe('');
  });

  it('cuts longer text to exactly the limit, ending with an ellipsis and no dangling space', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab def', 4)).toBe('ab…');
    const title = truncate('x'.repeat(300), DISCORD_LIMITS.EMBED_TITLE);
    expect(title).toHaveLength(256);
    expect(title.endsWith('…')).toBe(true);
  });

  it('has the limits Discord documents', () => {
    expect(DISCORD_LIMITS).toMatchObject({
      MESSAGE_CONTENT: 2000,
      EMBED_DESCRIPTION: 4096,
      EMBED_TITLE: 256,
      EMBED_FIELD_NAME: 256,
      EMBED_FIELD_VALUE: 1024,
      EMBED_FOOTER: 2048,
      EMBED_TOTAL: 6000,
      AUTOCOMPLETE_CHOICES: 25,
      CHOICE_NAME: 100,
      CHOICE_VALUE: 100,
      STRING_OPTION: 6000,
      CUSTOM_ID: 100,
      INTERACTION_DEADLINE_MS: 3000,
    });
  });
});
