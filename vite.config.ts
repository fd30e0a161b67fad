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
		// Read by tools/prerender-assets.ts: each prerendered page links its screen's lazy CSS and JS.
		manifest: true
	},
	server: { port: 5173 },
	preview: { port: 4173 }
});
