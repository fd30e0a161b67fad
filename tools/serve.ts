/**
 * `npm run preview` / `npm start`: serves dist/ at http://localhost:4173 the way the nginx
 * configuration (deploy/nginx/caobang-guide.conf) does: files, then `<path>/index.html`, else
 * the not-found page of the path's language with status 404; the same cache, security and type
 * headers; gzip for text; byte ranges (the map reads PMTiles that way); ETag revalidation.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, extname, join, normalize, relative, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { parseRange } from '../src/sw/routes.ts';
import { LANG_PATH } from '../src/lib/domain/content/types.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.woff2': 'font/woff2',
	'.pbf': 'application/x-protobuf',
	'.pmtiles': 'application/vnd.pmtiles',
	'.mp3': 'audio/mpeg',
	'.m4a': 'audio/mp4',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8'
};

/** Same list as nginx's gzip_types. */
const GZIP = /^(text\/|application\/(json|geo\+json|manifest\+json|xml|x-protobuf)|image\/svg\+xml)/;

/** The headers nginx adds to every answer (deploy/nginx/caobang-guide.conf). */
export const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
	'content-security-policy':
		"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; child-src 'self' blob:; manifest-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
};

export function resolveFile(dist: string, urlPath: string): { file: string; status: number } {
	let path: string;
	try {
		path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	} catch {
		path = '/';
	}
	const lang = LANG_PATH.exec(path)?.[1];
	const notFound = { file: join(dist, lang ?? '', '404.html'), status: 404 };
	if (/(^|\/)\./.test(path)) return notFound; // hidden files, as nginx's `location ~ /\.`
	const candidate = normalize(join(dist, path));
	if (candidate.startsWith(dist + sep) || candidate === dist) {
		for (const file of [candidate, join(candidate, 'index.html')]) {
			if (existsSync(file) && statSync(file).isFile()) return { file, status: 200 };
		}
	}
	return notFound;
}

/** nginx's `map $uri $caobang_cache_control`, for a path relative to dist/. */
export function cacheControlFor(path: string): string {
	const p = `/${path.split(sep).join('/').replace(/^\//, '')}`;
	if (
		p.startsWith('/assets/') ||
		/^\/content\/.+\.[0-9a-f]{8,}\.[A-Za-z0-9]+$/.test(p) ||
		/^\/basemap\/[^/]+\.[0-9a-f]{8,}\.pmtiles$/.test(p)
	) {
		return 'public, max-age=31536000, immutable';
	}
	return 'no-cache';
}

export function serve(dist: string, port: number): ReturnType<typeof createServer> {
	const server = createServer((req, res) => {
		const { file, status } = resolveFile(dist, req.url ?? '/');
		if (!existsSync(file)) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found');
			return;
		}
		const stat = statSync(file);
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		// nginx's ETag: hex mtime (seconds) and size.
		const etag = `"${Math.floor(stat.mtimeMs / 1000).toString(16)}-${stat.size.toString(16)}"`;
		const headers: Record<string, string> = {
			'content-type': type,
			'cache-control': cacheControlFor(relative(dist, file)),
			'last-modified': stat.mtime.toUTCString(),
			...SECURITY_HEADERS
		};
		if (basename(file) !== '404.html' || status === 200) headers.etag = etag;
		const gzip = GZIP.test(type) && stat.size >= 1024;
		if (gzip) headers.vary = 'Accept-Encoding';
		if (status === 200 && req.headers['if-none-match'] === etag) {
			res.writeHead(304, headers).end();
			return;
		}
		const range = status === 200 ? parseRange(req.headers.range ?? null, stat.size) : null;
		if (range === 'unsatisfiable') {
			res.writeHead(416, { ...headers, 'content-range': `bytes */${stat.size}` }).end();
			return;
		}
		if (range) {
			res.writeHead(206, {
				...headers,
				'content-range': `bytes ${range.start}-${range.end}/${stat.size}`,
				'content-length': String(range.end - range.start + 1)
			});
			if (req.method === 'HEAD') res.end();
			else createReadStream(file, { start: range.start, end: range.end }).pipe(res);
			return;
		}
		const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		if (gzip && acceptsGzip) {
			res.writeHead(status, { ...headers, 'content-encoding': 'gzip' });
			if (req.method === 'HEAD') res.end();
			else {
				createReadStream(file)
					.pipe(createGzip({ level: 6 }))
					.pipe(res);
			}
			return;
		}
		res.writeHead(status, { ...headers, 'content-length': String(stat.size), ...(status === 200 ? { 'accept-ranges': 'bytes' } : {}) });
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
