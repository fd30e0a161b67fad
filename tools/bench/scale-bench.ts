/**
 * Scale figures for docs/bench.md (issue 14): how long the content build takes for a guide of 100, 1,000 and
 * 10,000 places (tools/bench/scale-fixture.ts), and what the offline set (what the service worker precaches)
 * weighs at the real size and at 10,000 places, split into the shell and each language. Each build runs in its own
 * Node process (`tsx tools/bench/scale-bench.ts build <dir>`), so no size profits from another's warm caches.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { PRECACHE_GLOBS } from '../sw/inject-precache.ts';
import { writeFixture } from './scale-fixture.ts';

export type ContentBuild = {
	label: string;
	places: number;
	services: number;
	ms: number;
	/** Build time per 1,000 entries (places and services). */
	msPer1000: number;
	/** Gzip bytes of the precached content files, by language ('' = shared by both). */
	contentGzip: Record<string, number>;
};

export type OfflineSet = { label: string; shellGzip: number; contentGzip: Record<string, number>; totalGzip: number };

type BuildOutput = { ms: number; places: number; services: number; files: { fileName: string; gzip: number }[] };

/** Precached content files: those at the top of content/ (PRECACHE_GLOBS), photos aside (copies carry none). */
const PRECACHED_CONTENT = /^content\/[^/]+\.(json|geojson)$/;

/** The language a content file belongs to, from its name (`vi.<hash>.json`, `search.en.<hash>.json`), or ''. */
export function languageOf(fileName: string): string {
	return /(?:^|[/.])(vi|en)\./.exec(fileName)?.[1] ?? '';
}

function byLanguage(files: readonly { fileName: string; gzip: number }[]): Record<string, number> {
	const out: Record<string, number> = { vi: 0, en: 0, '': 0 };
	for (const f of files.filter((f) => PRECACHED_CONTENT.test(f.fileName))) out[languageOf(f.fileName)]! += f.gzip;
	return out;
}

/** One content build of the guide in `contentRoot`, in this process: check, photos, compile (nothing written). */
async function buildOnce(root: string, contentRoot: string): Promise<BuildOutput> {
	process.env.CONTENT_ROOT = contentRoot;
	const { runCheck } = await import('../content/run-check.ts');
	const { compileContent } = await import('../content/compile.ts');
	const { IMAGE_CACHE, processImages } = await import('../content/images/process-images.ts');
	const { buildContentRoads } = await import('../roads/content-roads.ts');
	const errors: string[] = [];
	const start = performance.now();
	const { content, errors: count } = await runCheck(root, (line) => {
		if (line.startsWith('error')) errors.push(line);
	});
	if (count > 0) throw new Error(`the fixture has errors:\n${errors.slice(0, 5).join('\n')}`);
	const { images } = await processImages(content, join(root, IMAGE_CACHE));
	const compiled = compileContent(content, { siteUrl: 'http://localhost', roads: buildContentRoads, images });
	const ms = performance.now() - start;
	return {
		ms,
		places: content.places.length,
		services: content.services.length,
		files: compiled.files.map((f) => ({
			fileName: f.fileName,
			gzip: gzipSync(typeof f.source === 'string' ? f.source : Buffer.from(f.source), { level: 9 }).length
		}))
	};
}

function buildInChild(root: string, contentRoot: string): BuildOutput {
	const out = join(contentRoot, 'build.json');
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/bench/scale-bench.ts', 'build', contentRoot, out], {
		cwd: root,
		stdio: ['ignore', 'inherit', 'inherit'],
		maxBuffer: 1 << 26
	});
	if (r.status !== 0) throw new Error(`content build of ${contentRoot} failed`);
	return JSON.parse(readFileSync(out, 'utf8')) as BuildOutput;
}

/** Content build time at each size (places; services are a fifth of them, never fewer than the real ones). */
export function benchContentBuilds(root: string, sizes: readonly number[] = [100, 1_000, 10_000]): ContentBuild[] {
	const base = mkdtempSync(join(tmpdir(), 'scale-'));
	try {
		return sizes.map((places) => {
			const dir = join(base, String(places));
			mkdirSync(dir);
			writeFixture(root, dir, { places, services: Math.round(places / 5) });
			const b = buildInChild(root, dir);
			return {
				label: `${places.toLocaleString('en')} places`,
				places: b.places,
				services: b.services,
				ms: Math.round(b.ms),
				msPer1000: Math.round((b.ms / (b.places + b.services)) * 1000),
				contentGzip: byLanguage(b.files)
			};
		});
	} finally {
		rmSync(base, { recursive: true, force: true });
	}
}

/**
 * The offline set of the built `dist` (the real guide), split into the shell (everything but content/) and each
 * language's content; then the same shell with the content of a larger build.
 */
export async function benchOfflineSet(dist: string, larger?: ContentBuild): Promise<OfflineSet[]> {
	const { manifestEntries } = await getManifest({
		globDirectory: dist,
		globPatterns: PRECACHE_GLOBS,
		globIgnores: ['sw.js', 'content/media/**', 'content/basemap/**'],
		maximumFileSizeToCacheInBytes: 64 * 1024 * 1024
	});
	const files = manifestEntries.map((e) => ({
		fileName: decodeURI(e.url).replace(/^\//, ''),
		gzip: gzipSync(readFileSync(join(dist, decodeURI(e.url).replace(/^\//, ''))), { level: 9 }).length
	}));
	const shell = files.filter((f) => !PRECACHED_CONTENT.test(f.fileName)).reduce((s, f) => s + f.gzip, 0);
	const real = byLanguage(files);
	const sum = (c: Record<string, number>) => Object.values(c).reduce((s, v) => s + v, 0);
	const sets: OfflineSet[] = [{ label: 'real guide', shellGzip: shell, contentGzip: real, totalGzip: shell + sum(real) }];
	if (larger) {
		sets.push({ label: larger.label, shellGzip: shell, contentGzip: larger.contentGzip, totalGzip: shell + sum(larger.contentGzip) });
	}
	return sets;
}

if (process.argv[2] === 'build') {
	const [, , , contentRoot, out] = process.argv;
	buildOnce(process.cwd(), contentRoot!).then(
		(result) => writeFileSync(out!, JSON.stringify(result)),
		(err: unknown) => {
			console.error(err);
			process.exitCode = 1;
		}
	);
}
