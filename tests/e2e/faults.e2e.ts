/**
 * Faults survived with nothing lost, in a real Chromium behind nginx and the fault proxy: a
 * connection dropped at random bytes of a large file (resumed by `Range`), a real storage quota
 * (DevTools protocol, not a simulated error), the browser evicting Cache Storage, and a hostile
 * share link. Each test checks what a visitor would lose: packs, saved places, visits, itineraries.
 */
import { expect, test, type Page } from '@playwright/test';
import { CACHE_NAMES } from '../../src/shared/cache-names.ts';
import { cachedPaths, cachedSha256 } from './helpers/pwa.ts';
import { readGuideDb, seedGuideDb } from './helpers/guide-db.ts';
import { publishVersion2 } from './helpers/publish-version.ts';
import { createMediaSite, openOfflineScreenOf, type MediaSite } from './helpers/media-site.ts';

let site: MediaSite;
test.beforeEach(async () => {
	site = await createMediaSite();
});
test.afterEach(async () => {
	await site.proxy.stop();
	await site.copy.stop();
});

const openOfflineScreen = (page: Page) => openOfflineScreenOf(site, page);

const province = (page: Page) => page.locator('[data-pack="province"]');
const routeRow = (page: Page) => page.locator(`[data-pack="route:${site.routeId}"]`);

test.describe('a dropped connection', () => {
	test('cut at 10 random bytes of a large file: each download resumes by Range and ends whole and verified', async ({ page }) => {
		test.setTimeout(240_000);
		await openOfflineScreen(page);
		let seed = 2026;
		const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0), seed / 2 ** 32);
		const runs: string[] = [];
		let resumedLater = 0;
		for (let run = 0; run < 10; run++) {
			const cutAt = 1 + Math.floor(random() * (site.big.bytes - 2));
			site.proxy.ranges.clear();
			site.proxy.faults.set(site.big.url, [{ cutAt }]);
			await province(page)
				.getByRole('button', { name: /^(Download|Resume)/ })
				.click();
			await expect(province(page)).toContainText('Stored on this device', { timeout: 30_000 });
			expect(await cachedSha256(page, CACHE_NAMES.media, site.big.url)).toBe(site.big.sha256);
			expect(await cachedPaths(page, CACHE_NAMES.incoming)).toEqual([]);
			// The retry asked for the rest, from at most the byte where the cut came (the browser may
			// drop what it had not yet handed to the page), or for the whole file if nothing was kept.
			const [first, retry, ...more] = site.proxy.ranges.get(site.big.url)!;
			expect([first, more]).toEqual([null, []]);
			const from = retry ? Number(/^bytes=(\d+)-$/.exec(retry)?.[1]) : 0;
			expect(from, `cut at ${cutAt}, resumed with ${retry}`).toBeLessThanOrEqual(cutAt);
			if (from > 0) resumedLater++;
			runs.push(`${cutAt}→${from}`);
			await province(page).getByRole('button', { name: 'Delete' }).click();
			await expect(province(page).getByRole('button', { name: /^Download/ })).toBeVisible();
		}
		console.log(`large file: cut at byte → resumed from byte: ${runs.join(', ')}`);
		// Resuming by range is what happened, not a restart from the first byte.
		expect(resumedLater, runs.join(', ')).toBeGreaterThanOrEqual(5);
	});

	test('a connection that stays down keeps the bytes received; after a reload, Resume asks only for the rest', async ({ page }) => {
		await openOfflineScreen(page);
		site.proxy.faults.set(site.big.url, [{ cutAt: 1_200_000 }, { cutAt: 0 }, { cutAt: 0 }]);
		await province(page)
			.getByRole('button', { name: /^Download/ })
			.click();
		await expect(province(page).getByRole('alert')).toContainText('The connection dropped');
		// The earlier state is intact: nothing half-stored among the packs' files.
		expect(await cachedPaths(page, CACHE_NAMES.media)).toEqual([]);
		await page.reload();
		site.proxy.ranges.clear();
		await province(page)
			.getByRole('button', { name: /^Resume/ })
			.click();
		await expect(province(page)).toContainText('Stored on this device');
		const ranges = site.proxy.ranges.get(site.big.url)!;
		expect(ranges).toHaveLength(1);
		const from = Number(/^bytes=(\d+)-$/.exec(ranges[0] ?? '')?.[1]);
		expect(from).toBeGreaterThan(0);
		expect(from).toBeLessThanOrEqual(1_200_000);
		expect(await cachedSha256(page, CACHE_NAMES.media, site.big.url)).toBe(site.big.sha256);
	});
});

