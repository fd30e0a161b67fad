/**
 * What a visitor's phone downloads before a page can be used, and what moves while it loads:
 * for each page, the JavaScript transferred (encoded bytes of every script the page asked for
 * before the app had hydrated, `<html data-ready>`; what the app asks for afterwards, when the
 * browser is idle, is not counted), and the layout shifts (PerformanceObserver
 * 'layout-shift', with the elements that moved) at a phone's size, 390×844. On the search page it
 * also types a query, as a visitor would, and counts the shifts that typing causes.
 *
 *   tsx tools/bench/first-interaction.ts [base URL, default http://localhost:4174] [path …]
 *
 * Against the production build behind nginx (`tsx tools/nginx/serve.ts --port N`), so the
 * sizes are the gzip sizes a phone receives. A first visit with an empty cache, as from a QR code,
 * on Lighthouse's slow-4G link with a 4× slower CPU (fonts then arrive after the first paint).
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';

export type Shift = { value: number; sources: string[] };
export type FirstInteraction = { path: string; scripts: { url: string; bytes: number }[]; jsBytes: number; cls: number; shifts: Shift[] };

export const DEFAULT_PATHS = ['/en/place/ban-gioc-waterfall', '/vi/search', '/en/routes', '/vi/about', '/vi/'];

/** Starts recording layout shifts (with the elements that moved) before the page's own scripts run. */
const OBSERVE = `
	window.__shifts = [];
	new MutationObserver((_, observer) => {
		if (!document.documentElement || !document.documentElement.hasAttribute('data-ready')) return;
		window.__readyAt = performance.now();
		observer.disconnect();
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			if (e.hadRecentInput) continue;
			window.__shifts.push({
				value: e.value,
				sources: (e.sources || []).map((s) => {
					const n = s.node;
					if (!n || !n.nodeName) return '?';
					const el = n.nodeType === 1 ? n : n.parentElement;
					return (el ? el.nodeName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') : '#text') + ' ' + JSON.stringify(s.previousRect) + '→' + JSON.stringify(s.currentRect);
				})
			});
		}
	}).observe({ type: 'layout-shift', buffered: true });
`;

async function shiftsOf(page: Page): Promise<Shift[]> {
	return page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
}

export async function measurePage(page: Page, base: string, path: string): Promise<FirstInteraction> {
	await page.goto(base + path, { waitUntil: 'load' });
	await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
	await page.waitForLoadState('networkidle');
	const scripts = await page.evaluate((origin) => {
		const readyAt = (window as unknown as { __readyAt: number }).__readyAt;
		return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
			.filter((e) => e.startTime <= readyAt && new URL(e.name).pathname.endsWith('.js'))
			.map((e) => ({ url: e.name.replace(origin, ''), bytes: e.encodedBodySize }));
	}, base);
	if (path.endsWith('/search')) {
		await page.getByRole('searchbox').pressSequentially('thac ban gioc', { delay: 80 });
	}
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1000);
	const shifts = await shiftsOf(page);
	return {
		path,
		scripts,
		jsBytes: scripts.reduce((s, x) => s + x.bytes, 0),
		cls: shifts.reduce((s, x) => s + x.value, 0),
		shifts
	};
}

export async function measure(base: string, paths: readonly string[] = DEFAULT_PATHS, throttle = true): Promise<FirstInteraction[]> {
	const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
	const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
	const out: FirstInteraction[] = [];
	try {
		for (const path of paths) {
			const context = await browser.newContext({
				viewport: { width: 390, height: 844 },
				deviceScaleFactor: 3,
				isMobile: true,
				hasTouch: true
			});
			await context.addInitScript(OBSERVE);
			const page = await context.newPage();
			if (throttle) {
				// Lighthouse's mobile preset: a slow 4G link and a 4× slower CPU, so late fonts and
				// late scripts land after the first paint, as on a visitor's phone.
				const cdp = await context.newCDPSession(page);
				await cdp.send('Network.emulateNetworkConditions', {
					offline: false,
					latency: 150,
					downloadThroughput: (1.6 * 1024 * 1024) / 8,
					uploadThroughput: (750 * 1024) / 8
				});
				await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			}
			out.push(await measurePage(page, base, path));
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const base = process.argv[2] ?? 'http://localhost:4174';
	const paths = process.argv.length > 3 ? process.argv.slice(3) : DEFAULT_PATHS;
	for (const r of await measure(base, paths)) {
		console.log(
			`${r.path}: JS before interaction ${(r.jsBytes / 1024).toFixed(1)} KB in ${r.scripts.length} files; CLS ${r.cls.toFixed(3)}`
		);
		for (const s of r.scripts) console.log(`    ${(s.bytes / 1024).toFixed(1).padStart(6)} KB ${s.url}`);
		for (const s of r.shifts) console.log(`    shift ${s.value.toFixed(4)}: ${s.sources.join(' | ')}`);
	}
}
