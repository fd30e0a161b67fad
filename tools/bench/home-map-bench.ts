/**
 * The map home against a NAIVE home that starts MapLibre at once (issue 14: TBT at least 5× lower). The naive page
 * is the same production build opened with a view in its address (`/vi/?at=…`, the province view MapLibre fits
 * first): a view in the URL starts the live map on load, as the home did for every visit before the static map.
 * Same basemap, same places, same code; only when MapLibre starts differs. Nothing extra is built or shipped.
 *
 *   npx tsx tools/bench/home-map-bench.ts      Lighthouse on both (BENCH_RUNS=3 for the median of three)
 */
import { lighthouse, type LighthouseFigures, type LighthouseResult } from './lighthouse.ts';
import { PROVINCE_VIEW } from './map-scale-bench.ts';

export type HomeVsNaive = { home: LighthouseResult; naive: LighthouseResult; tbtRatio: number; loadAverage: number[] };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Runs the two pages alternately, so a burst of load on the machine hits both alike. */
export async function benchHomeVsNaive(root: string, base: string, runs = 1): Promise<HomeVsNaive> {
	const { loadavg } = await import('node:os');
	const loadAverage = loadavg().map((l) => Math.round(l * 100) / 100);
	const homes: LighthouseResult[] = [];
	const naives: LighthouseResult[] = [];
	for (let i = 0; i < runs; i++) {
		homes.push(lighthouse(root, `${base}/vi/`));
		naives.push(lighthouse(root, `${base}/vi/?${PROVINCE_VIEW}`));
	}
	// The run with the median TBT, so its other figures belong to the same run.
	const pick = (list: LighthouseResult[]) => {
		const ok = list.filter((r): r is LighthouseFigures => !('error' in r));
		if (ok.length === 0) return list[0]!;
		const tbt = median(ok.map((r) => r.tbtMs));
		return ok.find((r) => r.tbtMs === tbt)!;
	};
	const home = pick(homes);
	const naive = pick(naives);
	const tbtRatio = 'error' in home || 'error' in naive ? NaN : naive.tbtMs / Math.max(home.tbtMs, 1);
	return { home, naive, tbtRatio, loadAverage };
}

export type BlockingTime = { path: string; blockingMs: number; longTasks: number; cpuSlowdown: number };

/**
 * A lighter stand-in for Lighthouse's TBT when the machine is too loaded for Lighthouse to finish: Chromium with
 * a 4× CPU slowdown opens the page, and the blocking time (each long task's time over 50 ms) is summed from the
 * first contentful paint to 10 s after it. Same idea as TBT, without Lighthouse's simulated network.
 */
export async function blockingTime(base: string, path: string, cpuSlowdown = 4): Promise<BlockingTime> {
	const { chromium } = await import('@playwright/test');
	const { existsSync } = await import('node:fs');
	const chrome = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
	const browser = await chromium.launch({ ...(chrome ? { executablePath: chrome } : {}), args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.addInitScript(() => {
			const w = window as Window & { __tasks?: { start: number; duration: number }[] };
			w.__tasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.__tasks!.push({ start: e.startTime, duration: e.duration });
			}).observe({ type: 'longtask', buffered: true });
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
		await page.goto(`${base}${path}`, { waitUntil: 'load', timeout: 120_000 });
		await page.waitForTimeout(10_000);
		const { tasks, fcp } = await page.evaluate(() => ({
			tasks: (window as Window & { __tasks?: { start: number; duration: number }[] }).__tasks ?? [],
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
		}));
		const counted = tasks.filter((t) => t.start + t.duration > fcp && t.start < fcp + 10_000);
		const blockingMs = Math.round(counted.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0));
		return { path, blockingMs, longTasks: counted.length, cpuSlowdown };
	} finally {
		await browser.close();
	}
}

/** The section of docs/bench.md. */
export function homeVsNaiveSection(r: HomeVsNaive): string[] {
	const row = (label: string, s: LighthouseResult) =>
		'error' in s
			? `| ${label} | ${s.error} | | | | |`
			: `| ${label} | ${s.performance} | ${s.tbtMs} ms | ${s.lcpMs} ms | ${s.cls} | ${(s.scriptBytes / 1024).toFixed(1)} KB |`;
	return [
		'## The map home against a naive MapLibre home',
		'',
		`The home paints a prerendered SVG of the province with every place and starts MapLibre when the visitor touches or focuses the map, or when the browser is idle on a device with 4+ cores and 4+ GB. The naive page is the same build opened at \`/vi/?${PROVINCE_VIEW}\`, which starts MapLibre on load. Lighthouse 12 mobile; load average when the runs began: ${r.loadAverage.join(', ')}.`,
		'',
		'| Page | Performance | TBT | LCP | CLS | JS |',
		'| --- | ---: | ---: | ---: | ---: | ---: |',
		row('/vi/ (static map first)', r.home),
		row('naive (MapLibre on load)', r.naive),
		'',
		`TBT ratio naive ÷ home: **${Number.isFinite(r.tbtRatio) ? `${r.tbtRatio.toFixed(1)}×` : '–'}** (goal ≥ 5×).`,
		''
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { serve } = await import('../serve.ts');
	const { join } = await import('node:path');
	const port = Number(process.env.PORT ?? 4181);
	const server = serve(join(process.cwd(), 'dist'), port);
	const base = `http://localhost:${port}`;
	if (process.env.BENCH_PROXY) {
		// BENCH_PROXY=1: the blocking-time stand-in only, home and naive alternately.
		for (let i = 0; i < Number(process.env.BENCH_RUNS ?? 1); i++) {
			console.log(JSON.stringify(await blockingTime(base, '/vi/')), JSON.stringify(await blockingTime(base, `/vi/?${PROVINCE_VIEW}`)));
		}
	} else {
		const result = await benchHomeVsNaive(process.cwd(), base, Number(process.env.BENCH_RUNS ?? 1));
		console.log(JSON.stringify(result, null, 2));
		console.log(homeVsNaiveSection(result).join('\n'));
	}
	server.close();
}
