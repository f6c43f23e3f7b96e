// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The fronts and what only they use: no engine layer imports them. */
const FRONTS = ['discord', 'cli', 'console', 'format', 'web'];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'coverage/', 'dist/', 'dist-bench/', 'scratch/', 'reports/', '.stryker-tmp/'],
  },
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
  // Layers, lowest first: src/nlp (the tagger), src/knowledge (articles), src/qa (the engine), then the
  // fronts. Each imports only layers before it and never discord.js. One block per folder: a later
  // block's no-restricted-imports replaces an earlier one's for the same file, it does not add to it.
  ...[
    ['src/nlp/**', ['knowledge', 'qa']],
    ['src/knowledge/**', ['qa']],
    ['src/qa/**', []],
  ].map(([files, above]) => ({
    files: [/** @type {string} */ (files)],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'discord.js', message: 'The engine stays free of Discord; put this in src/discord.' },
          ],
          patterns: [
            {
              group: [...above, ...FRONTS].map((folder) => `**/${folder}/*`),
              message: 'A lower layer (src/nlp < src/knowledge < src/qa < the fronts) imports none above it.',
            },
          ],
        },
      ],
    },
  })),
);
