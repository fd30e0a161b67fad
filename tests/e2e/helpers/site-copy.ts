/**
 * A copy of dist/ in a temp directory, changed by a test (new media, a new version), with its
 * service worker's precache list injected again, served by nginx (or tools/serve.ts without it).
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { injectPrecache } from '../../../tools/sw/inject-precache.ts';
import { NGINX_BIN, startNginx } from '../../../tools/nginx/serve.ts';
import { serve } from '../../../tools/serve.ts';

const root = process.cwd();

export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	await new Promise<void>((ok) => server.close(() => ok()));
	return port;
}

export type SiteCopy = { dir: string; url: string; port: number; stop: () => Promise<void> };

/** Re-injects the precache list after the copy changed (the built worker is in .generated/sw). */
export async function reinjectPrecache(dir: string): Promise<void> {
	await injectPrecache(dir, join(root, '.generated', 'sw', 'sw.js'));
}

export async function createSiteCopy(change?: (dir: string) => void | Promise<void>): Promise<SiteCopy> {
	const dir = mkdtempSync(join(tmpdir(), 'caobang-site-'));
	const port = await freePort();
	try {
		cpSync(join(root, 'dist'), dir, { recursive: true });
		if (change) {
			await change(dir);
			await reinjectPrecache(dir);
		}
		if (existsSync(NGINX_BIN)) {
			const nginx = await startNginx({ dist: dir, port });
			return { dir, port, url: nginx.url, stop: async () => (await nginx.stop(), rmSync(dir, { recursive: true, force: true })) };
		}
	} catch (err) {
		rmSync(dir, { recursive: true, force: true });
		throw err;
	}
	const server: Server = serve(dir, port);
	await new Promise((ok) => setTimeout(ok, 100));
	return {
		dir,
		port,
		url: `http://localhost:${port}`,
		stop: async () => {
			await new Promise<void>((ok) => server.close(() => ok()));
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
