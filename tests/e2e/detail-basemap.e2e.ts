/**
 * The detail basemap, end to end, with an archive the test makes itself
 * (helpers/detail-archive.ts: a road and a village at Bản Giốc, written by tools/basemap).
 *
 * A copy of the build names it as site.yaml would (`detailBasemap` in both bundles, a
 * `basemap` file owned by `site` in content/manifest.json). The map uses it only once the
 * offline pack has stored it: overview only before, detail after (online and offline), and
 * the overview again once the pack is deleted. The visitor goes between the map and the
 * offline screen by the app's own navigation, as one would: the map is the persistent one of
 * ADR 0004, so it must notice the pack change without a reload. What the map drew is read from
 * MapProbe's `data-map-detail` (on/off: the detail source is in the style) and
 * `data-map-detail-features` (detail features drawn), which it writes on every `idle`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Bundle, ContentManifest, MediaFile } from '../../src/lib/domain/content/types.ts';
import { formatBytes } from '../../src/lib/domain/offline/format-bytes.ts';
import { CACHE_NAMES } from '../../src/shared/cache-names.ts';
import { BAN_GIOC, DETAIL_ATTRIBUTION, buildDetailArchive } from './helpers/detail-archive.ts';
import { enableMapProbe, mapProbe } from './helpers/map-probe.ts';
import { cachedPaths, waitForOfflineReady } from './helpers/pwa.ts';
import { createSiteCopy, type SiteCopy } from './helpers/site-copy.ts';

const DETAIL_URL = '/content/basemap/detail-test.pmtiles';
/** Zoom 12 at the waterfall: the road, its ref and the village label are all drawn. */
const HOME = `/en/?at=${BAN_GIOC.lat},${BAN_GIOC.lon},12`;

let copy: SiteCopy;
let detail: MediaFile;

test.beforeAll(async () => {
	const bytes = buildDetailArchive();
	detail = {
		url: DETAIL_URL,
		bytes: bytes.length,
		sha256: createHash('sha256').update(bytes).digest('hex'),
		kind: 'basemap',
		owner: 'site'
	};
	copy = await createSiteCopy((dir) => {
		mkdirSync(dirname(join(dir, DETAIL_URL)), { recursive: true });
		writeFileSync(join(dir, DETAIL_URL), bytes);
		const manifestFile = join(dir, 'content/manifest.json');
		const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ContentManifest;
		// What tools/content/compile.ts makes of `basemap.detail` in site.yaml; the bundles keep their names.
		// The home's slices carry the site's settings too (tools/prerender-slice.ts).
		const homeSlices = readdirSync(join(dir, 'content/home')).map((name) => join(dir, 'content/home', name));
		expect(homeSlices).toHaveLength(2);
		for (const file of [...(['vi', 'en'] as const).map((lang) => join(dir, manifest.bundles[lang])), ...homeSlices]) {
			const bundle = JSON.parse(readFileSync(file, 'utf8')) as Bundle;
			bundle.site.detailBasemap = { url: DETAIL_URL, attribution: DETAIL_ATTRIBUTION };
			writeFileSync(file, JSON.stringify(bundle));
		}
		writeFileSync(manifestFile, JSON.stringify({ ...manifest, media: [...manifest.media.filter((m) => m.kind !== 'basemap'), detail] }));
	});
});

test.afterAll(async () => {
	await copy?.stop();
});

function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
	page.on('console', (msg) => {
		if (msg.type() === 'error' && /Map error|could not start/.test(msg.text())) problems.push(`console: ${msg.text()}`);
	});
	return problems;
}

const mapHost = (page: Page) => page.locator('[data-map]');
const attribution = (page: Page) => page.locator('[data-map] .maplibregl-ctrl-attrib');
const detailFeatures = (page: Page) =>
	mapProbe(page)
		.getAttribute('data-map-detail-features')
		.then((value) => Number(value ?? Number.NaN));

/** Waits until the home map has drawn, at the waterfall. */
async function mapReady(page: Page): Promise<void> {
	await expect(mapHost(page)).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
	await expect(mapProbe(page)).toHaveAttribute('data-map-zoom', '12.00');
}

/** Loads the home map at the waterfall (a page load). */
async function openMap(page: Page): Promise<void> {
	await page.goto(`${copy.url}${HOME}`);
	await mapReady(page);
}

