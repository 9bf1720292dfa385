import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { builtinModules } from 'node:module';
import svelteConfig from './svelte.config.js';

// src/core is pure TypeScript that runs anywhere (browser, worker, Node): only the ECMAScript globals. Every
// browser or Node global that is not also an ES one (window, document, console, setTimeout, process, Buffer,
// TextEncoder, crypto …) is an error there; what core needs from a host is passed in by the layer above.
const ES_GLOBALS = new Set(Object.keys(globals.es2024));
const HOST_GLOBALS = [...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)])].filter(
  (name) => !ES_GLOBALS.has(name),
);

// Layering (docs/architecture.md#layers): lower layers never import upper ones.
const UPPER = {
  'src/core': ['**/data/**', '**/app/**', '**/ui/**', '**/charts/**', '**/cli/**', '@duckdb/*', 'd3*'],
  'src/data': ['**/app/**', '**/ui/**', '**/charts/**', '**/cli/**'],
  'src/charts': ['**/data/**', '**/app/**', '**/ui/**', '**/cli/**', '@duckdb/*'],
  'src/app': ['**/ui/**', '**/cli/**'],
  'src/ui': ['**/cli/**'],
};

// Node-only code is named for it: in src, only `*.node.ts` files (and the CLI) may import Node's modules or the
// Node builds of DuckDB, so a browser bundle can never pull one in and a reader sees from the name where a
// file runs. A file that imports a `*.node.ts` file is Node-only too.
const NODE_ONLY_MESSAGE =
  'Node-only: import it from a *.node.ts file (or src/cli), see docs/architecture.md.';
const NODE_ONLY = {
  paths: builtinModules.map((name) => ({ name, message: NODE_ONLY_MESSAGE })),
  patterns: [
    {
      group: ['node:*', '@duckdb/node-api', '@duckdb/duckdb-wasm/blocking', '**/*.node.ts'],
      message: NODE_ONLY_MESSAGE,
    },
  ],
};

const layerRules = Object.entries(UPPER).flatMap(([layer, upper]) => {
  const upperPatterns = [
    { group: upper, message: 'Layers import downward only (docs/architecture.md#layers).' },
  ];
  return [
    {
      files: [`${layer}/**`],
      ignores: ['**/*.node.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          { paths: NODE_ONLY.paths, patterns: [...upperPatterns, ...NODE_ONLY.patterns] },
        ],
      },
    },
    {
      files: [`${layer}/**/*.node.ts`],
      rules: { 'no-restricted-imports': ['error', { patterns: upperPatterns }] },
    },
  ];
});

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
  ...layerRules,
  {
    files: ['src/core/**'],
    rules: {
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
);
