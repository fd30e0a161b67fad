/** Browser-side helpers for the offline tests: waiting for the service worker, reading caches. */
import type { Page } from '@playwright/test';

/** Waits until the service worker controls the page, i.e. the precache is complete. */
export async function waitForOfflineReady(page: Page, timeout = 30_000): Promise<void> {
	await page.waitForFunction(
		() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
		null,
		{ timeout }
	);
}

/** Paths stored in one Cache Storage cache of the page's origin. */
export async function cachedPaths(page: Page, cacheName: string): Promise<string[]> {
	return page.evaluate(async (name) => {
		if (!(await caches.has(name))) return [];
		const cache = await caches.open(name);
		return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
	}, cacheName);
}

/** Script and style URLs the current page loaded (this navigation only). */
export async function loadedAssets(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => new URL(e.name).pathname)
			.filter((p) => p.startsWith('/assets/') || p.startsWith('/content/'))
	);
}

/** Paths of the pages the service worker keeps from visits (caches named caobang-pages-<build>). */
export async function cachedPages(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const names = (await caches.keys()).filter((n) => n.startsWith('caobang-pages-'));
		const paths = await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)));
		return paths.flat().sort();
	});
}

/** Lower-case hex SHA-256 of the file stored for `url` in one cache, or null if it is not there. */
export async function cachedSha256(page: Page, cacheName: string, url: string): Promise<string | null> {
	return page.evaluate(
		async ({ name, url }) => {
			const res = await (await caches.open(name)).match(url);
			if (!res) return null;
			const digest = await crypto.subtle.digest('SHA-256', await res.arrayBuffer());
			return [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, '0')).join('');
		},
		{ name: cacheName, url }
	);
}
