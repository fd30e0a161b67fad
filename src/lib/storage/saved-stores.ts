/**
 * The real `SavedStores`: both repos over one lazily opened connection, and the import's
 * replacement of both stores in a single transaction. Creating them touches no IndexedDB, so it
 * is safe during server rendering; the database is opened by the first read or write.
 */
import type { SavedStores, StoreResult } from '$lib/domain/saved/ports';
import type { SavedData } from '$lib/domain/saved/types';
import { connectGuideDb, DB_NAME, writeAtomically, type GuideDbConnection } from './db';
import { SavedRepo } from './saved-repo';
import { VisitsRepo } from './visits-repo';

/** Replaces every saved place and every visit, in one transaction: all of it or nothing. */
export function replaceSavedData(connection: GuideDbConnection, data: SavedData): Promise<StoreResult<void>> {
	return writeAtomically(connection, ['saved', 'visits'], (tx, track) => {
		const saved = tx.objectStore('saved');
		const visits = tx.objectStore('visits');
		track(saved.clear());
		track(visits.clear());
		for (const place of data.saved) track(saved.add(place));
		for (const visit of data.visits) track(visits.add(visit));
	});
}

/** Over a database name (a connection of their own) or a connection shared with other repos. */
export function createSavedStores(db: string | GuideDbConnection = DB_NAME): SavedStores {
	const connection = typeof db === 'string' ? connectGuideDb(db) : db;
	return {
		saved: new SavedRepo(connection),
		visits: new VisitsRepo(connection),
		replaceAll: (data) => replaceSavedData(connection, data)
	};
}
