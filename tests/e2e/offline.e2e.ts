/**
 * Offline: the production build behind nginx, a real service worker, then no network at all.
 * Download for offline: a copy of the build with generated media, behind a proxy that can drop,
 * damage or slow a file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createBytes } from './helpers/bytes.ts';
import { expect, test, type Page } from '@playwright/test';
import type { Bundle, ContentManifest, MediaFile } from '../../src/lib/domain/content/types.ts';
import { CACHE_NAMES } from '../../src/shared/cache-names.ts';
import { cachedPages, cachedPaths, waitForOfflineReady } from './helpers/pwa.ts';
import { createSiteCopy, type SiteCopy } from './helpers/site-copy.ts';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.ts';

const names = { vi: 'Thác Bản Giốc', en: 'Bản Giốc Waterfall' } as const;
const route = { vi: 'Trải nghiệm văn hóa bản địa', en: 'Traditional cultures' } as const;

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (err) => errors.push(err.message));
	page.on('console', (msg) => {
		if (msg.type() === 'error' && /Content Security Policy|Refused to/.test(msg.text())) errors.push(msg.text());
	});
	return errors;
}

test.describe('offline after the first visit', () => {
	test('the first visit makes the guide ready offline, and says so', async ({ page }) => {
		const errors = watchErrors(page);
		const start = Date.now();
		await page.goto('/vi/');
		await waitForOfflineReady(page);
		const ms = Date.now() - start;
		await expect(page.getByTestId('offline-ready-toast')).toBeVisible();
		test.info().annotations.push({ type: 'first visit → ready offline', description: `${ms} ms` });
		console.log(`first visit → ready offline: ${ms} ms`);
		await page.goto('/en/offline');
		await expect(page.getByTestId('offline-status')).toHaveAttribute('data-ready', 'true');
		await expect(page.getByTestId('offline-status')).toContainText('Ready offline');
		expect(errors).toEqual([]);
	});

	test('with no network, home, place and route pages of both languages load cold; unseen pages render from the shell', async ({
		page,
		context
	}) => {
		const errors = watchErrors(page);
		await page.goto(`/vi/place/ban-gioc-waterfall`);
		await waitForOfflineReady(page);
		// The visit that installed the worker is kept too.
		await expect.poll(() => cachedPages(page)).toContain('/vi/place/ban-gioc-waterfall');
		await context.setOffline(true);
		// The page that is open hears the connection go, and says so.
		await expect(page.getByTestId('offline-indicator')).toBeVisible();

		for (const lang of ['vi', 'en'] as const) {
			await page.goto(`/${lang}/`);
			await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
			// (The indicator is checked above, on the open page: after a navigation under emulated
			// offline, this Chromium reports navigator.onLine as true, so a fresh page cannot know.)
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

			await page.goto(`/${lang}/place/ban-gioc-waterfall`);
			await page.reload();
			await expect(page.getByRole('heading', { level: 1, name: names[lang] })).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('lang', lang);

			await page.goto(`/${lang}/route/east-traditional-cultures`);
			await expect(page.getByRole('heading', { level: 1, name: new RegExp(route[lang]) })).toBeVisible();
		}
		// Seen online before: the stored prerendered page. Never opened: the shell renders it.
		await page.goto('/vi/place/ban-gioc-waterfall');
		await expect(page.locator('#app')).toHaveAttribute('data-prerendered', '');
		await page.goto('/en/service/khuoi-ky-homestays');
		await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered', '');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page).toHaveTitle(/Khuổi Ky/);
		expect(errors).toEqual([]);
	});

	test('search and the language switch work with no network', async ({ page, context }) => {
		await page.goto('/en/');
		await waitForOfflineReady(page);
		await context.setOffline(true);
		await page.goto('/en/search?q=ban%20gioc');
		const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
		await expect(first).toHaveText(names.en);
		await first.click();
		await expect(page.getByRole('heading', { level: 1, name: names.en })).toBeVisible();
		await page.locator('[data-lang-switch]').click();
		await expect(page).toHaveURL(/\/vi\/place\/ban-gioc-waterfall$/);
		await expect(page.getByRole('heading', { level: 1, name: names.vi })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: names.vi })).toBeVisible();
	});

	test('an unknown address offline shows the not-found screen of its language', async ({ page, context }) => {
		await page.goto('/en/');
		await waitForOfflineReady(page);
		await context.setOffline(true);
		await page.goto('/en/place/no-such-place');
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	});
});

test.describe('the offline screen with today’s content', () => {
	test('offers the detailed map of the province to download, with its size, and keeps the emergency numbers', async ({ page }) => {
		await page.goto('/en/offline');
		await expect(page.getByTestId('no-media')).toHaveCount(0);
		const province = page.locator('[data-pack="province"]');
		await expect(province).toContainText('detailed map');
		await expect(province.getByRole('button', { name: /^Download \(\d[\d.,]* (KB|MB)\)$/ })).toBeVisible();
		await expect(page.getByRole('link', { name: '113' })).toHaveAttribute('href', 'tel:113');
		await expect(page.getByText(/^Content version [0-9a-f]{12}$/)).toBeVisible();
		await waitForOfflineReady(page);
		await expect(page.getByTestId('offline-status')).toHaveAttribute('data-ready', 'true');
		await expect(page.getByText(/The guide uses .+ of the .+ this browser allows\./)).toBeVisible();
	});
});

// ---------------------------------------------------------------------------------------------
// Download for offline, with generated media

type MediaSite = { copy: SiteCopy; proxy: FaultProxy; files: MediaFile[]; routeId: string };

/** Adds three photos (two on a route, one elsewhere) to a copy of the build. */
async function createMediaSite(): Promise<MediaSite> {
	let files: MediaFile[] = [];
	let routeId = '';
	const copy = await createSiteCopy((dir) => {
		const manifest = JSON.parse(readFileSync(join(dir, 'content/manifest.json'), 'utf8')) as ContentManifest;
		const bundle = JSON.parse(readFileSync(join(dir, manifest.bundles.en), 'utf8')) as Bundle;
		const r = bundle.routes.find((x) => x.id === 'east-traditional-cultures')!;
		routeId = r.id;
		const elsewhere = bundle.places.find((p) => !r.stops.includes(p.id))!;
		const owners = [r.stops[0]!, r.stops[1]!, elsewhere.id];
		files = owners.map((id, i) => {
			const bytes = createBytes([320_000, 240_000, 160_000][i]!, i + 1);
			const url = `/content/media/places/${id}/photo.${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.jpg`;
			mkdirSync(dirname(join(dir, url)), { recursive: true });
			writeFileSync(join(dir, url), bytes);
			return {
				url,
				bytes: bytes.length,
				sha256: createHash('sha256').update(bytes).digest('hex'),
				kind: 'image' as const,
				owner: `place:${id}`
			};
		});
		writeFileSync(join(dir, 'content/manifest.json'), JSON.stringify({ ...manifest, media: files }));
	});
	const proxy = await startFaultProxy(copy.port);
	return { copy, proxy, files, routeId };
}

