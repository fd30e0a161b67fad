/**
 * A place with a photo, from a fixture build (helpers/fixture-site.ts: the real content plus a
 * photo the test generates). The page keeps the photo's room from the first paint (no layout
 * shift: CLS 0), shows the ThumbHash placeholder until the file arrives, offers AVIF, WebP and
 * JPEG at several widths, and offline shows the small WebP stored with the guide.
 */
import { expect, test, type Route } from '@playwright/test';
import type { Bundle, ContentManifest } from '../../src/lib/domain/content/types.ts';
import { PHOTO_ALT, PHOTO_PLACE, photoSite } from './helpers/fixture-site.ts';
import { waitForOfflineReady } from './helpers/pwa.ts';
import type { SiteCopy } from './helpers/site-copy.ts';

let site: SiteCopy;
test.beforeAll(async () => {
	test.setTimeout(600_000);
	site = await photoSite();
});
test.afterAll(async () => site?.stop());

/** Layout shifts since the page started, summed as CLS counts them (no recent input). */
const CLS_PROBE = () => {
	(window as unknown as { __cls: number }).__cls = 0;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
			if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
		}
	}).observe({ type: 'layout-shift', buffered: true });
};

test('a place with a photo: placeholder first, no layout shift, every format and width', async ({ page }) => {
	test.setTimeout(180_000);
	await page.addInitScript(CLS_PROBE);
	let release: () => void = () => {};
	const held = new Promise<void>((ok) => (release = ok));
	await page.route(/\/content\/(media|photos)\//, async (route: Route) => {
		await held;
		await route.continue();
	});
	await page.goto(`${site.url}/en/place/${PHOTO_PLACE}`, { waitUntil: 'domcontentloaded' });
	const photo = page.getByRole('img', { name: PHOTO_ALT.en });
	await expect(photo).toBeVisible();
	// Before the file arrives: the placeholder is drawn and the room is kept.
	expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(0);
	// Set from script once the page hydrates (the CSP allows no inline style attribute).
	await expect.poll(() => photo.evaluate((img) => getComputedStyle(img).backgroundImage)).toMatch(/^url\("data:image\/png;base64,/);
	const before = await photo.boundingBox();
	expect(before && Math.round((before.width / before.height) * 100) / 100).toBe(1.5);
	await page.screenshot({ path: test.info().outputPath('placeholder.png') });

	release();
	await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	expect(await photo.boundingBox()).toEqual(before);
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);

	const sources = await page
		.locator('picture source')
		.evaluateAll((els) =>
			els.map((e) => `${e.getAttribute('type')} ${e.getAttribute('srcset')?.replace(/\/content\/\S+-(\d+)\.[0-9a-f]{10}\.\w+/g, '$1')}`)
		);
	expect(sources).toEqual([
		'image/avif 480 480w, 960 960w, 1440 1440w',
		'image/webp 480 480w, 960 960w, 1440 1440w',
		'image/jpeg 480 480w, 960 960w, 1440 1440w'
	]);
	expect(await photo.getAttribute('loading')).toBe('eager');
	expect([await photo.getAttribute('width'), await photo.getAttribute('height')]).toEqual(['1600', '1000']);
});

test('offline, the place shows the small WebP stored with the guide; the offline screen counts it', async ({ page, context }) => {
	const manifest = (await (await page.request.get(`${site.url}/content/manifest.json`)).json()) as ContentManifest;
	const bundle = (await (await page.request.get(`${site.url}${manifest.bundles.vi}`)).json()) as Bundle;
	const offline = bundle.places.find((p) => p.id === PHOTO_PLACE)?.images[0]?.offline;
	expect(offline).toMatch(/^\/content\/photos\/ban-gioc-waterfall\/fixture-photo-480\.[0-9a-f]{10}\.webp$/);
	expect(manifest.photos?.files).toBe(1);
	expect(manifest.photos?.bytes).toBeGreaterThan(0);

	await page.goto(`${site.url}/vi/`);
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await page.goto(`${site.url}/vi/place/${PHOTO_PLACE}`);
	const photo = page.getByRole('img', { name: PHOTO_ALT.vi });
	await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	expect(await photo.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toBe(offline);
	await page.goto(`${site.url}/vi/offline`);
	await expect(page.getByTestId('photos-with-guide')).toContainText('Ảnh đầu tiên của 1 địa điểm');
});
