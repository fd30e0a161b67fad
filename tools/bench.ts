/**
 * `npm run bench`: measures what visitors feel and writes it to docs/bench.md (between the
 * bench markers, so sections other tools append stay) and docs/bench.json: each figure beside
 * its target (issue 14) and the previous run's figure. Build time, size budgets, fonts, what a
 * place page opened from a QR code costs (now and at 10,000 places), search latency at 10,000
 * entries, Lighthouse on the production build. Numbers live here, never as timed assertions.
 *
 *   npm run bench                 one Lighthouse run per page
 *   BENCH_RUNS=3 npm run bench    median of three
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchSearch, searchMarkdown } from './bench/search-bench.ts';
import { lighthouse, type LighthouseFigures, type LighthouseResult } from './bench/lighthouse.ts';
import { pageCost, syntheticBundle, type PageCost } from './bench/page-cost.ts';
import { BUDGETS, checkBudgets } from './budgets/budgets.ts';
import { measureDist } from './budgets/measure.ts';
import type { Bundle, ContentManifest } from '../src/lib/domain/content/types.ts';
import { benchRoadsSection } from './bench/roads-bench.ts';
import { benchHomeVsNaive, homeVsNaiveSection } from './bench/home-map-bench.ts';
import { benchScale, scaleFigures, scaleSection } from './bench/scale-section.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const KB = 1024;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const START = '<!-- bench:start (tools/bench.ts writes between these markers) -->';
const END = '<!-- bench:end -->';

type Figure = { key: string; label: string; value: number; unit: 'ms' | 'KB' | 'score' | 'cls'; target: string };

function timeBuild(): number {
	const start = performance.now();
	const result = spawnSync('npx', ['tsx', 'tools/build.ts', '--local'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) throw new Error('build failed');
	return Math.round(performance.now() - start);
}

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Median of `runs` Lighthouse runs of one page, figure by figure. */
function lighthouseMedian(url: string, runs: number): LighthouseResult {
	const results = Array.from({ length: runs }, () => lighthouse(root, url));
	const ok = results.filter((r): r is LighthouseFigures => !('error' in r));
	if (ok.length === 0) return results[0]!;
	const m = (k: keyof Omit<LighthouseFigures, 'url'>) => median(ok.map((r) => r[k]));
	return {
		url,
		performance: m('performance'),
		accessibility: m('accessibility'),
		lcpMs: m('lcpMs'),
		tbtMs: m('tbtMs'),
		cls: m('cls'),
		scriptBytes: m('scriptBytes'),
		fontBytes: m('fontBytes'),
		totalBytes: m('totalBytes'),
		benchmarkIndex: m('benchmarkIndex')
	};
}

/** Figures of the last run, by key (older bench.json files are read as far as they go). */
function previousFigures(): Map<string, number> {
	const file = join(root, 'docs/bench.json');
	if (!existsSync(file)) return new Map();
	const old = JSON.parse(readFileSync(file, 'utf8')) as {
		figures?: Figure[];
		buildMs?: number;
		assets?: { file: string; gzip: number }[];
		placeHtml?: { gzip: number };
		search?: { synthetic?: { search?: { p50Ms: number; p95Ms: number } } };
		lighthouse?: { url: string; performance?: number }[];
	};
	if (old.figures) return new Map(old.figures.map((f) => [f.key, f.value]));
	const map = new Map<string, number>();
	if (old.buildMs) map.set('build', old.buildMs);
	const entry = old.assets?.find((a) => /^assets\/index-[^/]+\.js$/.test(a.file));
	if (entry) map.set('entry-js', entry.gzip / KB);
	if (old.placeHtml) map.set('place-html', old.placeHtml.gzip / KB);
	const s = old.search?.synthetic?.search;
	if (s) map.set('search-p95-10k', s.p95Ms).set('search-p50-10k', s.p50Ms);
	for (const l of old.lighthouse ?? []) {
		if (l.performance === undefined) continue;
		map.set(l.url.includes('/place/') ? 'lh-place-perf' : 'lh-home-perf', l.performance);
	}
	map.set('fonts-vi-page', (13_176 + 55_476) / KB);
	return map;
}

