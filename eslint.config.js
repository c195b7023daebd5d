// Lint: TypeScript and Svelte, plus the layer rule of DESIGN.md as errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/** Who may import whom (DESIGN.md, "Layers"). Each zone: files in `target` may not import from `from`. */
const layerZones = [
  { target: './src/core', from: ['./src/contract', './src/node', './src/ui', './electron'], message: 'src/core is pure: it imports nothing outside src/core.' },
  { target: './src/contract', from: ['./src/node', './src/ui', './electron'], message: 'src/contract may import src/core only.' },
  { target: './src/node', from: ['./src/ui', './electron'], message: 'src/node never imports the renderer or Electron.' },
  { target: './src/ui', from: ['./src/node', './electron'], message: 'The renderer reaches data only through the API (src/contract).' },
  { target: './electron/preload', from: ['./src/node', './src/ui', './src/core', './electron/main'], message: 'The preload imports only electron and contract types.' },
  { target: './electron/main', from: ['./src/ui', './electron/preload'], message: 'Electron main binds src/node and src/contract; never the renderer.' },
];

/** Modules that would bring I/O or a runtime into a layer that must not have one. */
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'stream', 'worker_threads'];
const restrictedIn = (names, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: names, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.vite/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json', 'src/*/tsconfig.json'], noWarnOnMultipleProjects: true })],
      'import-x/extensions': ['.ts', '.js', '.svelte'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // TypeScript resolves names; ESLint's copy of the globals list only gets in its way.
      'no-undef': 'off',
      // Sanitizers and escapers match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] }, globals: { ...globals.browser } },
  },
  {
    files: ['src/ui/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/core/**', 'src/contract/**'],
    rules: {
      ...restrictedIn([...nodeBuiltins, 'electron', 'better-sqlite3', 'svelte', 'svelte/*', 'jsdom', 'playwright-core'], 'src/core and src/contract are pure: no I/O, no runtime.'),
      'no-restricted-globals': ['error', 'document', 'window', 'process', 'Buffer', 'require', '__dirname', 'fetch', 'localStorage'],
    },
  },
  {
    files: ['src/ui/**'],
    rules: restrictedIn([...nodeBuiltins, 'electron', 'better-sqlite3', 'jsdom'], 'The renderer has no Node and no database: call the API.'),
  },
  {
    files: ['electron/preload/**'],
    rules: restrictedIn([...nodeBuiltins, 'better-sqlite3'], 'The preload exposes send/onEvent and nothing else.'),
  },
);
