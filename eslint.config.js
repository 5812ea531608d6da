// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Page content is hostile: HTML may reach the DOM only through utils/safe-html.ts,
// which sanitises with DOMPurify at the sink.
const noRawHtml = {
  'no-restricted-syntax': ['error',
    { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Use setSanitizedHtml() from utils/safe-html.ts.' },
    { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Use setSanitizedHtml() from utils/safe-html.ts.' },
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Use <ArticleBody> (sanitises at the sink).' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'docs/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly', location: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', performance: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', navigator: 'readonly', getComputedStyle: 'readonly', KeyboardEvent: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      ...noRawHtml,
    },
  },
  {
    // The sanitising module itself, and tests that build hostile fixtures.
    files: ['utils/safe-html.ts', 'utils/extract/sanitize.ts', 'tests/**', 'scripts/**', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
