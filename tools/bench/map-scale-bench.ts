/**
 * The home map's first frame with 10,000 places (issue 14: goal ≤ 1.5 s with a 4× CPU slowdown). The points reach
 * the map the way the app feeds them: a temporary copy of dist/ whose content bundles hold a SYNTHETIC guide of
 * 10,000 places (tools/bench/page-cost.ts: real entries copied to random spots of the province; never shipped),
 * drawn by the production build's PlacesLayer (a clustered GeoJSON source). Chromium (software WebGL, as in the
 * browser tests) opens the home map at the province view with Emulation.setCPUThrottlingRate 4; the figure is the
 * time from the map code's request to the first frame with places in it (MapProbe notes its time), beside the time
 * the map settled (its first `idle`: every tile, glyph and label in place, and the probe's read-out done).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Bundle, ContentManifest } from '../../src/lib/domain/content/types.ts';
import { syntheticBundle } from './page-cost.ts';
import { homePageSlice } from '../../src/lib/domain/content/page-slice.ts';
import { serve } from '../serve.ts';

export type MapFrame = {
	places: number;
	cpuSlowdown: number;
	/** From the map code's request: the style and its sources ready. */
	readyMs: number;
	/** From the map code's request: the first frame with places in it (the map may still be loading glyphs or tiles). */
	firstFrameMs: number;
	/** From the map code's request: the map settled (its first `idle`) and the test probe read what it drew. */
	settledMs: number;
	/** From the start of the navigation: the page's own work (the content bundle, the list) before the map code comes in. */
	fromNavigationMs: number;
	drawn: number;
};

/** The province view MapLibre fits first on a 412 px wide phone (PROVINCE_BOUNDS, see src/lib/domain/map/view.ts). */
export const PROVINCE_VIEW = 'at=22.735,106.05,8.4';

async function measure(base: string, places: number, slowdown: number): Promise<MapFrame> {
	const chrome = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
	const browser = await chromium.launch({ ...(chrome ? { executablePath: chrome } : {}), args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.addInitScript(() => {
			(window as Window & { __CAOBANG_MAP_PROBE__?: boolean }).__CAOBANG_MAP_PROBE__ = true;
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
		// The map code starts when its chunk is requested (Node's clock for the ready and settled marks).
		let start = NaN;
		page.on('request', (r) => {
			if (Number.isNaN(start) && /\/assets\/HomeMap-[^/]+\.js$/.test(r.url())) start = Date.now();
		});
		await page.goto(`${base}/vi/?${PROVINCE_VIEW}`);
		await page.locator('[data-map][data-map-state="ready"]').waitFor({ timeout: 120_000 });
		const ready = Date.now();
		await page.locator('[data-map-probe][data-map-places]').waitFor({ state: 'attached', timeout: 120_000 });
		const settled = Date.now();
		const drawn = Number(await page.locator('[data-map-probe]').getAttribute('data-map-places'));
		// The first frame with places, in the page's own clock (ms since its navigation began), as is the map code's request.
		const { frameAt, mapCodeAt } = await page.evaluate(() => ({
			frameAt: Number(document.querySelector('[data-map-probe]')?.getAttribute('data-map-first-places-frame')),
			mapCodeAt: performance.getEntriesByType('resource').find((e) => /\/assets\/HomeMap-[^/]+\.js$/.test(e.name))?.startTime ?? NaN
		}));
		return {
			places,
			cpuSlowdown: slowdown,
			readyMs: ready - start,
			firstFrameMs: Math.round(frameAt - mapCodeAt),
			settledMs: settled - start,
			fromNavigationMs: Math.round(frameAt),
			drawn
		};
	} finally {
		await browser.close();
	}
}

/** Copies dist/ with a synthetic guide of `places` places in each language's bundle; returns the copy. */
function syntheticDist(dist: string, places: number): string {
	const copy = mkdtempSync(join(tmpdir(), 'map-scale-'));
	cpSync(dist, copy, { recursive: true });
	const manifest = JSON.parse(readFileSync(join(copy, 'content/manifest.json'), 'utf8')) as ContentManifest;
	for (const [lang, url] of Object.entries(manifest.bundles)) {
		const file = join(copy, url.replace(/^\//, ''));
		const real = JSON.parse(readFileSync(file, 'utf8')) as Bundle;
		// Without routes, as this figure has been measured since stop 21: the places are what it weighs.
		const synthetic = { ...syntheticBundle(real, places, Math.round(places / 5)), routes: [] };
		writeFileSync(file, JSON.stringify(synthetic));
		// The home hydrates from its own slice (tools/prerender-slice.ts), named in its HTML: that of the synthetic guide.
		const home = join(copy, 'content/home');
		for (const name of readdirSync(home).filter((n) => n.startsWith(`${lang}.`))) {
			writeFileSync(join(home, name), JSON.stringify(homePageSlice(synthetic)));
		}
	}
	return copy;
}

/** Serves a copy of `dist` with `places` synthetic places on `port` and measures the first frame. */
export async function benchMapScale(dist: string, port: number, places = 10_000, slowdown = 4): Promise<MapFrame> {
	const copy = syntheticDist(dist, places);
	const server = serve(copy, port);
	try {
		return await measure(`http://localhost:${port}`, places, slowdown);
	} finally {
		server.close();
		rmSync(copy, { recursive: true, force: true });
	}
}