test.describe('storage', () => {
	test('a real quota stops a download with a message, loses nothing stored, and completes once space is freed', async ({ page }) => {
		await openOfflineScreen(page);
		const seeded = await seedGuideDb(page);
		await routeRow(page)
			.getByRole('button', { name: /^Download/ })
			.click();
		await expect(routeRow(page)).toContainText('Stored on this device');

		const origin = new URL(site.proxy.url).origin;
		const cdp = await page.context().newCDPSession(page);
		const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
		await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 900_000 });
		await province(page)
			.getByRole('button', { name: /^Download/ })
			.click();
		await expect(province(page).getByRole('alert')).toContainText('not enough space');
		await expect(routeRow(page)).toContainText('Stored on this device');
		expect(await cachedPaths(page, CACHE_NAMES.media)).toEqual([site.files[0]!.url, site.files[1]!.url].sort());
		expect(await readGuideDb(page)).toMatchObject(seeded);

		// Space freed: the quota is the browser's own again. Resume keeps the bytes stored before.
		await cdp.send('Storage.overrideQuotaForOrigin', { origin });
		site.proxy.ranges.clear();
		await province(page)
			.getByRole('button', { name: /^(Resume|Download)/ })
			.click();
		await expect(province(page)).toContainText('Stored on this device');
		// Bytes stored before the quota was hit are asked for no more (a `Range` from them); when
		// the quota was hit on the first part, nothing was kept and the file starts again. Resuming
		// from the cut byte itself is proven by "cut at 10 random bytes" below.
		const range = site.proxy.ranges.get(site.big.url)?.[0] ?? null;
		if (range !== null) expect(range).toMatch(/^bytes=[1-9]\d*-$/);
		expect(await cachedSha256(page, CACHE_NAMES.media, site.big.url)).toBe(site.big.sha256);
		expect(await readGuideDb(page)).toMatchObject(seeded);
	});

	test('Cache Storage evicted by the browser: the guide opens, says what is missing, and repairs it in one tap', async ({
		page,
		context
	}) => {
		test.setTimeout(180_000);
		await openOfflineScreen(page);
		const seeded = await seedGuideDb(page);
		await province(page)
			.getByRole('button', { name: /^Download/ })
			.click();
		await expect(province(page)).toContainText('Stored on this device');
		const precached = await cachedPaths(page, CACHE_NAMES.precache);
		expect(precached.length).toBeGreaterThan(10);

		// What the browser does under storage pressure: every cache of the origin is gone, the
		// service worker's own copy of the app included; IndexedDB stays.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Storage.clearDataForOrigin', { origin: new URL(site.proxy.url).origin, storageTypes: 'cache_storage' });
		expect(await cachedPaths(page, CACHE_NAMES.media)).toEqual([]);
		expect(await cachedPaths(page, CACHE_NAMES.precache)).toEqual([]);

		await page.goto(`${site.proxy.url}/en/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const notice = page.getByTestId('pack-repair');
		await expect(notice).toContainText('Your browser removed part of the guide’s copy kept for use without a connection');
		await expect(notice).toContainText('Your browser removed some of the photos');
		// One button repairs both.
		await expect(notice.getByRole('button')).toHaveCount(1);
		await notice.getByRole('button', { name: 'Repair' }).click();
		await expect(notice).toBeHidden({ timeout: 60_000 });
		expect(await cachedPaths(page, CACHE_NAMES.precache)).toEqual(precached);
		await expect.poll(() => cachedPaths(page, CACHE_NAMES.media), { timeout: 30_000 }).toEqual(site.files.map((f) => f.url).sort());
		expect(await cachedSha256(page, CACHE_NAMES.media, site.big.url)).toBe(site.big.sha256);
		expect(await readGuideDb(page)).toMatchObject(seeded);

		// Repaired for real: with no network the guide opens, a place page and its downloaded files too.
		await context.setOffline(true);
		await page.goto(`${site.proxy.url}/vi/search`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.goto(`${site.proxy.url}/en/offline`);
		await expect(province(page)).toContainText('Stored on this device');
		await context.setOffline(false);
	});

	test('evicted, and the server already has a newer version: the repair stores nothing of it and offers the update', async ({ page }) => {
		test.setTimeout(180_000);
		await openOfflineScreen(page);
		/** Version 1's pages, under the keys its worker keeps them (with their Workbox revision). */
		const v1Pages = async () =>
			page.evaluate(async (name) => {
				const cache = await caches.open(name);
				const keys = (await cache.keys()).filter((r) => /\.html\?__WB_REVISION__=/.test(r.url));
				return Promise.all(keys.map(async (r) => ({ key: r.url, text: await (await cache.match(r))!.text() })));
			}, CACHE_NAMES.precache);
		const v1Keys = (await v1Pages()).map((p) => p.key);
		expect(v1Keys.length).toBeGreaterThan(0);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Storage.clearDataForOrigin', { origin: new URL(site.proxy.url).origin, storageTypes: 'cache_storage' });
		await page.goto(`${site.proxy.url}/en/`);
		const notice = page.getByTestId('pack-repair');
		await expect(notice).toContainText('Your browser removed part of the guide’s copy');

		const v2 = await publishVersion2(site.copy.dir);
		await notice.getByRole('button', { name: 'Repair' }).click();
		await expect(notice.getByRole('alert')).toContainText('Not everything could be repaired');
		// No page of version 2 was stored as version 1's (the new worker, installing now, keeps
		// its own pages under its own revisions).
		const after = (await v1Pages()).filter((p) => v1Keys.includes(p.key));
		for (const p of after) expect(p.text, p.key).not.toContain(v2.newScript);
		expect(after.length).toBeLessThan(v1Keys.length);
		// The way out is the new version, installed whole by its own worker.
		const toast = page.getByTestId('update-toast');
		await expect(toast).toBeVisible({ timeout: 30_000 });
		await toast.getByRole('button', { name: 'Reload' }).click();
		await expect(page.locator(`script[src="${v2.newScript}"]`)).toBeAttached({ timeout: 30_000 });
		await expect(page.getByTestId('pack-repair')).toBeHidden();
	});
});

test.describe('two tabs, two versions', () => {
	test('an upgrade of the database blocked by another tab: a message, nothing lost, and it completes when that tab closes', async ({
		context
	}) => {
		// An older release's database (version 3) with a saved place, held open by a tab that
		// does not step aside (opened on a plain file of the site, so no app runs in it).
		const oldTab = await context.newPage();
		await oldTab.goto(`${site.proxy.url}/content/manifest.json`);
		await oldTab.evaluate(
			() =>
				new Promise<void>((ok, fail) => {
					const req = indexedDB.open('caobang-guide', 3);
					req.onupgradeneeded = () => {
						const db = req.result;
						db.createObjectStore('saved', { keyPath: 'placeId' });
						db.createObjectStore('visits', { keyPath: 'placeId' }).createIndex('visitedAt', 'visitedAt');
						db.createObjectStore('meta');
						db.createObjectStore('packs', { keyPath: 'id' });
					};
					req.onerror = () => fail(req.error);
					req.onsuccess = () => {
						const tx = req.result.transaction('saved', 'readwrite');
						tx.objectStore('saved').put({ placeId: 'ban-gioc-waterfall', savedAt: '2026-11-20T08:00:00.000+07:00' });
						tx.oncomplete = () => (((window as { oldDb?: IDBDatabase }).oldDb = req.result), ok());
					};
				})
		);

		const page = await context.newPage();
		await page.goto(`${site.proxy.url}/en/saved`);
		const alert = page.getByRole('alert').filter({ hasText: 'An older copy of the guide is open in another tab' });
		await expect(alert).toBeVisible();
		await oldTab.close();
		await expect(alert).toBeHidden();
		await expect(page.getByRole('link', { name: 'Bản Giốc Waterfall' }).first()).toBeVisible();
		expect(await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'caobang-guide')?.version)).toBe(4);
		expect((await readGuideDb(page)).saved).toEqual([{ placeId: 'ban-gioc-waterfall', savedAt: '2026-11-20T08:00:00.000+07:00' }]);
	});
});
