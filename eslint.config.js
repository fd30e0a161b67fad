import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import svelteConfig from './svelte.config.js';

/** Element types by folder (first match wins, so `src` itself comes last: App.svelte, main.ts, entry-server.ts). */
const LAYERS = [
	['domain', 'src/lib/domain'],
	['state', 'src/lib/state'],
	['storage', 'src/lib/storage'],
	['offline', 'src/lib/offline'],
	['pwa', 'src/lib/pwa'],
	['map', 'src/lib/map'],
	['i18n', 'src/lib/i18n'],
	['ui', 'src/lib/ui'],
	['views', 'src/views'],
	['shared', 'src/shared'],
	['sw', 'src/sw'],
	['app', 'src'],
	['tools', 'tools']
];

/** Which layers each layer may import (besides itself): the drawing in docs/architecture.md. */
const MAY_IMPORT = {
	app: ['views', 'ui', 'state', 'map', 'pwa', 'i18n', 'domain', 'shared'],
	views: ['ui', 'state', 'map', 'i18n', 'domain', 'shared'],
	ui: ['state', 'i18n', 'domain', 'shared'],
	state: ['storage', 'offline', 'pwa', 'i18n', 'domain', 'shared'],
	storage: ['domain', 'shared'],
	offline: ['domain', 'shared'],
	pwa: ['domain', 'shared'],
	map: ['domain', 'shared'],
	i18n: ['domain', 'shared'],
	shared: [],
	domain: [],
	sw: ['shared', 'domain'],
	// The basemap build writes what the map reads: it shares its style ids, attribution and PMTiles source.
	tools: ['domain', 'shared', 'map']
};

/** Packages the pure core must never reach for. */
const DOMAIN_PACKAGE_BAN = ['svelte', 'idb', 'maplibre-gl', 'i18next', 'i18next-*', 'workbox-*', '@maplibre/*'];

export default ts.config(
	{ ignores: ['dist/', '.generated/', 'node_modules/', 'playwright-report/', 'test-results/', 'dev-dist/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			curly: ['error', 'multi-line'],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	},
	{
		files: ['**/*.svelte'],
		rules: {
			'svelte/button-has-type': 'error',
			// Links are plain hrefs on purpose: they work before JavaScript runs; the router takes over after.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.test.ts'],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.svelte'] } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		// State classes replace whole Maps/Sets in $state.raw fields (immutable updates) or keep
		// private non-reactive caches; SvelteMap would add reactivity nobody reads.
		files: ['src/lib/**/*.svelte.ts'],
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
	},
	{
		// The dependency drawing of docs/architecture.md, enforced on folders: an import is judged by
		// the folder of the file it resolves to, so `../state/router.svelte` and `$lib/state/…` are
		// the same import. Each layer may also import from itself.
		files: ['src/**/*.ts', 'src/**/*.svelte', 'tools/**/*.ts'],
		plugins: { boundaries },
		settings: {
			'import/resolver': {
				typescript: { project: './tsconfig.json', extensions: ['.ts', '.js', '.svelte', '.json'] }
			},
			'boundaries/elements': LAYERS.map(([type, pattern]) => ({ type, pattern, partialMatch: false }))
		},
		rules: {
			'boundaries/dependencies': [
				'error',
				{
					default: 'disallow',
					checkAllOrigins: true,
					message: 'The {{ from.type }} layer may not import from the {{ to.type }} layer (see docs/architecture.md).',
					policies: [
						// Packages and Node built-ins are judged by DOMAIN_PACKAGE_BAN below, not here.
						{ allow: { to: { module: { origin: ['external', 'core'] } } } },
						...Object.entries(MAY_IMPORT).map(([from, to]) => ({
							from: { element: { type: from } },
							allow: { to: { element: { types: { anyOf: [from, ...to] } } } }
						})),
						// ui may mount the map's Svelte components (MapCanvas, the layers) and name the types of
						// their props, not reach into the map's internals.
						{ from: { element: { type: 'ui' } }, allow: { to: { element: { type: 'map' }, file: { path: '**/*.svelte' } } } },
						{ from: { element: { type: 'ui' } }, allow: { to: { element: { type: 'map' } }, dependency: { kind: 'type' } } },
						// The map's design tokens (kind colours and icons) are the one source for the legend too.
						{ from: { element: { type: 'ui' } }, allow: { to: { element: { type: 'map' }, file: { path: '**/map/style/tokens.ts' } } } },
						// A test may build its fixtures with the build tools (never shipped to a visitor).
						{ from: { file: { path: '**/*.test.ts' } }, allow: { to: { element: { type: 'tools' } } } },
						{
							from: { element: { type: 'domain' } },
							disallow: { to: { module: { origin: 'external', source: DOMAIN_PACKAGE_BAN } } },
							message: 'src/lib/domain is pure: no Svelte, IndexedDB, MapLibre, i18next or Workbox (see docs/architecture.md).'
						}
					]
				}
			]
		}
	}
);
