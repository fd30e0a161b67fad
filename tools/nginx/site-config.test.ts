import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/domain/content/types.ts';
import { DEFAULT_MIME_TYPE, MIME_TYPES, UTF8_TYPES } from '../../src/shared/mime.ts';
import { SECURITY_HEADERS, cacheControlFor, serve } from '../serve.ts';
import { addHeaders, directive, readSite, typesBlock } from './site-config.ts';
import { NGINX_BIN, startNginx, type NginxServer } from './serve.ts';
import { freePort } from '../../tests/e2e/helpers/site-copy.ts';

const site = readSite();

describe('the nginx site file', () => {
	it('has a location with its own not-found page for exactly the languages in LANGS', () => {
		const blocks = [...site.matchAll(/location\s+\/([a-z-]+)\/\s*\{([^}]*)\}/g)].filter((m) => m[1] !== 'admin');
		expect(blocks.map((m) => m[1]).sort()).toEqual([...LANGS].sort());
		for (const [, lang, body] of blocks) {
			expect(body).toContain(`error_page 404 /${lang}/404.html;`);
		}
	});
	it('serves the types of src/shared/mime.ts, with a charset for the same text types', () => {
		expect(typesBlock(site)).toEqual(MIME_TYPES);
		expect(directive(site, 'default_type')).toEqual([DEFAULT_MIME_TYPE]);
		expect(new Set(['text/html', ...(directive(site, 'charset_types') ?? [])])).toEqual(UTF8_TYPES);
	});
	it('includes the security headers, with a CSP that allows only the site itself and no inline style', () => {
		const headers = addHeaders(site);
		expect(Object.keys(headers).sort()).toEqual([
			'content-security-policy',
			'cross-origin-opener-policy',
			'cross-origin-resource-policy',
			'permissions-policy',
			'referrer-policy',
			'strict-transport-security',
			'x-content-type-options'
		]);
		expect(headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self';/);
		expect(headers['content-security-policy']).not.toContain('unsafe');
	});
});

describe('npm start (tools/serve.ts) next to nginx', () => {
	const dist = mkdtempSync(join(tmpdir(), 'caobang-serve-'));
	const files: Record<string, string> = {
		'index.html': '<!doctype html><title>chooser</title>',
		'vi/index.html': `<!doctype html><title>vi</title>${' '.repeat(2000)}`,
		'vi/404.html': '<!doctype html><title>vi 404</title>',
		'en/404.html': '<!doctype html><title>en 404</title>',
		'404.html': '<!doctype html><title>404</title>',
		'sw.js': 'self.addEventListener("fetch", () => {});',
		'assets/index-Dp39xpC7.js': `console.log(${JSON.stringify('x'.repeat(3000))});`,
		'content/vi.0123456789.json': JSON.stringify({ text: 'y'.repeat(3000) }),
		'basemap/glyphs/Noto Sans Regular/0-255.pbf': 'glyphs',
		'icons/icon-192.png': 'png'
	};
	const paths = [
		'/',
		'/vi/',
		'/vi/no-such-page',
		'/en/place/x',
		'/sw.js',
		'/assets/index-Dp39xpC7.js',
		'/content/vi.0123456789.json',
		'/basemap/glyphs/Noto%20Sans%20Regular/0-255.pbf',
		'/icons/icon-192.png',
		'/.env'
	];
	const compared = (h: Headers) =>
		Object.fromEntries(
			[...h.entries()].filter(
				([k]) =>
					![
						'date',
						'server',
						'connection',
						'keep-alive',
						'transfer-encoding',
						'content-length',
						'last-modified',
						'etag',
						'accept-ranges'
					].includes(k)
			)
		);
	let node: Server;
	let nodeUrl = '';

	beforeAll(async () => {
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dist, path)), { recursive: true });
			writeFileSync(join(dist, path), text);
		}
		const port = await freePort();
		node = serve(dist, port);
		await new Promise((ok) => node.once('listening', ok));
		nodeUrl = `http://127.0.0.1:${port}`;
	});
	afterAll(async () => {
		await new Promise((ok) => node.close(ok));
		rmSync(dist, { recursive: true, force: true });
	});

	it('sends nginx’s security headers on pages, files and errors', async () => {
		for (const path of ['/vi/', '/sw.js', '/en/place/x']) {
			const res = await fetch(nodeUrl + path);
			for (const [name, value] of Object.entries(addHeaders(site))) expect(res.headers.get(name), `${path} ${name}`).toBe(value);
		}
		expect(SECURITY_HEADERS).toEqual(addHeaders(site));
	});
	it('follows nginx’s cache map', () => {
		expect(cacheControlFor('assets/index-Dp39xpC7.js')).toBe('public, max-age=31536000, immutable');
		expect(cacheControlFor('content/vi.0123456789.json')).toBe('public, max-age=31536000, immutable');
		expect(cacheControlFor('content/manifest.json')).toBe('no-cache');
		expect(cacheControlFor('vi/index.html')).toBe('no-cache');
	});
	it.skipIf(!existsSync(NGINX_BIN))('answers every request with the status and headers nginx sends', async () => {
		let nginx: NginxServer | undefined;
		try {
			nginx = await startNginx({ dist, port: await freePort() });
			for (const path of paths) {
				for (const encoding of ['gzip', 'identity']) {
					const init = { headers: { 'accept-encoding': encoding } };
					const [a, b] = await Promise.all([fetch(nginx.url + path, init), fetch(nodeUrl + path, init)]);
					expect({ path, encoding, status: b.status, headers: compared(b.headers) }).toEqual({
						path,
						encoding,
						status: a.status,
						headers: compared(a.headers)
					});
				}
			}
		} finally {
			await nginx?.stop();
		}
	});
});
