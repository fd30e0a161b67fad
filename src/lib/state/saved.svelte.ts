/**
 * Saved places and visits (the passport), as app state. Changes show at once and are written
 * behind; if a write fails, that change is undone and `error` says why. An import is the
 * exception: it changes nothing until the store has taken all of it.
 *
 * The stores are injected. The real ones (IndexedDB) are created on first use, and open the
 * database on first read, so rendering on the server never touches IndexedDB. Reading saved
 * places in a component loads them; `load()` is for retrying and for tests.
 */
import { exportData, serializeExport } from '$lib/domain/saved/export-data';
import { localIsoString } from '$lib/domain/saved/local-iso-string';
import { newestSavedFirst, visitsInOrder } from '$lib/domain/saved/order';
import type { ImportResult } from '$lib/domain/saved/parse-import';
import type { SavedStores, StorageError, StoreResult } from '$lib/domain/saved/ports';
import type { SavedPlace, Visit } from '$lib/domain/saved/types';
import { createSavedStores } from '$lib/storage/saved-stores';
import { createSubscriber } from 'svelte/reactivity';

/** What an import did: the parse result, or a storage failure after a good parse. */
export type ImportOutcome = ImportResult | { ok: false; error: { code: 'storage'; cause: StorageError } };

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

function withEntry<T>(map: ReadonlyMap<string, T>, id: string, value: T): ReadonlyMap<string, T> {
	return new Map(map).set(id, value);
}

function withoutEntry<T>(map: ReadonlyMap<string, T>, id: string): ReadonlyMap<string, T> {
	const next = new Map(map);
	next.delete(id);
	return next;
}

export class SavedState {
	// Maps are replaced on every change, never mutated, so `$state.raw` tracks them.
	#saved = $state.raw<ReadonlyMap<string, SavedPlace>>(new Map());
	#visits = $state.raw<ReadonlyMap<string, Visit>>(new Map());
	#status = $state<LoadStatus>('idle');
	/** The last storage failure, until the next success or `dismissError()`. */
	error = $state.raw<StorageError | null>(null);

	readonly savedList: SavedPlace[] = $derived(newestSavedFirst(this.saved.values()));
	readonly visitList: Visit[] = $derived(visitsInOrder(this.visits.values()));

	readonly #createStores: () => SavedStores;
	#stores: SavedStores | null = null;
	#loading: Promise<void> | null = null;

	constructor(stores: SavedStores | (() => SavedStores) = () => createSavedStores()) {
		this.#createStores = typeof stores === 'function' ? stores : () => stores;
	}

