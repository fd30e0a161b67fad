/** The offline packs wired to the browser; the one instance lives in $lib/state/instances.ts. */
import embedded from 'virtual:content-manifest';
import type { ContentManifest } from '$lib/domain/content/types';
import { OfflinePacksState } from './offline-packs.svelte';
import { PacksRepo } from '$lib/storage/packs-repo';
import type { GuideDbConnection } from '$lib/storage/db';
import { sha256Hex } from './sha256';

/**
 * The media list of the running version. content/manifest.json is precached with the app, so
 * it matches the app's bundles; if it belongs to another version, the built-in copy is used.
 */
async function loadManifest(): Promise<ContentManifest> {
	try {
		const res = await fetch('/content/manifest.json');
		if (!res.ok) return embedded;
		const current = (await res.json()) as ContentManifest;
		return current.version === embedded.version && Array.isArray(current.media) ? current : embedded;
	} catch {
		return embedded;
	}
}

export const createOfflinePacks = (db: GuideDbConnection): OfflinePacksState =>
	new OfflinePacksState({
		fetch: (url, init) => fetch(url, init),
		caches: { open: (name) => caches.open(name) },
		sha256: sha256Hex,
		store: new PacksRepo(db),
		storage: () => (typeof navigator !== 'undefined' ? navigator.storage : undefined),
		loadManifest
	});
