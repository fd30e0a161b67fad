import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { contentPlugin } from './tools/content/vite-plugin.ts';
import { basemapPlugin } from './tools/basemap/vite-plugin.ts';
import { assetsPlugin } from './tools/assets/vite-plugin.ts';

export default defineConfig({
	plugins: [svelte(), contentPlugin(), basemapPlugin(), assetsPlugin()],
	resolve: {
		alias: {
			$lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
			$shared: fileURLToPath(new URL('./src/shared', import.meta.url))
		}
	},
	build: {
		target: 'es2022',
		sourcemap: false,
		assetsInlineLimit: 0,
		// One stylesheet for the whole app, linked by every page: a page's first paint waits for one
		// request, not for one per component of its screen (eight on a place page). MapLibre's own
		// CSS is not in it: src/lib/map/stylesheet.ts links it when the live map starts.
		cssCodeSplit: false,
		// Read by tools/prerender-assets.ts: each prerendered page links its screen's lazy CSS and JS.
		manifest: true,
		rolldownOptions: {
			// src/boot.ts is the one script a prerendered page loads before it is painted (tools/prerender-assets.ts).
			input: {
				index: fileURLToPath(new URL('./index.html', import.meta.url)),
				boot: fileURLToPath(new URL('./src/boot.ts', import.meta.url))
			}
		}
	},
	server: { port: 5173 },
	preview: { port: 4173 }
});
