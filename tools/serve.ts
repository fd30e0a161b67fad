/**
 * `npm run preview` / `npm start`: serves dist/ at http://localhost:4173 the way the nginx
 * configuration does: files, then `<path>/index.html`, else the not-found page of the
 * path's language with status 404. Hashed assets are cached for a year; HTML is revalidated.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.pbf': 'application/x-protobuf',
	'.pmtiles': 'application/vnd.pmtiles',
	'.mp3': 'audio/mpeg',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8'
};

export function resolveFile(dist: string, urlPath: string): { file: string; status: number } {
	let path: string;
	try {
		path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	} catch {
		path = '/';
	}
	const candidate = normalize(join(dist, path));
	if (candidate.startsWith(dist + sep) || candidate === dist) {
		for (const file of [candidate, join(candidate, 'index.html')]) {
			if (existsSync(file) && statSync(file).isFile()) return { file, status: 200 };
		}
	}
	const lang = /^\/(vi|en)(\/|$)/.exec(path)?.[1];
	return { file: join(dist, lang ?? '', '404.html'), status: 404 };
}

function cacheControl(file: string): string {
	if (/\/assets\//.test(file) || /\.[0-9a-f]{8,}\.(json|geojson|js|css|pmtiles|jpg|png|webp|mp3)$/.test(file)) {
		return 'public, max-age=31536000, immutable';
	}
	return 'no-cache';
}

export function serve(dist: string, port: number): ReturnType<typeof createServer> {
	const server = createServer((req, res) => {
		const { file, status } = resolveFile(dist, req.url ?? '/');
		if (!existsSync(file)) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		res.writeHead(status, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': cacheControl(file),
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'strict-origin-when-cross-origin'
		});
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
	server.listen(port, () => console.log(`Cao Bằng Guide: http://localhost:${port}/`));
	return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dist = join(process.cwd(), 'dist');
	if (!existsSync(join(dist, 'index.html'))) {
		console.error('dist/ is missing: run `npm run build` first (or `npm start`, which builds and serves).');
		process.exit(1);
	}
	serve(dist, Number(process.env.PORT ?? 4173));
}
