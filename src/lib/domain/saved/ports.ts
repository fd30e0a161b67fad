/**
 * Ports for keeping saved places and visits. `lib/storage` implements them with IndexedDB;
 * tests pass in-memory fakes. Failures come back as values, so none can be lost unnoticed.
 */
import type { SavedData, SavedPlace, Visit } from './types.ts';

/**
 * Why storage failed, for the UI to put into words:
 * - `unavailable`: the browser gives no storage here (some private modes, storage turned off);
 * - `quota`: the device or browser is out of space for this site;
 * - `blocked`: an older copy of the guide open in another tab stops the database from upgrading;
 * - `version`: a newer copy of the guide has upgraded the database: this page must be reloaded;
 * - `failed`: anything else (the detail says what).
 */
export type StorageErrorCode = 'unavailable' | 'quota' | 'blocked' | 'version' | 'failed';
export type StorageError = { code: StorageErrorCode; detail?: string };

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

export interface SavedStore {
	/** Every saved place, in no particular order. */
	list(): Promise<StoreResult<SavedPlace[]>>;
	/** Saves a place; saving it again replaces the earlier entry. */
	add(place: SavedPlace): Promise<StoreResult<void>>;
	/** Forgets a place; forgetting one that is not saved is not an error. */
	remove(placeId: string): Promise<StoreResult<void>>;
	has(placeId: string): Promise<StoreResult<boolean>>;
	/** Clears every saved place and writes `saved` instead: all of it, or nothing at all. */
	replaceAll(saved: SavedPlace[]): Promise<StoreResult<void>>;
}

export interface VisitStore {
	/** Every visit, oldest first. */
	list(): Promise<StoreResult<Visit[]>>;
	/** Records a visit; a second visit to the same place replaces the first. */
	add(visit: Visit): Promise<StoreResult<void>>;
	remove(placeId: string): Promise<StoreResult<void>>;
	has(placeId: string): Promise<StoreResult<boolean>>;
	/** Clears every visit and writes `visits` instead: all of it, or nothing at all. */
	replaceAll(visits: Visit[]): Promise<StoreResult<void>>;
}

/**
 * The two stores, plus the one operation that spans both: an import replaces the saved places
 * and the visits together, so a failure half-way leaves both as they were.
 */
export interface SavedStores {
	saved: SavedStore;
	visits: VisitStore;
	replaceAll(data: SavedData): Promise<StoreResult<void>>;
}
