import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

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
			// Content HTML is rendered from Markdown and sanitised at build time (tools/content/compile.ts).
			'svelte/no-at-html-tags': 'off',
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
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'svelte',
								'svelte/*',
								'idb',
								'maplibre-gl',
								'i18next',
								'workbox-*',
								'$lib/state/*',
								'$lib/ui/*',
								'$lib/map/*',
								'$lib/storage/*'
							],
							message: 'src/lib/domain is pure: no UI, storage, map or i18n imports (see docs/architecture.md).'
						}
					]
				}
			]
		}
	}
);
