// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'coverage/', 'dist/', 'scratch/', 'reports/', '.stryker-tmp/'] },
  {
    files: ['scripts/**', 'test/**/*.mjs'],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A non-null assertion on process.env is how unvalidated config sneaks in; src/config.ts is the one door.
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read the environment through src/config.ts only.',
        },
      ],
    },
  },
  {
    files: ['src/config.ts', 'test/**', 'bench/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Owners add their own articles to knowledge/ and then run `npm test`: a test that loads that folder
    // fails on their articles. Tests load the seed alone (seedKnowledge() in test/support/seed.ts). Reading
    // the seed file itself by its path is fine. (`\x2F` is "/": selectors cannot hold one in a regex.)
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/[\\x2F:]knowledge[\\x2F]?$/]',
          message:
            'Load the seed article alone (seedKnowledge() from test/support/seed.ts), not the knowledge/ folder.',
        },
      ],
    },
  },
  {
    files: ['src/knowledge/**', 'src/qa/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'discord.js', message: 'The engine stays free of Discord; put this in src/discord.' },
          ],
        },
      ],
    },
  },
);
