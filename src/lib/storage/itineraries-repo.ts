/** The operator's itineraries in IndexedDB: the `ItineraryStore` port. */
import type { ItineraryStore, SavedItinerary } from '$lib/domain/itinerary/ports';
import type { StoreResult } from '$lib/domain/saved/ports';
import { readFrom, writeAtomically, type GuideDbConnection } from './db';

export class ItinerariesRepo implements ItineraryStore {
	readonly #connection: GuideDbConnection;

	constructor(connection: GuideDbConnection) {
		this.#connection = connection;
	}

	list(): Promise<StoreResult<SavedItinerary[]>> {
		return readFrom(this.#connection, (db) => db.getAll('itineraries'));
	}

	put(saved: SavedItinerary): Promise<StoreResult<void>> {
		return writeAtomically(this.#connection, ['itineraries'], (tx, track) => track(tx.objectStore('itineraries').put(saved)));
	}

	remove(id: string): Promise<StoreResult<void>> {
		return writeAtomically(this.#connection, ['itineraries'], (tx, track) => track(tx.objectStore('itineraries').delete(id)));
	}
}
