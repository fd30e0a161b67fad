/**
 * Injects the precache list of a built site into its sw.js and checks the offline promise:
 * every file the guide needs without a network is listed (tools/sw/check-precache.ts).
 * Used by the build and by the browser tests on modified copies of dist/.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getManifest, injectManifest } from 'workbox-build';
import type { ContentManifest } from '../../src/lib/domain/content/types.ts';
import { missingFromPrecache, requiredOfflineAssets, sizeGroupOf, wronglyPrecached, type SizeGroup } from './check-precache.ts';

/** What the service worker precaches: the app shell and everything it renders offline. */
export const PRECACHE_GLOBS = [
	'shell.html',
	'index.html',
	'manifest*.webmanifest',
	'assets/**/*',
	// The content files, and the small WebP of each place's first photo (none when no place has one).
	'content/{*.{json,geojson},photos/**/*.webp}',
	'fonts/*.woff2',
	'icons/icon*.{png,svg}',
	'basemap/**/*.{pmtiles,pbf,json,png}'
];

/** Large enough for the overview map archive; the required-files check catches anything skipped. */
export const MAX_PRECACHE_FILE_BYTES = 64 * 1024 * 1024;

export type SwBuildResult = { count: number; size: number; groups: SizeGroup[]; swFile: string };

function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const abs = join(d, name);
			if (statSync(abs).isDirectory()) walk(abs);
			else out.push(relative(dir, abs).split(sep).join('/'));
		}
	};
	walk(dir);
	return out;
}

/** Injects the precache list of `dist` into `dist/sw.js` and checks it. Throws on any gap. */
export async function injectPrecache(dist: string, swSrc: string): Promise<SwBuildResult> {
	const swDest = join(dist, 'sw.js');
	const options = {
		globDirectory: dist,
		globPatterns: PRECACHE_GLOBS,
		globIgnores: ['sw.js', 'content/media/**', 'content/basemap/**'],
		maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE_BYTES,
		// Vite's assets and the content files carry their hash in the name.
		dontCacheBustURLsMatching: /^\/(assets\/|.*\.[0-9a-f]{8,}\.)/,
		modifyURLPrefix: { '': '/' }
	};
	const { manifestEntries, warnings } = await getManifest(options);
	if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('\n')}`);
	const precached = manifestEntries.map((e) => e.url);

	const files = listFiles(dist);
	const content = JSON.parse(readFileSync(join(dist, 'content', 'manifest.json'), 'utf8')) as ContentManifest;
	const web = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as {
		icons?: { src: string }[];
		shortcuts?: { icons?: { src: string }[] }[];
	};
	// The map labels places with their name in each language's bundle.
	const bundles = Object.values(content.bundles).map(
		(u) => JSON.parse(readFileSync(join(dist, u.replace(/^\//, '')), 'utf8')) as { places: { name: string }[] }
	);
	const required = requiredOfflineAssets({
		files,
		content,
		webManifestIcons: [...(web.icons ?? []), ...(web.shortcuts ?? []).flatMap((s) => s.icons ?? [])].map((i) => i.src),
		labels: bundles.flatMap((b) => b.places.map((p) => p.name))
	});
	const problems = [
		...required.missingFromDist.map((u) => `  not in dist/: ${u}`),
		...missingFromPrecache(required.urls, precached).map((u) => `  not precached: ${u}`),
		...wronglyPrecached(precached).map((u) => `  must not be precached: ${u}`)
	];
	if (problems.length > 0) {
		throw new Error(`The service worker would not keep its offline promise:\n${[...new Set(problems)].join('\n')}`);
	}

	const { count, size } = await injectManifest({ ...options, swSrc, swDest });

	const groups = new Map<string, SizeGroup>();
	for (const u of precached) {
		const bytes = readFileSync(join(dist, decodeURI(u).replace(/^\//, '')));
		const name = sizeGroupOf(u);
		const g = groups.get(name) ?? { group: name, files: 0, raw: 0, gzip: 0 };
		g.files++;
		g.raw += bytes.length;
		g.gzip += gzipSync(bytes, { level: 9 }).length;
		groups.set(name, g);
	}
	return { count, size, groups: [...groups.values()].sort((a, b) => b.raw - a.raw), swFile: swDest };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

export function formatSizeReport(result: SwBuildResult): string {
	const rows = result.groups.map(
		(g) => `    ${g.group.padEnd(36)} ${String(g.files).padStart(4)} files ${kb(g.raw).padStart(12)} ${kb(g.gzip).padStart(12)} gzip`
	);
	const raw = result.groups.reduce((s, g) => s + g.raw, 0);
	const gzip = result.groups.reduce((s, g) => s + g.gzip, 0);
	return [`  precache: ${result.count} files, ${kb(raw)} (${kb(gzip)} gzip)`, ...rows].join('\n');
}
