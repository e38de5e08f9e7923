// Lint rules (eslint flat config with typescript-eslint), as the model Actions use: catch bugs
// and unsafe patterns; layout is prettier's job (npm run format:write).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**', '.dist-build-*/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      // Readers and reports handle hostile bytes: control characters in patterns are deliberate.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Never pass a library message through: an `eval` or `Function` would also execute input.
      // Parsers are declared before the handlers that read them and assigned once after.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['test/**', 'scripts/**'],
    // Test stand-ins match routes with `(r = m(...))` chains and build hostile inputs by hand.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-useless-assignment': 'off' },
  },
);
