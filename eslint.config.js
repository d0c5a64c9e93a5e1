// ESLint flat config: typescript-eslint's recommended rules on the sources, tests and scripts.
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', '.tmp/', 'tools/node24/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-control-regex': 'off' // the log reader matches control characters on purpose (NUL, BOM, C0 in hostile input)
    }
  },
  {
    files: ['__tests__/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } }
  }
)
