// Type-checked typescript-eslint rules over everything we compile; Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'var/**', '.tap/**', 'coverage/**', 'bench/.peer/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The read path's builders (a plan read, a tiltak's view and history, an audit page, the HTTP bodies made of
    // them) extend objects with Object.assign or withFields, never with a spread: docs/performance.md, "Spread
    // copies", has the micro-bench (scripts/spread-microbench.mjs) behind the rule. Scoped by the builders'
    // names, so that it follows them wherever they live.
    files: ['src/projections/**/*.ts', 'src/http/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'FunctionDeclaration[id.name=/(Body|View|Summary|Entry)$/] ObjectExpression > SpreadElement',
          message:
            'No object spread in a read-path builder: use withFields (src/shared/with-fields.ts) or Object.assign({}, …) (docs/performance.md, "Spread copies").',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // tap's assertion helpers are typed loosely; tests may pass them async callbacks.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
);
