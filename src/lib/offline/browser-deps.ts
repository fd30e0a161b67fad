/**
 * What the offline packs need from the browser: the network, Cache Storage, WebCrypto, the
 * storage manager, and the running version's media list. The composition root
 * (state/instances.ts) hands these to `OfflinePacksState`; tests pass fakes instead.
 * Nothing here runs on import, so the prerenderer can import it too.
 */
import type { ContentManifest } from '$lib/domain/content/types';
import type { CacheStorageLike, DownloaderDeps } from './downloader';
import { sha256Hex } from './sha256';

/** The browser's Cache Storage, or undefined where there is none (server, insecure page). */
export const browserCaches = (): CacheStorageLike | undefined =>
	typeof caches === 'undefined' ? undefined : { open: (name) => caches.open(name) };

export const browserDownloaderDeps = (): DownloaderDeps => ({
	fetch: (url, init) => fetch(url, init),
	caches: { open: (name) => caches.open(name) },
	sha256: sha256Hex
});

export const browserStorage = (): StorageManager | undefined => (typeof navigator !== 'undefined' ? navigator.storage : undefined);

/**
 * The media list of the running version. content/manifest.json is precached with the app, so
 * it matches the app's bundles; if it belongs to another version, the built-in copy is used.
 */
export async function loadCurrentManifest(embedded: ContentManifest): Promise<ContentManifest> {
	try {
		const res = await fetch('/content/manifest.json');
		if (!res.ok) return embedded;
		const current = (await res.json()) as ContentManifest;
		return current.version === embedded.version && Array.isArray(current.media) ? current : embedded;
	} catch {
		return embedded;
	}
}
