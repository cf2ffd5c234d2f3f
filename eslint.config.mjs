import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The import graph of the service, kept by the linter (see ARCHITECTURE.md):
// - the top (main.ts, app.module.ts, bootstrap/, cli/) may import anything; nothing imports it;
// - the bottom (common, config, identity, database) imports only the bottom;
// - a feature imports the bottom, its own files, and of another feature only the public surface:
//   its module, its services, its dto/ types and the few helpers listed as public below. An entity
//   may name another feature's entity as a relation target, because that is how TypeORM declares
//   the foreign key the database keeps; services still reach those tables only through the owner.
const BOTTOM = ['common', 'config', 'identity', 'database'];
const boundaryElements = [
  { type: 'top', pattern: 'src/bootstrap', partialMatch: false },
  { type: 'top', pattern: 'src/cli', partialMatch: false },
  ...BOTTOM.map((name) => ({ type: 'bottom', pattern: `src/${name}`, partialMatch: false })),
  { type: 'feature', pattern: 'src/*', capture: ['feature'], partialMatch: false },
  // main.ts and app.module.ts: the files of src/ itself.
  { type: 'top', pattern: 'src', partialMatch: false },
];
const boundaryFiles = [
  {
    category: 'public',
    pattern: [
      'src/*/*.module.ts',
      'src/**/*.service.ts',
      'src/**/dto/*.ts',
      'src/audit/audited-changes.ts',
      'src/jobs/scheduled-job.ts',
      'src/mail/mail-outbox.ts',
    ],
  },
  { category: 'entity', pattern: 'src/**/*.entity.ts' },
];
const toLibraries = { to: { module: { origin: ['external', 'core'] } } };

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'node_modules/**',
      '.data/**',
      'coverage/**',
      'jest.config.js',
      'eslint.config.mjs',
      'web/dist/**',
      'web/src/api/schema.d.ts',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': boundaryElements,
      'boundaries/files': boundaryFiles,
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { allow: toLibraries },
            { from: { element: { type: 'top' } }, allow: { to: { module: { origin: 'local' } } } },
            { from: { element: { type: 'bottom' } }, allow: { to: { element: { type: 'bottom' } } } },
            {
              from: { element: { type: 'feature' } },
              allow: [
                { to: { element: { type: 'bottom' } } },
                { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } },
                { to: { element: { type: 'feature' }, file: { categories: 'public' } } },
              ],
            },
            {
              from: { element: { type: 'feature' }, file: { categories: 'entity' } },
              allow: { to: { element: { type: 'feature' }, file: { categories: 'entity' } } },
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts', 'src/cli/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['web/scripts/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false },
      globals: { process: 'readonly', console: 'readonly' },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-console': 'off' },
  },
);