/**
 * Goes to another screen by the app's navigation bar, and checks it was no page load: a mark
 * left on `window` before the click is still there after it.
 */
async function goByNav(page: Page, link: 'Map' | 'Offline'): Promise<void> {
	await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
	await page.locator('nav.app-nav').getByRole('link', { name: link, exact: true }).click();
	await expect(page).toHaveURL(link === 'Map' ? /\/en\/$/ : /\/en\/offline$/);
	expect(await page.evaluate(() => '__sameDocument' in window)).toBe(true);
}

async function expectOverviewOnly(page: Page): Promise<void> {
	await expect(mapProbe(page)).toHaveAttribute('data-map-detail', 'off');
	await expect(mapProbe(page)).toHaveAttribute('data-map-detail-features', '0');
	await expect(attribution(page)).toContainText('Natural Earth');
	await expect(attribution(page)).not.toContainText(DETAIL_ATTRIBUTION);
}

async function expectDetail(page: Page): Promise<void> {
	await expect(mapProbe(page)).toHaveAttribute('data-map-detail', 'on');
	await expect.poll(() => detailFeatures(page), { timeout: 15_000 }).toBeGreaterThan(0);
	await expect(attribution(page)).toContainText(DETAIL_ATTRIBUTION);
	await expect(attribution(page)).toContainText('Natural Earth');
	// Both archives credit OpenStreetMap; the line says it once.
	const credits = (await attribution(page).textContent()) ?? '';
	expect(credits.split('© OpenStreetMap contributors').length - 1, credits).toBe(1);
}

test('a detail basemap named by the site is used once the offline pack stored it, offline too, and no longer once deleted', async ({
	page,
	context
}) => {
	test.setTimeout(150_000);
	await enableMapProbe(page);
	const problems = watchProblems(page);
	const province = page.locator('[data-pack="province"]');
	const size = formatBytes(detail.bytes, 'en');

	await test.step('before the download: the overview only; the map never fetches the detail archive itself', async () => {
		const fetched: string[] = [];
		page.on('request', (req) => {
			if (new URL(req.url()).pathname === DETAIL_URL) fetched.push(req.url());
		});
		await openMap(page);
		await waitForOfflineReady(page);
		await expectOverviewOnly(page);
		expect(fetched).toEqual([]);
	});

	await test.step('the offline screen lists the detail map with its size; it downloads, verifies and is ready', async () => {
		await goByNav(page, 'Offline');
		await expect(province).toContainText(`1 file, ${size}`);
		await expect(province).toContainText('detailed map');
		await province.getByRole('button', { name: `Download (${size})` }).click();
		await expect(province).toContainText('Stored on this device');
		expect(await cachedPaths(page, CACHE_NAMES.media)).toEqual([DETAIL_URL]);
		expect(await cachedPaths(page, CACHE_NAMES.incoming)).toEqual([]);
		// Stored whole and verified: the bytes in the cache are the archive's.
		const stored = await page.evaluate(
			async ({ url, name }) => {
				const res = await (await caches.open(name)).match(url);
				const digest = await crypto.subtle.digest('SHA-256', await res!.arrayBuffer());
				return [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, '0')).join('');
			},
			{ url: DETAIL_URL, name: CACHE_NAMES.media }
		);
		expect(stored).toBe(detail.sha256);
	});

	await test.step('back on the map by the nav link, without a reload: the detail source is on, its road and village are drawn, with its attribution', async () => {
		await goByNav(page, 'Map');
		await mapReady(page);
		await expectDetail(page);
	});

	await test.step('with no network, after a reload, the detail map still renders', async () => {
		await openMap(page);
		await context.setOffline(true);
		await page.reload();
		await mapReady(page);
		await expectDetail(page);
		await context.setOffline(false);
	});

	await test.step('deleting the pack, then back on the map by the nav link: the map falls back to the overview', async () => {
		await goByNav(page, 'Offline');
		await province.getByRole('button', { name: 'Delete' }).click();
		await expect(province.getByRole('button', { name: `Download (${size})` })).toBeVisible();
		expect(await cachedPaths(page, CACHE_NAMES.media)).toEqual([]);
		await goByNav(page, 'Map');
		await mapReady(page);
		await expectOverviewOnly(page);
	});

	expect(problems).toEqual([]);
});
