/**
 * `npm run preview` / `npm start`: serves dist/ at http://localhost:4173 the way the nginx
 * configuration (deploy/nginx/caobang-guide.conf) does: files, then `<path>/index.html`, else
 * the not-found page of the path's language with status 404; byte ranges (audio is read that
 * way); ETag revalidation. The security headers come from their one definition
 * (tools/nginx/headers.ts, which writes nginx's snippet), the cache rules and gzip list are read
 * from the nginx site file, the types from src/shared/mime.ts (which nginx's are checked against).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join, normalize, relative, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { LANG_PATH } from '../src/lib/domain/content/types.ts';
import { contentTypeOf } from '../src/shared/mime.ts';
import { addHeaders, cacheControlOf, cacheRules, directive, locationBody, readSite } from './nginx/site-config.ts';
import { SECURITY_HEADERS } from './nginx/headers.ts';

const site = readSite();

/** The headers nginx adds to every answer (tools/nginx/site-config.test.ts compares them). */
export { SECURITY_HEADERS };

/** The web editor's headers (its own CSP, which names the office's Git host): nginx's `location /admin/` block. */
export const ADMIN_HEADERS: Readonly<Record<string, string>> = addHeaders(locationBody(site, '/admin/'));
const isAdmin = (url: string | undefined) => /^\/admin(\/|$|\?)/.test(url ?? '');

/** nginx compresses text/html and its `gzip_types`, from `gzip_min_length` bytes. */
const GZIP_TYPES = new Set(['text/html', ...(directive(site, 'gzip_types') ?? [])]);
const GZIP_MIN_LENGTH = Number(directive(site, 'gzip_min_length')?.[0] ?? 20);

const CACHE_RULES = cacheRules(site);

export type ByteRange = { start: number; end: number };

/**
 * Reads a `Range: bytes=…` header against a file of `size` bytes, as nginx does: the inclusive
 * range, `null` if there is no usable single range (serve the whole file) or `'unsatisfiable'`.
 */
export function parseRange(header: string | null, size: number): ByteRange | null | 'unsatisfiable' {
	if (!header) return null;
	const m = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/.exec(header.trim());
	if (!m) return null;
	const [, a = '', b = ''] = m;
	if (a === '' && b === '') return null;
	if (a === '') {
		const suffix = Number(b);
		if (suffix === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - suffix), end: size - 1 };
	}
	const start = Number(a);
	const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
	if (start >= size || end < start) return 'unsatisfiable';
	return { start, end };
}

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
	return cacheControlOf(CACHE_RULES, `/${path.split(sep).join('/').replace(/^\//, '')}`);
}

export function serve(dist: string, port: number): ReturnType<typeof createServer> {
	const server = createServer((req, res) => {
		const { file, status } = resolveFile(dist, req.url ?? '/');
		if (!existsSync(file)) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found');
			return;
		}
		const stat = statSync(file);
		const type = contentTypeOf(file);
		// nginx's ETag: hex mtime (seconds) and size.
		const etag = `"${Math.floor(stat.mtimeMs / 1000).toString(16)}-${stat.size.toString(16)}"`;
		const headers: Record<string, string> = {
			'content-type': type,
			'cache-control': cacheControlFor(relative(dist, file)),
			'last-modified': stat.mtime.toUTCString(),
			...(isAdmin(req.url) ? ADMIN_HEADERS : SECURITY_HEADERS)
		};
		if (basename(file) !== '404.html' || status === 200) headers.etag = etag;
		const gzip = GZIP_TYPES.has(type.split(';')[0]!) && stat.size >= GZIP_MIN_LENGTH;
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
