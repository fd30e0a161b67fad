/**
 * The composition root: the app's one instance of each stateful object, wired to the browser.
 * Every component and view imports its singletons from here, so a new feature adds one line
 * here (and a state class beside this file), never a module-level `new` of its own.
 *
 * Importing this opens nothing: IndexedDB, Cache Storage, geolocation and timers start on the
 * first call that needs them, never on the server (the prerenderer imports this file too).
 */
import manifest from 'virtual:content-manifest';
import { ContentState } from './content.svelte';
import { SearchState } from './search.svelte';
import { RoadsState } from './roads.svelte';
import { SavedState } from './saved.svelte';
import { RouterState } from './router.svelte';
import { LocationState } from './location.svelte';
import { ClockState } from './clock.svelte';
import { PwaState } from '$lib/pwa/pwa-state.svelte';
import { OfflinePacksState } from './offline-packs.svelte';
import { browserCaches, browserDownloaderDeps, browserStorage, loadCurrentManifest } from '$lib/offline/browser-deps';
import { readPackFile as readFromPacks } from '$lib/offline/pack-cache';
import { connectGuideDb } from '$lib/storage/db';
import { createSavedStores } from '$lib/storage/saved-stores';
import { PacksRepo } from '$lib/storage/packs-repo';
import { ItinerariesRepo } from '$lib/storage/itineraries-repo';
import { ItinerariesState } from './itineraries.svelte';

export { manifest };
/**
 * The guide's IndexedDB database, opened on first use and shared by every repo. When an upgrade
 * another tab blocked goes through, everything stored is read again (and the message goes).
 */
const guideDb = connectGuideDb(undefined, () => {
	void saved.load();
	void itineraries.load();
	void offlinePacks.refresh();
});
export const router = new RouterState();
export const content = new ContentState(manifest);
export const search = new SearchState(manifest.search);
/** Road distances between any two located entries (loaded on first use). */
export const roads = new RoadsState(manifest.roads);
export const saved = new SavedState(() => createSavedStores(guideDb));
/** The visitor's position (named so it never shadows `window.location`). */
export const geolocation = new LocationState();
export const clock = new ClockState();
export const pwaState = new PwaState();
export const offlinePacks = new OfflinePacksState({
	...browserDownloaderDeps(),
	store: new PacksRepo(guideDb),
	storage: browserStorage,
	loadManifest: () => loadCurrentManifest(manifest),
	built: manifest
});
/** The tour operator's itineraries, saved as they are edited. */
export const itineraries = new ItinerariesState(new ItinerariesRepo(guideDb));
/** Reads a file the offline packs stored (the map's detail archive); never the network. */
export const readPackFile = (url: string): Promise<Blob | undefined> => readFromPacks(browserCaches(), url);
