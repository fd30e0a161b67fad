/**
 * The map home paints a prerendered picture of the province first and starts MapLibre only when the visitor taps
 * or focuses it, or when the browser is idle on a capable device (issue 14). The switch must not move anything on
 * the page: a layout-shift PerformanceObserver records every shift, input or not, from before the tap to the drawn
 * live map. The device is pinned (cores, memory) so that what starts the map is known.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { listEveryPlace, openMapButton, staticHomeMap } from './helpers/home-map.ts';

/** A phone that does not start the map by itself (2 cores, 2 GB), or one that does (8 cores, 8 GB). */
async function pinDevice(page: Page, cores: number, memoryGb: number): Promise<void> {
	await page.addInitScript(
		([c, m]) => {
			Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => c });
			Object.defineProperty(navigator, 'deviceMemory', { get: () => m });
		},
		[cores, memoryGb]
	);
}

/** Collects every layout shift (with or without recent input) from the start of the page, but those inside the live map. */
async function watchShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as Window & { __shifts?: { value: number; at: number }[] };
		w.__shifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
				// MapLibre's own controls settling inside the live map are not the page moving.
				const inMap = (n: Node | null | undefined) => !!(n instanceof Element ? n : n?.parentElement)?.closest('[data-map]');
				const sources = e.sources ?? [];
				if (sources.length === 0 || !sources.every((s) => inMap(s.node))) w.__shifts!.push({ value: e.value, at: e.startTime });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

const shiftsSince = (page: Page, t: number) =>
	page.evaluate((since) => (window as Window & { __shifts?: { value: number; at: number }[] }).__shifts!.filter((s) => s.at >= since), t);

/** An element's box in page coordinates (a tap may scroll), to the pixel (the canvas rounds its size). */
const onPage = (locator: Locator) =>
	locator.evaluate((el) => {
		const r = el.getBoundingClientRect();
		return [r.left + scrollX, r.top + scrollY, r.width, r.height].map(Math.round);
	});

const mapCode = (urls: string[]) => urls.filter((u) => /HomeMap|maplibre|\.pmtiles/.test(u));

test('the home shows the picture of the map with every place, and no map code until the visitor asks', async ({ page }) => {
	await pinDevice(page, 2, 2);
	const requested: string[] = [];
	page.on('request', (r) => requested.push(r.url()));
	await page.goto('/vi/');
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	const picture = staticHomeMap(page);
	await expect(picture.locator('svg')).toBeVisible();
	await expect(openMapButton(page)).toBeVisible();
	// One dot per located place: the list's "show on map" buttons, once every row is listed.
	await listEveryPlace(page);
	const located = await page.getByRole('button', { name: /^Xem trên bản đồ: / }).count();
	const dots = await picture
		.locator('#map-home-overlay path')
		.evaluateAll((paths) => paths.reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0));
	expect(dots).toBe(located);
	await page.waitForLoadState('networkidle');
	expect(mapCode(requested)).toEqual([]);
	const results = await new AxeBuilder({ page }).include('.map-section').analyze();
	expect(results.violations).toEqual([]);
});

test('a tap on the picture starts the live map in the same box, and nothing on the page moves', async ({ page }) => {
	await pinDevice(page, 2, 2);
	await watchShifts(page);
	await page.goto('/en/');
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	const frame = page.locator('.map-frame');
	const heading = page.getByRole('heading', { level: 2, name: 'Places' });
	const before = { frame: await onPage(frame), heading: await onPage(heading) };
	const tappedAt = await page.evaluate(() => performance.now());
	await openMapButton(page).click();
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
	await expect(staticHomeMap(page)).toHaveCount(0);
	expect(await onPage(page.locator('[data-map] canvas'))).toEqual(before.frame);
	expect(await onPage(frame)).toEqual(before.frame);
	expect(await onPage(heading)).toEqual(before.heading);
	expect(await shiftsSince(page, tappedAt)).toEqual([]);
});

test('from the keyboard, focusing the picture starts the map and hands it the focus', async ({ page }) => {
	await pinDevice(page, 2, 2);
	await page.goto('/en/');
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	await openMapButton(page).focus();
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
	await expect(page.locator('[data-map] canvas')).toBeFocused();
	await page.keyboard.press('+');
	await expect(page).toHaveURL(/[?&]at=/);
});

test('"show on map" in the list starts the live map at the place, with its card', async ({ page }) => {
	await pinDevice(page, 2, 2);
	await page.goto('/en/');
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	await page.getByRole('button', { name: 'Show on map: Bản Giốc Waterfall' }).click();
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
	await expect(page.getByRole('dialog', { name: 'Selected place' }).getByRole('heading', { name: 'Bản Giốc Waterfall' })).toBeVisible();
});

test('a capable device starts the live map by itself once the page is idle', async ({ page }) => {
	await pinDevice(page, 8, 8);
	await page.goto('/vi/');
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
	await expect(staticHomeMap(page)).toHaveCount(0);
});
