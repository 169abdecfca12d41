import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first: a layer may import the ones before it, never one after it
 * (docs/ARCHITECTURE.md). i18n/ (strings and Intl formats) sits just above lib/; ui/ (controls both
 * the views and presentation mode show) just above the store. present/deck (the deck format) sits below the store; the rest of
 * present/ sits beside views/, and each reaches the other only through its public entry.
 */
const LAYERS = ['lib', 'i18n', 'data', 'model', 'filters', 'derive', 'present/deck', 'store', 'ui'];
const ABOVE_STORE = ['views', 'curate', 'present/session', 'present/presenter', 'present/ui', 'App.tsx', 'main.tsx'];
const src = (path) => `./src/${path}`;
const layerZones = LAYERS.map((layer, i) => ({
  target: src(layer),
  from: [...LAYERS.slice(i + 1), ...ABOVE_STORE].filter((above) => !above.startsWith(`${layer}/`) && !(layer === 'present/deck' && above.startsWith('present/'))).map(src),
  message: `${layer}/ is below these in the layers of src/ (docs/ARCHITECTURE.md): it must not import them.`,
}));
// present/deck must not import the rest of present/ either.
layerZones.push({
  target: src('present/deck'),
  from: ['present/session', 'present/presenter', 'present/ui', 'present/index.ts'].map(src),
  message: 'present/deck/ (the deck format) is below the session and the screens that use it.',
});
const boundaryZones = [
  {
    target: src('views'),
    from: src('present'),
    except: ['./index.ts'],
    message: "views/ use presentation mode only through src/present/index.ts, its public entry.",
  },
  { target: src('present'), from: src('views'), message: 'present/ does not import the views; what both need lives lower (filters/, model/, store/).' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/results/**', 'public/mockServiceWorker.js', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      // no-cycle reads the imported modules itself: with the TypeScript parser, as ESLint does.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      // Type-only imports are not followed: they vanish at build time.
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...boundaryZones] }],
    },
  },
  {
    // Every user-visible string comes from src/i18n/locales/: no literal text in JSX, nor in the
    // attributes a person reads or hears (title, aria-label, alt, placeholder…).
    files: ['src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['^title$', '^aria-label$', '^aria-description$', '^aria-roledescription$', '^aria-valuetext$', '^alt$', '^placeholder$', '^label$', '^caption$', '^heading$', '^description$', '^summary$', '^name$'] },
          words: { exclude: ['[0-9!-/:-@[-`{-~\\s·–—…×→←↑↓▶◀■□●○◆◇✓✕]+'] },
        },
      ],
    },
  },
);
