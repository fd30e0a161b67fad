/**
 * Writes `<file>.gz` (gzip level 9) next to every file nginx would compress on the fly (its
 * `gzip_types` and HTML, from `gzip_min_length` bytes), so `gzip_static on` serves them without
 * spending CPU on each request: the content bundles are hundreds of KB. A deployment step:
 *
 *   npx tsx tools/nginx/precompress.ts [dist]
 *
 * Files without a `.gz` are still compressed on the fly, so skipping this step changes speed only.
 */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeOf } from '../../src/shared/mime.ts';
import { directive, readSite } from './site-config.ts';

const site = readSite();
const TYPES = new Set(['text/html', ...(directive(site, 'gzip_types') ?? [])]);
const MIN_LENGTH = Number(directive(site, 'gzip_min_length')?.[0] ?? 20);

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Whether nginx compresses this file: its type and size. */
export function isCompressible(file: string, size: number): boolean {
	return !file.endsWith('.gz') && size >= MIN_LENGTH && TYPES.has(contentTypeOf(file).split(';')[0]!);
}

/** Writes the `.gz` files; returns how many, and the bytes before and after. */
export function precompress(dir: string): { files: number; raw: number; gzip: number } {
	const out = { files: 0, raw: 0, gzip: 0 };
	for (const file of walk(dir)) {
		const stat = statSync(file);
		if (!isCompressible(file, stat.size)) continue;
		const gz = gzipSync(readFileSync(file), { level: 9 });
		writeFileSync(`${file}.gz`, gz);
		// Same modification time: nginx's Last-Modified is the same whichever file it sends.
		utimesSync(`${file}.gz`, stat.atime, stat.mtime);
		out.files++;
		out.raw += stat.size;
		out.gzip += gz.length;
	}
	return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = resolve(process.argv[2] ?? 'dist');
	const r = precompress(dir);
	console.log(`${r.files} files precompressed in ${dir}: ${(r.raw / 1e6).toFixed(1)} MB → ${(r.gzip / 1e6).toFixed(1)} MB`);
}
