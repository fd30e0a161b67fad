/** Visits (the passport's stamps) in IndexedDB: the `VisitStore` port. */
import type { StoreResult, VisitStore } from '$lib/domain/saved/ports';
import type { Visit } from '$lib/domain/saved/types';
import { readFrom, writeAtomically, type GuideDbConnection } from './db';

export class VisitsRepo implements VisitStore {
	readonly #connection: GuideDbConnection;

	constructor(connection: GuideDbConnection) {
		this.#connection = connection;
	}

	/** Oldest first. Dates written on one device sort as they happened; across time zones, nearly. */
	list(): Promise<StoreResult<Visit[]>> {
		return readFrom(this.#connection, (db) => db.getAllFromIndex('visits', 'visitedAt'));
	}

	has(placeId: string): Promise<StoreResult<boolean>> {
		return readFrom(this.#connection, async (db) => (await db.getKey('visits', placeId)) !== undefined);
	}

	add(visit: Visit): Promise<StoreResult<void>> {
		return writeAtomically(this.#connection, ['visits'], (tx, track) => track(tx.objectStore('visits').put(visit)));
	}

	remove(placeId: string): Promise<StoreResult<void>> {
		return writeAtomically(this.#connection, ['visits'], (tx, track) => track(tx.objectStore('visits').delete(placeId)));
	}

	replaceAll(visits: Visit[]): Promise<StoreResult<void>> {
		return writeAtomically(this.#connection, ['visits'], (tx, track) => {
			const store = tx.objectStore('visits');
			track(store.clear());
			for (const visit of visits) track(store.add(visit));
		});
	}
}
