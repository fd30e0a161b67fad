/** Saved places in IndexedDB: the `SavedStore` port. */
import type { SavedStore, StoreResult } from '$lib/domain/saved/ports';
import type { SavedPlace } from '$lib/domain/saved/types';
import { readFrom, writeAtomically, type GuideDbConnection } from './db';

export class SavedRepo implements SavedStore {
	readonly #connection: GuideDbConnection;

	constructor(connection: GuideDbConnection) {
		this.#connection = connection;
	}

	list(): Promise<StoreResult<SavedPlace[]>> {
		return readFrom(this.#connection, (db) => db.getAll('saved'));
	}

	has(placeId: string): Promise<StoreResult<boolean>> {
		return readFrom(this.#connection, async (db) => (await db.getKey('saved', placeId)) !== undefined);
	}

	add(place: SavedPlace): Promise<StoreResult<void>> {
		return writeAtomically(this.#connection, ['saved'], (tx, track) => track(tx.objectStore('saved').put(place)));
	}

	remove(placeId: string): Promise<StoreResult<void>> {
		return writeAtomically(this.#connection, ['saved'], (tx, track) => track(tx.objectStore('saved').delete(placeId)));
	}

	replaceAll(saved: SavedPlace[]): Promise<StoreResult<void>> {
		return writeAtomically(this.#connection, ['saved'], (tx, track) => {
			const store = tx.objectStore('saved');
			track(store.clear());
			// `add`, not `put`: a repeated id is a caller's bug, and fails the whole replacement.
			for (const place of saved) track(store.add(place));
		});
	}
}
