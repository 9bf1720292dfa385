import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// src/core is pure TypeScript that runs anywhere (browser, worker, Node): only the ECMAScript globals. Every
// browser or Node global that is not also an ES one (window, document, console, setTimeout, process, Buffer,
// TextEncoder, crypto …) is an error there; what core needs from a host is passed in by the layer above.
const ES_GLOBALS = new Set(Object.keys(globals.es2024));
const HOST_GLOBALS = [...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)])].filter(
  (name) => !ES_GLOBALS.has(name),
);

export default ts.config(
  {
    ignores: [
      'dist/',
      'dev-dist/',
      'node_modules/',
      'wasm/build/',
      'wasm/assembly/',
      'data-samples/',
      'tests/fixtures/',
      'bench/results/',
      'test-results/',
      '.tmp/',
      'screenshots/',
      'playwright-report/',
      'dev-dist/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  // Layering (docs/architecture.md#layers): lower layers never import upper ones.
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/data/**',
            '**/app/**',
            '**/ui/**',
            '**/charts/**',
            '**/cli/**',
            '@duckdb/*',
            'd3*',
            'node:*',
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...HOST_GLOBALS.map((name) => ({
          name,
          message:
            'src/core uses ECMAScript globals only (no DOM, no Node): pass it in from the layer above.',
        })),
      ],
    },
  },
  {
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/app/**', '**/ui/**', '**/charts/**', '**/cli/**'] },
      ],
    },
  },
  {
    files: ['src/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/data/**', '**/app/**', '**/ui/**', '**/cli/**', '@duckdb/*'] },
      ],
    },
  },
  {
    files: ['src/app/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/ui/**', '**/cli/**'] }] },
  },
);
