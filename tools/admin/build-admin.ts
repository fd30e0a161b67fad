/**
 * Builds the office's web editor (src/admin → dist/admin, served at /admin/) on its own: its 2 MB
 * of CMS chunks stay out of the guide's bundle and out of the service worker's precache (which
 * takes dist/assets/ only). Every chunk, font and worker is a local file: nothing is loaded from
 * another origin (tests/e2e/admin.e2e.ts records every request to prove it).
 */
import { readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, type Plugin } from 'vite';

/** A CSS rule that has the browser fetch a font from the fontsource CDN. */
const CDN_FONT_FACE = /@font-face \{[^}]*?https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;

/** The Git hosts' status pages Sveltia polls when it starts, whichever workflow the office uses. */
const STATUS_URLS = [
	'https://www.githubstatus.com/api/v2/status.json',
	'https://status-api.hostedstatus.com/1.0/status/5b36dc6502d06804c08349f7'
];

/**
 * Keeps the editor on our origin (and within its CSP). Sveltia's interface registers its three
 * fonts from the local files of its npm build, and also ships a stylesheet with the same faces on
 * a CDN as a fallback, which the browser fetches too: the CDN faces are dropped. It also asks
 * GitHub's and GitLab's status pages whether the host is down; those answers become an empty one
 * (status "unknown", which shows nothing), so opening a local clone reaches no other host.
 */
export function ourOriginOnly(): Plugin {
	return {
		name: 'caobang-admin-our-origin-only',
		transform(code, id) {
			if (!id.includes('@sveltia')) return null;
			let out = code.replace(CDN_FONT_FACE, '');
			for (const url of STATUS_URLS) out = out.replaceAll(url, 'data:application/json,{}');
			if (out === code) return null;
			if (out.includes('cdn.jsdelivr.net/fontsource')) {
				this.error(`${id}: a CDN font the admin build could not remove; update tools/admin/build-admin.ts`);
			}
			return { code: out, map: null };
		}
	};
}

export type ChunkSize = { file: string; bytes: number; gzip: number };

export async function buildAdmin(root: string, dist = join(root, 'dist')): Promise<ChunkSize[]> {
	const outDir = join(dist, 'admin');
	await build({
		root: join(root, 'src', 'admin'),
		base: '/admin/',
		configFile: false,
		logLevel: 'warn',
		publicDir: false,
		plugins: [ourOriginOnly()],
		build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, assetsInlineLimit: 0, chunkSizeWarningLimit: 4096 }
	});
	return chunkSizes(outDir);
}

/** Every JavaScript file of the editor's build, largest first, with its gzip size. */
export function chunkSizes(dir: string): ChunkSize[] {
	const out: ChunkSize[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const abs = join(d, name);
			if (statSync(abs).isDirectory()) walk(abs);
			else if (name.endsWith('.js')) {
				const bytes = readFileSync(abs);
				out.push({ file: relative(dir, abs), bytes: bytes.length, gzip: gzipSync(bytes).length });
			}
		}
	};
	walk(dir);
	return out.sort((a, b) => b.bytes - a.bytes);
}

export function formatChunkSizes(sizes: ChunkSize[]): string {
	const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
	const total = sizes.reduce((s, c) => ({ bytes: s.bytes + c.bytes, gzip: s.gzip + c.gzip }), { bytes: 0, gzip: 0 });
	const top = sizes.slice(0, 5).map((c) => `  ${c.file}: ${kb(c.bytes)} (${kb(c.gzip)} gzip)`);
	return [`  editor (/admin): ${sizes.length} chunks, ${kb(total.bytes)} (${kb(total.gzip)} gzip)`, ...top].join('\n');
}
