/**
 * Vite plugin: compiles content/ into the build, and in dev serves it with live reload.
 * `import manifest from 'virtual:content-manifest'` gives the URLs of the current bundles.
 * Broken content stops the build with the same messages as `npm run content:check`.
 */
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileContent, type Compiled } from './compile.ts';
import { runCheck } from './run-check.ts';
import { resolveSiteUrl } from '../site-url.ts';
import { buildContentRoadsOnce } from '../roads/content-roads.ts';
import { IMAGE_CACHE, processImages } from './images/process-images.ts';
import { detailBasemapForContent } from '../basemap/detail-build.ts';

const VIRTUAL_ID = 'virtual:content-manifest';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/**
 * The bundles carry the site URL: in a build, the one tools/build.ts checked and put in SITE_URL;
 * in the dev server (`local`), localhost unless told otherwise.
 */
async function compile(root: string, local: boolean, log: (line: string) => void): Promise<Compiled> {
	const lines: string[] = [];
	const { content, errors } = await runCheck(root, (line) => lines.push(line));
	if (errors > 0) {
		throw new Error(`content/ has ${errors} error(s); nothing is built until they are fixed:\n${lines.join('\n')}`);
	}
	for (const line of lines.filter((l) => l.startsWith('warning'))) log(line);
	// tools/build.ts has checked SITE_URL (a local address only with --local) before Vite runs.
	const siteUrl = process.env.SITE_URL?.trim() || resolveSiteUrl({ fromSite: content.site?.siteUrl, local });
	const { images, stats } = await processImages(content, join(root, IMAGE_CACHE));
	if (stats.encoded > 0) log(`photos: ${stats.encoded} encoded, ${stats.cached} from the cache`);
	return compileContent(content, { siteUrl, roads: buildContentRoadsOnce, images, detailBasemap: detailBasemapForContent });
}

export function contentPlugin(): Plugin {
	let root = process.cwd();
	let local = false;
	let compiled: Compiled | null = null;
	let lastError: string | null = null;

	const recompile = async (server?: ViteDevServer) => {
		try {
			compiled = await compile(root, local, (line) => server?.config.logger.warn(line));
			lastError = null;
		} catch (err) {
			lastError = err instanceof Error ? err.message : String(err);
			if (!server) throw err;
			server.config.logger.error(lastError);
		}
	};

	return {
		name: 'caobang-content',
		configResolved(config) {
			root = config.root;
			local = config.command === 'serve';
		},
		async buildStart() {
			await recompile();
		},
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_ID : null;
		},
		async load(id) {
			if (id !== RESOLVED_ID) return null;
			if (!compiled) await recompile();
			if (!compiled) throw new Error(lastError ?? 'content not compiled');
			return `export default ${JSON.stringify(compiled.manifest)};`;
		},
		generateBundle(options) {
			// The SSR build only needs the manifest; the client build publishes the files.
			if (!compiled || options.dir?.includes('.generated')) return;
			for (const file of compiled.files) {
				this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
			}
		},
		configureServer(server) {
			server.watcher.add(join(root, 'content'));
			const onChange = (file: string) => {
				if (!file.startsWith(join(root, 'content'))) return;
				void recompile(server).then(() => {
						const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
					if (mod) server.moduleGraph.invalidateModule(mod);
					server.ws.send({ type: 'full-reload' });
				});
			};
			server.watcher.on('change', onChange);
			server.watcher.on('add', onChange);
			server.watcher.on('unlink', onChange);
			server.middlewares.use((req, res, next) => {
				const path = (req.url ?? '').split('?')[0] ?? '';
				if (!path.startsWith('/content/')) return next();
				if (lastError) {
					res.statusCode = 500;
					res.setHeader('content-type', 'text/plain; charset=utf-8');
					res.end(lastError);
					return;
				}
				const file = compiled?.files.find((f) => `/${f.fileName}` === decodeURIComponent(path));
				if (!file) return next();
				res.setHeader('content-type', path.endsWith('.json') ? 'application/json' : path.endsWith('.geojson') ? 'application/geo+json' : 'application/octet-stream');
				res.end(file.source);
			});
		}
	};
}
