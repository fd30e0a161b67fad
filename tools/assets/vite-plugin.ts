/**
 * Vite plugin: publishes files kept once in data/ at the URLs the app, the map style and the
 * service worker ask for, instead of a second committed copy under public/. Emitted into the
 * client build (same paths as before) and served by the dev server.
 *
 *   data/basemap/sprites/*              → /basemap/sprites/*          (the map's icons, KindSwatch)
 *   data/basemap/fonts/*.woff2          → /fonts/*                    (the page's font, src/app.css; the
 *                                       build cuts it to the guide's characters, tools/fonts/subset.ts)
 *   data/basemap/fonts/OFL-Noto-Sans.txt → /fonts/ and /basemap/glyphs/ (the font licence beside each use)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { contentTypeOf } from '../../src/shared/mime.ts';
import { subsetFonts } from '../fonts/subset.ts';

/** Site path (no leading slash) → file under the project root. */
export function publishedAssets(root: string): Map<string, string> {
	const out = new Map<string, string>();
	const sprites = join(root, 'data/basemap/sprites');
	for (const name of readdirSync(sprites)) out.set(`basemap/sprites/${name}`, join(sprites, name));
	const fonts = join(root, 'data/basemap/fonts');
	for (const name of readdirSync(fonts)) {
		if (name.endsWith('.woff2')) out.set(`fonts/${name}`, join(fonts, name));
	}
	const licence = join(fonts, 'OFL-Noto-Sans.txt');
	out.set('fonts/OFL-Noto-Sans.txt', licence);
	out.set('basemap/glyphs/OFL-Noto-Sans.txt', licence);
	return out;
}

export function assetsPlugin(): Plugin {
	let root = process.cwd();
	let ssr = false;
	return {
		name: 'caobang-assets',
		config(config) {
			// Stylesheets name these URLs (`url('/fonts/…')`): they are the site's, not modules.
			const urls = [...publishedAssets(config.root ?? root).keys()].map((path) => `/${path}`);
			return { build: { rolldownOptions: { external: urls } } };
		},
		configResolved(config) {
			root = config.root;
			ssr = Boolean(config.build.ssr);
		},
		async generateBundle() {
			if (ssr) return;
			const fonts = await subsetFonts(root);
			for (const [fileName, file] of publishedAssets(root)) {
				const source = fonts.get(fileName.replace(/^fonts\//, '')) ?? readFileSync(file);
				this.emitFile({ type: 'asset', fileName, source });
			}
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
				const file = publishedAssets(root).get(path);
				if (!file) return next();
				const bytes = readFileSync(file);
				res.setHeader('content-type', contentTypeOf(file));
				res.setHeader('content-length', String(bytes.length));
				res.end(bytes);
			});
		}
	};
}
