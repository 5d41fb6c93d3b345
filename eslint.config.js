// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.gate/',
      '**/node_modules/',
      'coverage/',
      '**/.wrangler/',
      'src/gateway/gateway-config.validator.js',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        TextDecoder: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS helpers (jest set-up files).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The example gateway is a Worker: the runtime's web globals.
    files: ['examples/**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'Request',
          'Response',
          'Headers',
          'fetch',
          'crypto',
          'atob',
          'btoa',
          'TextEncoder',
          'AbortSignal',
          'URLSearchParams',
          'setTimeout',
          'clearTimeout',
        ].map((g) => [g, 'readonly']),
      ),
    },
  },
  {
    // CommonJS files jest loads itself (test/helpers/*.cjs: a setup file, the test environment).
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
