// Lint: typescript-eslint's recommended rules with a few of our own, over every package, the scripts
// and the tests (`npm run lint`, in CI). Kept small on purpose: the rules catch mistakes, prettier-like
// layout is not checked.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/src/generated/**', 'gateway/public/**', 'dashboard/dist/**', 'dashboard/src/gql/**', '.data/**', 'schemas/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused names are mistakes, except a deliberate `_` prefix.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Logs go through pino (the kit's logger); scripts print with process.stdout.
      'no-console': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Tests read GraphQL answers loosely and print what they measured; scripts are command-line tools.
    files: ['**/__tests__/**', 'test/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-console': 'off' },
  },
  {
    // A process entry reports a failed start on stderr before (or instead of) its logger.
    files: ['services/*/src/index.ts', 'gateway/src/index.ts'],
    rules: { 'no-console': ['error', { allow: ['error'] }] },
  },
);
