/**
 * How each kind of request is answered. Cache names come from src/shared/cache-names.ts.
 */
import { matchPrecache } from 'workbox-precaching';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { createPartialResponse } from 'workbox-range-requests';
import type { RouteHandlerCallback } from 'workbox-core/types.js';
import { CACHE_NAMES, PAGES_CACHE_PREFIX, pagesCacheName } from '../shared/cache-names';
import { pageCacheKey } from './routes';

declare const self: ServiceWorkerGlobalScope;

/** The precached app shell: it renders any screen of the guide from the content bundle. */
export const SHELL_URL = '/shell.html';

/**
 * Pages: the network first (fresh text, 3 s patience), then the copy of that page kept from an
 * earlier visit, then the precached shell, which renders the screen itself.
 */
export function pageHandler(build: string): RouteHandlerCallback {
	const pages = new NetworkFirst({
		cacheName: pagesCacheName(build),
		networkTimeoutSeconds: 3,
		plugins: [
			{ cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(new URL(request.url)) },
			new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true })
		]
	});
	return async (options) => {
		try {
			const response = await pages.handle(options);
			if (response) return response;
		} catch {
			// Offline and never visited: fall through to the shell.
		}
		return (await matchPrecache(SHELL_URL)) ?? Response.error();
	};
}

/** Hashed assets a page asks for that were not precached (e.g. a newer build's). */
export const assetStrategy = new CacheFirst({
	cacheName: CACHE_NAMES.assets,
	plugins: [new ExpirationPlugin({ maxEntries: 80, purgeOnQuotaError: true })]
});

/**
 * Downloaded media: from the offline packs when stored, else the network. `<audio>` asks for
 * byte ranges; a stored whole file answers them (Workbox's range support).
 * Nothing is stored here: the downloader verifies each file before it enters a pack.
 */
export const mediaHandler: RouteHandlerCallback = async ({ request }) => {
	const req = request instanceof Request ? request : new Request(request);
	const cache = await caches.open(CACHE_NAMES.media);
	const stored = await cache.match(req.url);
	if (stored) return req.headers.has('range') ? createPartialResponse(req, stored) : stored;
	return fetch(req);
};

/**
 * Keeps the pages open when the worker first takes over (the visit that installed it was not
 * seen by the worker), so they reload offline as themselves rather than through the shell.
 */
export async function cacheOpenPages(build: string, isPage: (url: URL) => boolean): Promise<void> {
	const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const urls = [
		...new Set(
			windows
				.map((w) => new URL(w.url))
				.filter(isPage)
				.map((u) => pageCacheKey(u))
		)
	];
	const cache = await caches.open(pagesCacheName(build));
	await Promise.all(
		urls.map(async (url) => {
			try {
				const res = await fetch(url, { credentials: 'same-origin' });
				if (res.ok && res.headers.get('content-type')?.startsWith('text/html')) await cache.put(url, res);
			} catch {
				// Offline already: the shell covers it.
			}
		})
	);
}

/** Removes visited-page caches of other builds: their HTML points at assets that are gone. */
export async function deleteOtherPageCaches(build: string): Promise<void> {
	const keep = pagesCacheName(build);
	const names = await caches.keys();
	await Promise.all(names.filter((n) => n.startsWith(PAGES_CACHE_PREFIX) && n !== keep).map((n) => caches.delete(n)));
}
