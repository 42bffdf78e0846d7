// @hono/eslint-config, as Hono's own packages use it, with a rule against import cycles.
// Type-aware rules read the three tsconfigs: the Worker, its tests inside workerd, and Node.
import baseConfig from '@hono/eslint-config'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

export default [
  {
    ignores: ['node_modules/', 'dist/', '.wrangler/', 'test-results/', 'worker-configuration.d.ts'],
  },
  ...baseConfig,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tests/worker/tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
        noWarnOnMultipleProjects: true,
      },
    },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['./tsconfig.json', './tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // Where this code deliberately differs from Hono's own style:
      // guard clauses stay on one line (`if (!article) throw notFound()`);
      curly: 'off',
      // with `noUncheckedIndexedAccess`, `!` marks a lookup the line before has made sure of;
      '@typescript-eslint/no-non-null-assertion': 'off',
      // types come from schemas (`type X = v.InferOutput<...>`), not interfaces;
      '@typescript-eslint/consistent-type-definitions': 'off',
      // `import { x, type T }` from one module stays one import;
      'import-x/consistent-type-specifier-style': 'off',
      '@typescript-eslint/array-type': 'off',
      // async methods that implement a Promise-returning interface need no `await`.
      '@typescript-eslint/require-await': 'off',
      // explicit type arguments may document what a call returns.
      '@typescript-eslint/no-unnecessary-type-arguments': 'off',
    },
  },
  {
    // The layers (see docs/architecture.md): nothing imports upward, and the Worker's rooms that
    // sit side by side (http/ and views/) do not import each other.
    files: ['src/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/cache', from: './src', except: ['./cache'] },
            { target: './src/text', from: './src', except: ['./text', './cache'] },
            {
              target: './src/schema',
              from: './src',
              except: ['./schema', './text', './cache', './site.ts'],
              message: 'schema/ imports nothing above it (only text/, cache/ and site.ts).',
            },
            { target: './src/http', from: './src/views', message: 'http/ and views/ stay apart.' },
            { target: './src/views', from: './src/http', message: 'http/ and views/ stay apart.' },
            {
              target: './src/!(publish)/**',
              from: './src/publish',
              message: 'The Worker never imports the Node-only publish step.',
            },
          ],
        },
      ],
      // Hono's public API only: hono/utils/* are its internals, and move between releases.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['hono/utils/*'], message: "Import from Hono's public API." }] },
      ],
      // The JSX source is set once, in tsconfig.base.json: no file picks another runtime.
      'no-warning-comments': ['error', { terms: ['@jsxImportSource'], location: 'anywhere' }],
    },
  },
  {
    // The root imports what it wires in the order it wires it: middleware, then the sub-apps in
    // mount order. (That order is also the bundle's module order, which gzip is sensitive to.)
    files: ['src/index.tsx'],
    rules: {
      'import-x/order': [
        'error',
        { groups: ['external', 'builtin', 'internal', 'parent', 'sibling', 'index'] },
      ],
    },
  },
  {
    // A hono/jsx element renders with `toString()`, which may return a Promise.
    files: ['src/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/await-thenable': 'off',
    },
  },
  {
    // Command-line tools end with an exit code.
    files: ['src/publish/**', 'bench/**', 'scripts/**'],
    rules: { 'n/no-process-exit': 'off' },
  },
  {
    // `new URL(path, import.meta.url)`: Node's URL and the Workers types' URL are one class.
    files: ['src/publish/**', 'bench/**', 'tests/support/**'],
    rules: { '@typescript-eslint/no-unsafe-class-instance-assignment': 'off' },
  },
  {
    // Tests read untyped JSON and XML from the responses they check, and check defensively.
    files: ['tests/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-deprecated': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
]