test.describe('download for offline', () => {
	let site: MediaSite;
	test.beforeEach(async () => {
		site = await createMediaSite();
	});
	test.afterEach(async () => {
		await site.proxy.stop();
		await site.copy.stop();
	});

	async function openOfflineScreen(page: Page): Promise<void> {
		await page.goto(`${site.proxy.url}/en/offline`);
		await waitForOfflineReady(page);
		await page.reload();
		await expect(page.locator('[data-pack="province"]')).toBeVisible();
	}

	test('shows sizes first, downloads with progress, verifies, serves the files offline, and deletes them', async ({ page, context }) => {
		await openOfflineScreen(page);
		const province = page.locator('[data-pack="province"]');
		await expect(province).toContainText('3 files, 720 kB');
		await expect(page.locator(`[data-pack="route:${site.routeId}"]`)).toContainText('2 files, 560 kB');
		await province.getByRole('button', { name: 'Download (720 kB)' }).click();
		await expect(province).toContainText('Stored on this device');
		await expect(page.getByTestId('persistence')).not.toContainText('asks it to keep');
		expect(await cachedPaths(page, CACHE_NAMES.media)).toEqual(site.files.map((f) => f.url).sort());
		expect(await cachedPaths(page, CACHE_NAMES.incoming)).toEqual([]);

		await context.setOffline(true);
		const sizes = await page.evaluate(
			async (urls) => Promise.all(urls.map(async (u) => (await (await fetch(u)).arrayBuffer()).byteLength)),
			site.files.map((f) => f.url)
		);
		expect(sizes).toEqual(site.files.map((f) => f.bytes));
		await context.setOffline(false);

		await province.getByRole('button', { name: 'Delete' }).click();
		await expect(province.getByRole('button', { name: 'Download (720 kB)' })).toBeVisible();
		expect(await cachedPaths(page, CACHE_NAMES.media)).toEqual([]);
	});

	test('a connection cut at 50% is retried from the file that failed; a longer outage resumes later', async ({ page }) => {
		await openOfflineScreen(page);
		const [a, b, c] = site.files.map((f) => f.url) as [string, string, string];
		site.proxy.faults.set(b, ['cut']);
		const province = page.locator('[data-pack="province"]');
		await province.getByRole('button', { name: /^Download/ }).click();
		await expect(province).toContainText('Stored on this device');
		expect([site.proxy.hits.get(a), site.proxy.hits.get(b), site.proxy.hits.get(c)]).toEqual([1, 2, 1]);

		// A longer outage: every try of the second file is cut. The first file is kept.
		await province.getByRole('button', { name: 'Delete' }).click();
		site.proxy.hits.clear();
		site.proxy.faults.set(b, ['cut', 'cut', 'cut']);
		await province.getByRole('button', { name: /^Download/ }).click();
		await expect(province.getByRole('alert')).toContainText('The connection dropped');
		expect(await cachedPaths(page, CACHE_NAMES.incoming)).toEqual([a]);
		await province.getByRole('button', { name: 'Resume (400 kB left)' }).click();
		await expect(province).toContainText('Stored on this device');
		expect(site.proxy.hits.get(a)).toBe(1);
		expect(site.proxy.hits.get(b)).toBe(4);
	});

	test('a damaged file is never stored: it is fetched again, or the download is refused', async ({ page }) => {
		await openOfflineScreen(page);
		const [a, b] = site.files.map((f) => f.url) as [string, string];
		site.proxy.faults.set(a, ['corrupt']);
		const routeRow = page.locator(`[data-pack="route:${site.routeId}"]`);
		await routeRow.getByRole('button', { name: /^Download/ }).click();
		await expect(routeRow).toContainText('Stored on this device');
		expect(site.proxy.hits.get(a)).toBe(2);
		const stored = await page.evaluate(
			async ({ url, name }) => {
				const res = await (await caches.open(name)).match(url);
				const digest = await crypto.subtle.digest('SHA-256', await res!.arrayBuffer());
				return [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, '0')).join('');
			},
			{ url: a, name: CACHE_NAMES.media }
		);
		expect(stored).toBe(site.files[0]!.sha256);

		await routeRow.getByRole('button', { name: 'Delete' }).click();
		site.proxy.faults.set(b, ['corrupt', 'corrupt', 'corrupt']);
		await routeRow.getByRole('button', { name: /^Download/ }).click();
		await expect(routeRow.getByRole('alert')).toContainText('arrived damaged');
		expect(await cachedPaths(page, CACHE_NAMES.media)).toEqual([]);
	});

	test('cancel leaves nothing half-stored', async ({ page }) => {
		await openOfflineScreen(page);
		for (const f of site.files) site.proxy.faults.set(f.url, ['slow']);
		const province = page.locator('[data-pack="province"]');
		await province.getByRole('button', { name: /^Download/ }).click();
		await expect(province.getByRole('progressbar')).toBeVisible();
		await expect.poll(async () => (await cachedPaths(page, CACHE_NAMES.incoming)).length, { timeout: 20_000 }).toBe(1);
		await province.getByRole('button', { name: 'Cancel' }).click();
		await expect(province.getByRole('button', { name: 'Download (720 kB)' })).toBeVisible();
		expect(await cachedPaths(page, CACHE_NAMES.incoming)).toEqual([]);
		expect(await cachedPaths(page, CACHE_NAMES.media)).toEqual([]);
	});

	test('a full disk is reported plainly, keeps what was stored, and can be retried', async ({ page }) => {
		await page.addInitScript(() => {
			const put = Cache.prototype.put;
			Cache.prototype.put = function (this: Cache, request: RequestInfo | URL, response: Response) {
				if ((window as { failCachePut?: boolean }).failCachePut) {
					return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
				}
				return put.call(this, request, response);
			};
		});
		await openOfflineScreen(page);
		const routeRow = page.locator(`[data-pack="route:${site.routeId}"]`);
		await routeRow.getByRole('button', { name: /^Download/ }).click();
		await expect(routeRow).toContainText('Stored on this device');

		await page.evaluate(() => ((window as { failCachePut?: boolean }).failCachePut = true));
		const province = page.locator('[data-pack="province"]');
		await province.getByRole('button', { name: 'Download (160 kB)' }).click();
		await expect(province.getByRole('alert')).toContainText('not enough space');
		await expect(routeRow).toContainText('Stored on this device');
		expect(await cachedPaths(page, CACHE_NAMES.media)).toEqual(
			site.files
				.slice(0, 2)
				.map((f) => f.url)
				.sort()
		);

		await page.evaluate(() => ((window as { failCachePut?: boolean }).failCachePut = false));
		await province.getByRole('button', { name: /^(Resume|Download)/ }).click();
		await expect(province).toContainText('Stored on this device');
	});

	test('at launch, a ready download whose files the browser removed is offered again in one tap', async ({ page }) => {
		await openOfflineScreen(page);
		const province = page.locator('[data-pack="province"]');
		await province.getByRole('button', { name: /^Download/ }).click();
		await expect(province).toContainText('Stored on this device');
		await page.evaluate((name) => caches.delete(name), CACHE_NAMES.media);
		await page.goto(`${site.proxy.url}/en/`);
		const notice = page.getByTestId('pack-repair');
		await expect(notice).toContainText('Your browser removed some of the photos');
		await notice.getByRole('button', { name: 'Download again' }).click();
		await expect(notice).toBeHidden();
		await expect.poll(() => cachedPaths(page, CACHE_NAMES.media)).toEqual(site.files.map((f) => f.url).sort());
	});
});
