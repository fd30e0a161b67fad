/**
 * The service worker: wiring only. Precaches the app shell, both content bundles, the search
 * index and the overview map; routes pages, media and late assets; answers typed messages.
 */
/// <reference lib="webworker" />
import { addPlugins, cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { CACHE_PREFIX } from '../shared/cache-names';
import { isPageToSw } from '../shared/sw-messages';
import { buildIdOf, isAppNavigation, isDownloadableMedia, isHashedAsset } from './routes';
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
registerRoute(({ url }) => isDownloadableMedia(url, origin), mediaHandler);
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
	if (data.type === 'SKIP_WAITING') void self.skipWaiting();
});
