/**
 * The scale part of `npm run bench` (issue 14), gathered in one call so tools/bench.ts only adds a few lines:
 * content build time at 100, 1,000 and 10,000 places, the offline set at the real size and at 10,000 places, and
 * the home map's first frame with 10,000 points at a 4× CPU slowdown. Returns the figures (for the table against
 * the targets) and the section of docs/bench.md.
 */
import { loadavg } from 'node:os';
import { benchContentBuilds, benchOfflineSet, type ContentBuild, type OfflineSet } from './scale-bench.ts';
import { benchMapScale, type MapFrame } from './map-scale-bench.ts';

export type ScaleFigure = { key: string; label: string; value: number; unit: 'ms' | 'KB'; target: string };
export type ScaleResult = {
	builds: ContentBuild[];
	offline: OfflineSet[];
	map: MapFrame | { error: string };
	/** The same page with 100 places: what MapLibre costs on this machine whatever the guide's size. */
	mapBaseline: MapFrame | { error: string };
	loadAverage: number[];
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (c: Record<string, number>) => Object.values(c).reduce((s, v) => s + v, 0);

export async function benchScale(root: string, dist: string, port: number): Promise<ScaleResult> {
	const loadAverage = loadavg().map((l) => Math.round(l * 100) / 100);
	const builds = benchContentBuilds(root);
	const offline = await benchOfflineSet(dist, builds.at(-1));
	const failed = (err: unknown) => ({ error: String(err).split('\n')[0] ?? 'failed' });
	const map = await benchMapScale(dist, port).catch(failed);
	const mapBaseline = await benchMapScale(dist, port, 100).catch(failed);
	return { builds, offline, map, mapBaseline, loadAverage };
}

export function scaleFigures(r: ScaleResult): ScaleFigure[] {
	const largest = r.builds.at(-1);
	const figures: ScaleFigure[] = [];
	if (largest) {
		figures.push({
			key: 'content-build-per-1000-10k',
			label: `Content build per 1,000 entries, ${largest.label}`,
			value: largest.msPer1000,
			unit: 'ms',
			target: '≤ 3000 ms'
		});
	}
	const [real, big] = r.offline;
	if (real) {
		figures.push({
			key: 'offline-set-71',
			label: 'Offline set, real guide (gzip)',
			value: real.totalGzip / 1024,
			unit: 'KB',
			target: 'reported'
		});
	}
	if (big) {
		figures.push({
			key: 'offline-set-10k',
			label: `Offline set, ${big.label} (gzip)`,
			value: big.totalGzip / 1024,
			unit: 'KB',
			target: 'grows with content'
		});
	}
	if (!('error' in r.map)) {
		figures.push({
			key: 'map-frame-10k',
			label: 'Home map first frame, 10,000 places, 4× CPU slowdown',
			value: r.map.firstFrameMs,
			unit: 'ms',
			target: '≤ 1500 ms'
		});
	}
	if (!('error' in r.mapBaseline)) {
		figures.push({
			key: 'map-frame-100',
			label: 'Home map first frame, 100 places (MapLibre alone), 4× CPU slowdown',
			value: r.mapBaseline.firstFrameMs,
			unit: 'ms',
			target: 'reported'
		});
	}
	return figures;
}

export function scaleSection(r: ScaleResult): string[] {
	const lang = (c: Record<string, number>, l: string) => kb(c[l] ?? 0);
	return [
		'## At 10,000 places (SYNTHETIC fixture guides, never shipped)',
		'',
		`Load average when these began: ${r.loadAverage.join(', ')} (2 cores shared). The fixture (tools/bench/scale-fixture.ts) copies the real places and services under new folder names and codes, with their real text and positions and without photos; services are a fifth of the places, never fewer than the real ones. Each build runs in a fresh Node process: check, photos, compile (bundles, search index, roads).`,
		'',
		'| Guide | Places | Services | Content build | Per 1,000 entries | vi bundle | en bundle | Shared (search, roads…) |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...r.builds.map(
			(b) =>
				`| ${b.label} | ${b.places} | ${b.services} | ${(b.ms / 1000).toFixed(1)} s | ${(b.msPer1000 / 1000).toFixed(2)} s | ${lang(b.contentGzip, 'vi')} | ${lang(b.contentGzip, 'en')} | ${lang(b.contentGzip, '')} |`
		),
		'',
		'What the service worker precaches (tools/sw/inject-precache.ts PRECACHE_GLOBS), gzip: the shell is everything outside content/ (HTML shell, JavaScript, CSS, fonts, icons, the overview map); the larger guide keeps the same shell.',
		'',
		'| Guide | Shell | vi content | en content | Shared content | Total |',
		'| --- | ---: | ---: | ---: | ---: | ---: |',
		...r.offline.map(
			(o) =>
				`| ${o.label} | ${kb(o.shellGzip)} | ${lang(o.contentGzip, 'vi')} | ${lang(o.contentGzip, 'en')} | ${lang(o.contentGzip, '')} | ${kb(o.shellGzip + sum(o.contentGzip))} |`
		),
		'',
		...[r.map, r.mapBaseline].map((m) =>
			'error' in m
				? `Home map: ${m.error}.`
				: `Home map with ${m.places.toLocaleString('en')} places (clustered GeoJSON source, production PlacesLayer), Chromium software WebGL, CPU slowdown ${m.cpuSlowdown}×, from the map code's request: style and sources ready in ${m.readyMs} ms, **first frame with the places in it at ${m.firstFrameMs} ms** (goal ≤ 1500 ms; ${m.fromNavigationMs} ms from the start of the navigation), settled (every tile, glyph and label, ${m.drawn} places on screen alone or in clusters) at ${m.settledMs} ms.`
		),
		'',
		"The 100-place run is the floor this machine sets whatever the guide holds (MapLibre's code, its worker, the basemap, glyphs and sprites, all on software WebGL); the difference between the two runs is what the number of places costs.",
		''
	];
}

// `npx tsx tools/bench/scale-section.ts`: the scale figures alone, on the built dist/ (PORT for the map page).
if (import.meta.url === `file://${process.argv[1]}`) {
	const { join } = await import('node:path');
	const result = await benchScale(process.cwd(), join(process.cwd(), 'dist'), Number(process.env.PORT ?? 4182));
	console.log(JSON.stringify(result, null, 2));
	console.log(scaleSection(result).join('\n'));
}