	// The first component that shows saved places or visits starts the load (in the browser
	// only: effects never run on the server), so no view has to remember to.
	readonly #subscribe = createSubscriber(() => {
		void this.load();
	});

	/** Saved places by place id. */
	get saved(): ReadonlyMap<string, SavedPlace> {
		this.#subscribe();
		return this.#saved;
	}

	/** Visits by place id. */
	get visits(): ReadonlyMap<string, Visit> {
		this.#subscribe();
		return this.#visits;
	}

	get status(): LoadStatus {
		this.#subscribe();
		return this.#status;
	}

	get #store(): SavedStores {
		this.#stores ??= this.#createStores();
		return this.#stores;
	}

	/** Reads saved places and visits from storage, once; after a failure, the next call tries again. */
	load(): Promise<void> {
		this.#loading ??= this.#load();
		return this.#loading;
	}

	async #load(): Promise<void> {
		this.#status = 'loading';
		const [saved, visits] = await Promise.all([this.#store.saved.list(), this.#store.visits.list()]);
		if (!saved.ok || !visits.ok) {
			this.error = saved.ok ? (visits.ok ? null : visits.error) : saved.error;
			this.#status = 'failed';
			this.#loading = null;
			return;
		}
		this.#saved = new Map(saved.value.map((s) => [s.placeId, s]));
		this.#visits = new Map(visits.value.map((v) => [v.placeId, v]));
		this.#status = 'ready';
		// A failure to open (another tab blocking the upgrade) is over once a load succeeds.
		this.error = null;
	}

	/** Waits for the first load, so a change made during it is not overwritten by it. */
	async #ready(): Promise<void> {
		if (this.#status !== 'ready') await this.load();
	}

	#settle(result: StoreResult<unknown>): boolean {
		this.error = result.ok ? null : result.error;
		return result.ok;
	}

	isSaved(placeId: string): boolean {
		return this.saved.has(placeId);
	}

	visitOf(placeId: string): Visit | null {
		return this.visits.get(placeId) ?? null;
	}

	/** Saves or forgets a place. Resolves false if storage failed (and the change was undone). */
	async toggleSaved(placeId: string, now: Date = new Date()): Promise<boolean> {
		await this.#ready();
		const before = this.#saved.get(placeId);
		if (before) {
			this.#saved = withoutEntry(this.#saved, placeId);
			const result = await this.#store.saved.remove(placeId);
			// Undo only if nothing else has changed this place meanwhile.
			if (!result.ok && !this.#saved.has(placeId)) this.#saved = withEntry(this.#saved, placeId, before);
			return this.#settle(result);
		}
		const entry: SavedPlace = { placeId, savedAt: localIsoString(now) };
		this.#saved = withEntry(this.#saved, placeId, entry);
		const result = await this.#store.saved.add(entry);
		if (!result.ok && this.#saved.get(placeId) === entry) this.#saved = withoutEntry(this.#saved, placeId);
		return this.#settle(result);
	}

	/** Stamps a place as visited at `now` (again: the date moves). Resolves false if storage failed. */
	async markVisited(placeId: string, now: Date): Promise<boolean> {
		await this.#ready();
		const before = this.#visits.get(placeId);
		const entry: Visit = { placeId, visitedAt: localIsoString(now) };
		this.#visits = withEntry(this.#visits, placeId, entry);
		const result = await this.#store.visits.add(entry);
		if (!result.ok && this.#visits.get(placeId) === entry) {
			this.#visits = before ? withEntry(this.#visits, placeId, before) : withoutEntry(this.#visits, placeId);
		}
		return this.#settle(result);
	}

	/** Removes a place's stamp. Resolves false if storage failed (and the stamp is back). */
	async unmarkVisited(placeId: string): Promise<boolean> {
		await this.#ready();
		const before = this.#visits.get(placeId);
		if (!before) return true;
		this.#visits = withoutEntry(this.#visits, placeId);
		const result = await this.#store.visits.remove(placeId);
		if (!result.ok && !this.#visits.has(placeId)) this.#visits = withEntry(this.#visits, placeId, before);
		return this.#settle(result);
	}

	/** The export file's text, from what is loaded. */
	exportJson(now: Date): string {
		return serializeExport(exportData([...this.#saved.values()], [...this.#visits.values()], now));
	}

	/**
	 * Replaces saved places and visits with those of an export file. On any failure (a bad
	 * file, or storage) nothing changes, here or in storage.
	 */
	async importJson(text: string, knownPlaceIds: ReadonlySet<string>): Promise<ImportOutcome> {
		// Read only when a visitor imports a file: kept out of the entry script.
		const { parseImport } = await import('$lib/domain/saved/parse-import');
		const parsed = parseImport(text, knownPlaceIds);
		if (!parsed.ok) return parsed;
		await this.#ready();
		const { saved, visits } = parsed.data;
		const result = await this.#store.replaceAll({ saved, visits });
		this.#settle(result);
		if (!result.ok) return { ok: false, error: { code: 'storage', cause: result.error } };
		this.#saved = new Map(saved.map((s) => [s.placeId, s]));
		this.#visits = new Map(visits.map((v) => [v.placeId, v]));
		this.#status = 'ready';
		return parsed;
	}

	dismissError(): void {
		this.error = null;
	}
}
