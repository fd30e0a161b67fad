/**
 * The service worker: wiring only. Precaches the app shell, both content bundles, the search
 * index and the overview map; routes pages, media and late assets; answers typed messages.
 */
/// <reference lib="webworker" />
import { addPlugins, cleanupOutdatedCaches, getCacheKeyForURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { CACHE_NAMES, CACHE_PREFIX } from '../shared/cache-names';
import { isPageToSw, type PrecacheReport } from '../shared/sw-messages';
import { missingItems, repairItems, type PrecacheItem } from './repair';
import { buildIdOf, isAppNavigation, isHashedAsset, isServedFromPacks } from './routes';
import { RangeRequestsPlugin } from 'workbox-range-requests';
import { assetStrategy, cacheOpenPages, deleteOtherPageCaches, mediaHandler, pageHandler } from './strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const manifest = self.__WB_MANIFEST;
const build = buildIdOf(manifest);
const origin = self.location.origin;

setCacheNameDetails({ prefix: CACHE_PREFIX, precache: 'precache', suffix: 'v1' });
addPlugins([new RangeRequestsPlugin()]);
precacheAndRoute(manifest);
cleanupOutdatedCaches();
// The first install controls the open page at once; updates wait for the visitor's tap.
clientsClaim();

registerRoute(({ request, url }) => isAppNavigation(request.mode, url, origin), pageHandler(build));
registerRoute(({ url, request }) => isServedFromPacks(url, request.cache, origin), mediaHandler);
registerRoute(({ url }) => isHashedAsset(url, origin), assetStrategy);

self.addEventListener('activate', (event) => {
	event.waitUntil(
		Promise.all([
			deleteOtherPageCaches(build),
			cacheOpenPages(build, (url) => isAppNavigation('navigate', url, origin)),
			// Off, and turned off where an earlier build turned it on: Firefox fails a navigation whose
			// preload was refused once the worker reads it (Workbox does), cached copy or not.
			self.registration.navigationPreload?.disable()
		])
	);
});

self.addEventListener('message', (event) => {
	const data: unknown = event.data;
	if (!isPageToSw(data)) return;
	if (data.type === 'SKIP_WAITING') return void self.skipWaiting();
	const port = event.ports[0];
	if (!port) return;
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE_NAMES.precache);
			const items = precacheItems();
			const result =
				data.type === 'PRECACHE_REPAIR'
					? await repairItems(cache, items, (url) => fetch(url, { cache: 'reload', credentials: 'same-origin' }))
					: { missing: (await missingItems(cache, items)).length, newer: false };
			const report: PrecacheReport = { type: 'PRECACHE_REPORT', total: items.length, ...result };
			port.postMessage(report);
		})()
	);
});

/** This version's precache list as the repair needs it (see repair.ts). */
function precacheItems(): PrecacheItem[] {
	return manifest.flatMap((entry) => {
		const { url, revision = null } = typeof entry === 'string' ? { url: entry } : entry;
		const cacheKey = getCacheKeyForURL(url);
		return cacheKey ? [{ url: new URL(url, origin).href, cacheKey, revision }] : [];
	});
}
