/**
 * Vite plugin: builds the overview basemap (tools/basemap/build-cli.ts) at the start of every
 * build into .generated/basemap/overview.pmtiles, publishes it as
 * `basemap/overview.<hash>.pmtiles` (client build only), and serves it in dev.
 *
 *     import basemap from 'virtual:basemap';
 *     basemap.overview    // '/basemap/overview.3f2a9c1b.pmtiles'
 *     basemap.glyphs      // '/basemap/glyphs/{fontstack}/{range}.pbf' (public/)
 *     basemap.sprite      // '/basemap/sprites/caobang' (public/)
 *     basemap.attribution // the line the map must show
 *
 * The hash is of the archive's bytes, which are deterministic, so an unchanged basemap keeps
 * its URL and the service worker's cached copy. See docs/basemap.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { BASEMAP_ATTRIBUTION } from '../../src/lib/map/style/attribution.ts';
import { buildBasemap, formatStats } from './build-cli.ts';

const VIRTUAL_ID = 'virtual:basemap';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** What `virtual:basemap` exports (declared for the app in src/env.d.ts). */
export type BasemapAssets = { overview: string; glyphs: string; sprite: string; attribution: string };

type Built = { fileName: string; bytes: Uint8Array };

/** `basemap/overview.<first 8 hex of SHA-256>.pmtiles`. */
export function hashedFileName(bytes: Uint8Array): string {
	return `basemap/overview.${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.pmtiles`;
}

export function basemapAssets(fileName: string): BasemapAssets {
	return {
		overview: `/${fileName}`,
		glyphs: '/basemap/glyphs/{fontstack}/{range}.pbf',
		sprite: '/basemap/sprites/caobang',
		attribution: BASEMAP_ATTRIBUTION
	};
}

export function basemapPlugin(): Plugin {
	let root = process.cwd();
	let ssr = false;
	let built: Built | null = null;

	const outFile = () => join(root, '.generated/basemap/overview.pmtiles');

	async function build(): Promise<Built> {
		const stats = await buildBasemap(outFile(), join(root, 'data/basemap'));
		// Printed whatever Vite's log level: the size and tile counts are worth seeing on every build.
		console.log(`• overview basemap: ${formatStats(stats).replace(/\n/g, '\n  ')}`);
		const bytes = new Uint8Array(readFileSync(stats.file));
		return { fileName: hashedFileName(bytes), bytes };
	}

	return {
		name: 'caobang-basemap',
		configResolved(config) {
			root = config.root;
			ssr = Boolean(config.build.ssr);
		},
		async buildStart() {
			// The server build (prerendering) runs right after the client build and only needs
			// the file name: reuse the archive the client build just wrote.
			if (ssr && existsSync(outFile())) {
				const bytes = new Uint8Array(readFileSync(outFile()));
				built = { fileName: hashedFileName(bytes), bytes };
				return;
			}
			built = await build();
		},
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_ID : null;
		},
		async load(id) {
			if (id !== RESOLVED_ID) return null;
			built ??= await build();
			return `export default ${JSON.stringify(basemapAssets(built.fileName))};`;
		},
		generateBundle() {
			if (ssr || !built) return;
			this.emitFile({ type: 'asset', fileName: built.fileName, source: built.bytes });
		},
		configureServer(server: ViteDevServer) {
			const dataDir = join(root, 'data/basemap');
			server.watcher.add(dataDir);
			server.watcher.on('change', (file) => {
				if (!file.startsWith(dataDir)) return;
				build().then(
					(next) => {
						built = next;
						const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
						if (mod) server.moduleGraph.invalidateModule(mod);
						server.ws.send({ type: 'full-reload' });
					},
					(err: unknown) => server.config.logger.error(err instanceof Error ? err.message : String(err))
				);
			});
			server.middlewares.use((req, res, next) => {
				const path = (req.url ?? '').split('?')[0] ?? '';
				if (!built || path !== `/${built.fileName}`) return next();
				res.setHeader('content-type', 'application/vnd.pmtiles');
				res.setHeader('content-length', String(built.bytes.length));
				res.end(built.bytes);
			});
		}
	};
}
