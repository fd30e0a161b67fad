/**
 * A new version of the guide, or the end of the page, in the middle of a pack download (Chromium
 * behind nginx and the fault proxy). The proxy holds the large file after its first megabyte, so
 * the download is surely running while the new service worker installs or the page goes away.
 * What must hold: the download finishes or resumes from its stored bytes by `Range`, the file
 * ends verified, and no page runs one version's script with the other's content.
 */
import { expect, test, type Page } from '@playwright/test';
import { CACHE_NAMES } from '../../src/shared/cache-names.ts';
import { cachedPaths, cachedSha256, loadedAssets } from './helpers/pwa.ts';
import { publishVersion2 } from './helpers/publish-version.ts';
import { createMediaSite, openOfflineScreenOf, type MediaSite } from './helpers/media-site.ts';

/** Where the proxy stops sending the large file until released: after three parts are stored. */
const HOLD_AT = 1_000_000;

let site: MediaSite;
let release: () => void = () => {};
test.beforeEach(async () => {
	site = await createMediaSite();
	const held = new Promise<void>((ok) => (release = ok));
	site.proxy.faults.set(site.big.url, [{ holdAt: HOLD_AT, release: held }]);
});
test.afterEach(async () => {
	release();
	await site.proxy.stop();
	await site.copy.stop();
});

const province = (page: Page) => page.locator('[data-pack="province"]');
type Flagged = { stillV1?: boolean };

/** Starts the province download and waits until parts of the large file are stored. */
async function startHeldDownload(page: Page): Promise<void> {
	await openOfflineScreenOf(site, page);
	await province(page)
		.getByRole('button', { name: /^Download/ })
		.click();
	await expect
		.poll(async () => (await cachedPaths(page, CACHE_NAMES.incoming)).filter((p) => p.includes('.part-')).length, { timeout: 30_000 })
		.toBeGreaterThan(0);
	await expect(province(page).getByRole('progressbar')).toBeVisible();
}

/** Publishes version 2 and lets the open page find it (the check that runs when the tab is shown again). */
async function publishAndWaitForToast(page: Page): Promise<Awaited<ReturnType<typeof publishVersion2>>> {
	const v2 = await publishVersion2(site.copy.dir);
	await page.evaluate(() => ((window as Flagged).stillV1 = true));
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await expect(page.getByTestId('update-toast')).toBeVisible({ timeout: 30_000 });
	return v2;
}

/** Resumes on the current page and checks it asked by `Range` for the rest only, and ended verified. */
async function resumeByRange(page: Page): Promise<void> {
	site.proxy.ranges.clear();
	await province(page)
		.getByRole('button', { name: /^Resume/ })
		.click();
	await expect(province(page)).toContainText('Stored on this device', { timeout: 30_000 });
	const [range, ...more] = site.proxy.ranges.get(site.big.url) ?? [];
	expect(more).toEqual([]);
	const from = Number(/^bytes=(\d+)-$/.exec(range ?? '')?.[1]);
	expect(from, `resumed with ${range}`).toBeGreaterThan(0);
	expect(from).toBeLessThanOrEqual(HOLD_AT);
	expect(await cachedSha256(page, CACHE_NAMES.media, site.big.url)).toBe(site.big.sha256);
	expect(await cachedPaths(page, CACHE_NAMES.incoming)).toEqual([]);
}

test('a new version installs while a download runs: the download finishes on the open page, then Reload shows only the new version', async ({
	page
}) => {
	test.setTimeout(180_000);
	await startHeldDownload(page);
	const v2 = await publishAndWaitForToast(page);
	// The new worker installed while the download was held half-way, and did not stop it.
	await expect(province(page).getByRole('progressbar')).toBeVisible();
	release();
	await expect(province(page)).toContainText('Stored on this device', { timeout: 30_000 });
	expect(site.proxy.hits.get(site.big.url)).toBe(1);
	// Still the page it was, and it loaded nothing of version 2 (its worker fetched those, not the page).
	expect(await page.evaluate(() => (window as Flagged).stillV1)).toBe(true);
	const v1Loaded = await loadedAssets(page);
	expect(v1Loaded).not.toContain(v2.newScript);
	expect(v1Loaded).not.toContain(v2.newBundle);

	await page.getByTestId('update-toast').getByRole('button', { name: 'Reload' }).click();
	// Survives the navigation: true once the reloaded page (without the flag) runs.
	await page.waitForFunction(() => !(window as Flagged).stillV1, null, { timeout: 30_000 });
	await expect(province(page)).toContainText('Stored on this device');
	const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => new URL((e as HTMLScriptElement).src).pathname));
	expect(scripts).toContain(v2.newScript);
	expect([...scripts, ...(await loadedAssets(page))]).not.toContain(v2.oldScript);
	expect(await cachedSha256(page, CACHE_NAMES.media, site.big.url)).toBe(site.big.sha256);
});

test('Reload to a new version in the middle of a download: the new page offers Resume and asks only for the rest', async ({ page }) => {
	test.setTimeout(180_000);
	await startHeldDownload(page);
	const v2 = await publishAndWaitForToast(page);
	await expect(page.getByTestId('update-toast')).toContainText('After the reload, Resume continues it');
	// Reload takes effect at once (the download does not go through the worker, so it does not hold back the new one).
	await page.getByTestId('update-toast').getByRole('button', { name: 'Reload' }).click();
	await page.waitForFunction(() => !(window as Flagged).stillV1, null, { timeout: 30_000 });
	await expect(page.locator(`script[src="${v2.newScript}"]`)).toBeAttached({ timeout: 15_000 });
	await resumeByRange(page);
	expect([...(await loadedAssets(page))]).not.toContain(v2.oldScript);
});

test('the tab closed in the middle of a download: a new tab offers Resume and asks only for the rest', async ({ context, page }) => {
	test.setTimeout(180_000);
	await startHeldDownload(page);
	await page.close();
	const next = await context.newPage();
	await next.goto(`${site.proxy.url}/en/offline`);
	await resumeByRange(next);
});