/** The range of Lighthouse's CPU benchmark over the pages: how fast the machine was while measured. */
function cpuRange(scores: LighthouseResult[]): string {
	const values = scores.flatMap((s) => ('error' in s || !Number.isFinite(s.benchmarkIndex) ? [] : [s.benchmarkIndex]));
	if (values.length === 0) return 'not reported';
	const fmt = (n: number) => n.toLocaleString('en-US');
	return `${fmt(Math.min(...values))}–${fmt(Math.max(...values))}`;
}

function show(value: number, unit: Figure['unit']): string {
	if (!Number.isFinite(value)) return '–';
	if (unit === 'KB') return `${value.toFixed(1)} KB`;
	if (unit === 'ms') return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(2)} ms`;
	if (unit === 'cls') return value.toFixed(3);
	return String(value);
}

async function main(): Promise<void> {
	const previous = previousFigures();
	const buildMs = timeBuild();
	const measured = measureDist(dist);
	const gzipOf = (re: RegExp) => measured.filter((m) => re.test(m.file));
	const entry = gzipOf(/^assets\/index-[^/]+\.js$/)[0]?.gzip ?? NaN;
	const entryCss = gzipOf(/^assets\/style-[^/]+\.css$/)[0]?.gzip ?? NaN;
	const placePages = gzipOf(/^(vi|en)\/place\/[^/]+\/index\.html$/).map((m) => m.gzip);
	const fonts = gzipOf(/^fonts\/noto-sans-(latin|vietnamese)-400-normal\.woff2$/).reduce((s, m) => s + m.gzip, 0);
	const budgetProblems = checkBudgets(
		measured,
		BUDGETS.filter((b) => b.match.source !== '^offline set$')
	);

	const manifest = JSON.parse(readFileSync(join(dist, 'content/manifest.json'), 'utf8')) as ContentManifest;
	const real = JSON.parse(readFileSync(join(dist, manifest.bundles.en.replace(/^\//, '')), 'utf8')) as Bundle;
	const costs: PageCost[] = [
		pageCost('real guide', real),
		pageCost('SYNTHETIC 1,000 places, 200 services', syntheticBundle(real, 1_000, 200)),
		pageCost('SYNTHETIC 10,000 places, 2,000 services', syntheticBundle(real, 10_000, 2_000))
	];
	const search = benchSearch();

	const port = 4180;
	const server = spawn(process.execPath, ['--import', 'tsx', 'tools/serve.ts'], {
		cwd: root,
		env: { ...process.env, PORT: String(port) },
		stdio: 'ignore'
	});
	await new Promise((resolve) => setTimeout(resolve, 3000));
	const runs = Number(process.env.BENCH_RUNS ?? 1);
	// Every screen of issue 14 (alternating languages), with its performance target.
	const lhTargets: Record<string, { perf: string; name: string }> = {
		'/en/place/ban-gioc-waterfall': { perf: '≥ 98', name: 'place' },
		'/vi/': { perf: '≥ 90', name: 'home' },
		'/vi/search': { perf: '≥ 95', name: 'search' },
		'/en/routes': { perf: '≥ 95', name: 'routes' },
		'/vi/about': { perf: '≥ 95', name: 'about' },
		'/vi/route/east-traditional-cultures': { perf: '≥ 95', name: 'route' },
		'/en/service/ban-gioc-bamboo-rafts': { perf: '≥ 95', name: 'service' },
		'/en/saved': { perf: '≥ 95', name: 'saved' },
		'/vi/offline': { perf: '≥ 95', name: 'offline' },
		'/vi/near': { perf: '≥ 95', name: 'near' },
		'/en/itinerary': { perf: '≥ 95', name: 'itinerary' }
	};
	const pages = Object.keys(lhTargets);
	const scores = pages.map((p) => lighthouseMedian(`http://localhost:${port}${p}`, runs));
	const homeNaive = await benchHomeVsNaive(root, `http://localhost:${port}`, runs);
	server.kill();
	const scale = await benchScale(root, dist, port + 1);
	const lh = (path: string) => scores.find((s) => s.url.endsWith(path) && !('error' in s)) as LighthouseFigures | undefined;

	const figures: Figure[] = [
		{ key: 'build', label: 'Build (`npm run build:local`)', value: buildMs, unit: 'ms', target: 'reported' },
		{ key: 'entry-js', label: 'Entry JavaScript (gzip)', value: entry / KB, unit: 'KB', target: '≤ 60 KB before interaction' },
		{ key: 'entry-css', label: 'App stylesheet, every screen (gzip)', value: entryCss / KB, unit: 'KB', target: 'budget 8 KB' },
		{ key: 'fonts-vi-page', label: 'Text face a Vietnamese page fetches (gzip)', value: fonts / KB, unit: 'KB', target: '≤ 30 KB' },
		{ key: 'place-html', label: 'Place page HTML, median (gzip)', value: median(placePages) / KB, unit: 'KB', target: 'budget 52 KB' },
		{
			key: 'place-slice-71',
			label: 'Bundle slice a place page fetches, real guide (gzip)',
			value: costs[0]!.sliceGzipMedian / KB,
			unit: 'KB',
			target: 'same at 10,000'
		},
		{
			key: 'place-slice-10k',
			label: 'Bundle slice a place page fetches, 10,000 places (gzip)',
			value: costs[2]!.sliceGzipMedian / KB,
			unit: 'KB',
			target: 'same as at 71'
		},
		{
			key: 'search-p50-10k',
			label: 'Search p50 per keystroke, 10,000 entries',
			value: search.synthetic.search.p50Ms,
			unit: 'ms',
			target: 'reported'
		},
		{
			key: 'search-p95-10k',
			label: 'Search p95 per keystroke, 10,000 entries',
			value: search.synthetic.search.p95Ms,
			unit: 'ms',
			target: '≤ 5 ms'
		},
		{
			key: 'search-p95-real',
			label: 'Search p95 per keystroke, real index',
			value: search.real.search.p95Ms,
			unit: 'ms',
			target: 'reported'
		}
	];
	for (const [path, t] of Object.entries(lhTargets)) {
		const s = lh(path);
		if (!s) continue;
		figures.push({
			key: `lh-${t.name}-perf`,
			label: `Lighthouse performance, ${path}`,
			value: s.performance,
			unit: 'score',
			target: t.perf
		});
		if (t.name === 'place') {
			figures.push(
				{ key: 'lh-place-lcp', label: `LCP, ${path}`, value: s.lcpMs, unit: 'ms', target: '≤ 1200 ms' },
				{ key: 'lh-place-cls', label: `CLS, ${path}`, value: s.cls, unit: 'cls', target: '≤ 0.02' },
				{ key: 'lh-place-js', label: `JavaScript transferred, ${path}`, value: s.scriptBytes / KB, unit: 'KB', target: '≤ 60 KB' }
			);
		}
		if (t.name === 'home') figures.push({ key: 'lh-home-tbt', label: `TBT, ${path}`, value: s.tbtMs, unit: 'ms', target: '≤ 300 ms' });
		if (t.name === 'search') figures.push({ key: 'lh-search-cls', label: `CLS, ${path}`, value: s.cls, unit: 'cls', target: '≤ 0.02' });
	}

	const measuredPages = scores.filter((s): s is LighthouseFigures => !('error' in s));
	if (measuredPages.length > 0) {
		figures.push(
			{
				key: 'lh-a11y-min',
				label: `Lighthouse accessibility, lowest of the ${measuredPages.length} pages`,
				value: Math.min(...measuredPages.map((s) => s.accessibility)),
				unit: 'score',
				target: '100'
			},
			{
				key: 'lh-cls-max',
				label: `CLS, largest of the ${measuredPages.length} pages`,
				value: Math.max(...measuredPages.map((s) => s.cls)),
				unit: 'cls',
				target: '≤ 0.02'
			}
		);
	}

	figures.push(...scaleFigures(scale));
	if (!('error' in homeNaive.naive)) {
		const r = homeNaive.tbtRatio;
		figures.push({
			key: 'lh-home-naive-tbt-ratio',
			label: 'TBT, naive MapLibre home ÷ /vi/',
			value: Math.round(r * 10) / 10,
			unit: 'score',
			target: '≥ 5'
		});
	}
	const date = new Date().toISOString();
	writeFileSync(
		join(root, 'docs/bench.json'),
		JSON.stringify({ date, node: process.version, figures, costs, search, lighthouse: scores, homeNaive, scale, measured }, null, 2) + '\n'
	);

	const lines = [
		START,
		'',
		`Generated by \`npm run bench\` (tools/bench.ts) on ${date.slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB, shared with other jobs (timings vary run to run). Lighthouse 12, mobile preset, ${runs === 1 ? 'one run' : `median of ${runs}`} per page; Lighthouse's CPU benchmark of this machine during the runs: ${cpuRange(scores)} (higher is faster). Do not edit by hand.`,
		'',
		'## Figures against the targets (issue 14)',
		'',
		'| Figure | Now | Target | Previous |',
		'| --- | ---: | --- | ---: |',
		...figures.map(
			(f) =>
				`| ${f.label} | **${show(f.value, f.unit)}** | ${f.target} | ${previous.has(f.key) ? show(previous.get(f.key)!, f.unit) : '–'} |`
		),
		'',
		'## Size budgets (checked by every build: tools/budgets/budgets.ts)',
		'',
		budgetProblems.length === 0 ? 'Every budget holds.' : budgetProblems.map((p) => `- ${p}`).join('\n'),
		'',
		'| Budget | Largest file | Gzip | Limit |',
		'| --- | --- | ---: | ---: |',
		...BUDGETS.flatMap((b) => {
			const hits = measured.filter((m) => b.match.test(m.file)).sort((x, y) => y.gzip - x.gzip);
			return hits[0]
				? [`| ${b.label} | ${hits[0].file}${hits.length > 1 ? ` (of ${hits.length})` : ''} | ${kb(hits[0].gzip)} | ${kb(b.maxGzip)} |`]
				: [];
		}),
		'',
		'## What a place page costs as the guide grows',
		'',
		'A place page fetches the slice of the bundle it draws (src/lib/domain/content/page-slice.ts; its own file since 2026-12-03, fetched with the modules after the first paint); the whole bundle follows when the browser is idle. SYNTHETIC guides copy the real entries to random positions; they never ship.',
		'',
		'The home hydrates from a slice of its own too (since 2026-12-03): every place as the list, the map and its card draw it, the routes and services without their text. It grows with the number of places, since the map draws them all: a fifth of the whole bundle in the real guide, a sixth at 10,000 places.',
		'',
		'A route page has one (since 2026-12-03): its stops and the services around each; SYNTHETIC guides keep the real routes through the copies of their stops.',
		'',
		"| Guide | Places | Services | Whole bundle (gzip) | Place page's slice, median | Place page's slice, largest | Route page's slice, largest | The home's slice |",
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...costs.map(
			(c) =>
				`| ${c.label} | ${c.places} | ${c.services} | ${kb(c.bundleGzip)} | ${kb(c.sliceGzipMedian)} | ${kb(c.sliceGzipMax)} | ${kb(c.routeSliceGzipMax)} | ${kb(c.homeSliceGzip)} |`
		),
		'',
		'## Search latency (per keystroke, prefix + fuzzy, both languages)',
		'',
		...searchMarkdown(search),
		'',
		'## Lighthouse (mobile, production build)',
		'',
		'| Page | Performance | Accessibility | LCP | TBT | CLS | JS | Fonts | Total | CPU benchmark |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...scores.map((s) =>
			'error' in s
				? `| ${s.url} | ${s.error} | | | | | | | | |`
				: `| ${s.url.replace(/http:\/\/localhost:\d+/, '')} | ${s.performance} | ${s.accessibility} | ${s.lcpMs} ms | ${s.tbtMs} ms | ${s.cls} | ${kb(s.scriptBytes)} | ${kb(s.fontBytes)} | ${kb(s.totalBytes)} | ${s.benchmarkIndex} |`
		),
		'',
		END
	];
	// Inside the markers, before END.
	lines.splice(lines.length - 1, 0, ...benchRoadsSection(root), ...homeVsNaiveSection(homeNaive), ...scaleSection(scale));
	const file = join(root, 'docs/bench.md');
	const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
	const [before, after] =
		old.includes(START) && old.includes(END)
			? [old.slice(0, old.indexOf(START)), old.slice(old.indexOf(END) + END.length)]
			: ['# Benchmarks\n\n', '\n'];
	writeFileSync(file, `${before}${lines.join('\n')}${after}`);
	console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
	console.error(err);
	process.exitCode = 1;
});
