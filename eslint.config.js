import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'

// Layers under src/: each may import only from itself and the folders in `allowed`.
// Type-only imports count too (import-x/no-restricted-paths checks every import declaration,
// `import type` included). App files directly in src/ (main.tsx, router.tsx, boot.ts, ...) are
// not a layer and may import anything; no layer may import them.
const LAYERS = [
  { layer: 'lib', allowed: [], message: 'src/lib imports nothing of the domain (no other src/ folder, no app file).' },
  { layer: 'corpus', allowed: ['lib'], message: 'src/corpus may import only src/lib.' },
  { layer: 'search', allowed: ['corpus', 'lib'], message: 'src/search may import only src/corpus and src/lib.' },
  { layer: 'importer', allowed: ['corpus', 'lib'], message: 'src/importer may import only src/corpus and src/lib.' },
  { layer: 'build', allowed: ['importer', 'search', 'corpus', 'lib'], message: 'src/build may import only src/importer, src/search, src/corpus and src/lib.' },
  { layer: 'research', allowed: ['search', 'corpus', 'lib'], message: 'src/research may import only src/search, src/corpus and src/lib.' },
  { layer: 'service', allowed: ['research', 'search', 'corpus', 'lib'], message: 'src/service may import only src/research, src/search, src/corpus and src/lib.' },
  {
    layer: 'features',
    allowed: ['service', 'research', 'search', 'corpus', 'lib'],
    message: 'src/features may import only src/service, src/research, src/search, src/corpus and src/lib (never src/routes, never the app files in src/).',
  },
  {
    layer: 'routes',
    allowed: ['features', 'service', 'research', 'search', 'corpus', 'lib'],
    message: 'src/routes may import only src/features, src/service, src/research, src/search, src/corpus and src/lib (never the app files in src/).',
  },
]

// Zone paths are resolved against this folder, not process.cwd(), so the rule holds whatever
// directory ESLint is started from (editor, `npm run lint`, the lint test).
const ROOT = import.meta.dirname

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/corpus', 'bench/results', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Statement text is untrusted: React elements only, never HTML strings.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Statement text is untrusted: build React elements instead.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Statement text is untrusted: never use innerHTML/outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Statement text is untrusted: never insert HTML strings.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without .ts/.tsx here import-x treats every TypeScript module as unparseable and
      // no-cycle silently finds nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      // Built-in resolver (unrs-resolver). Imports here carry explicit .ts/.tsx extensions,
      // which it resolves as plain files; the extension list covers extensionless imports too.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.json', '.node'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: ROOT,
          zones: [
            ...LAYERS.map(({ layer, allowed, message }) => ({
              target: `./src/${layer}`,
              from: './src',
              except: [`./${layer}`, ...allowed.map((folder) => `./${folder}`)],
              message,
            })),
            // src/prerender renders the app to HTML at build time: it sits above the app files
            // and may import anything in src/. No layer may import it (each zone above forbids
            // what it does not allow), and neither may the app files, so it never reaches the page.
            {
              target: './src/*.{ts,tsx}',
              from: './src/prerender',
              message: 'src/prerender renders the app at build time: the app files (src/*.tsx) never import it.',
            },
          ],
        },
      ],
      // no-restricted-paths and no-cycle skip any import they cannot resolve; this makes such an
      // import an error instead of a silent pass.
      'import-x/no-unresolved': 'error',
      // Any cycle of value imports, dynamic import() included. Type-only imports (`import type`,
      // imports whose specifiers are all `type`) are always skipped by no-cycle: it has no option
      // to count them. A type-only cycle across layers still fails no-restricted-paths above
      // (one of its imports points the wrong way); one inside a single layer is not reported.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
)
