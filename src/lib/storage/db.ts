/**
 * The guide's IndexedDB database: its schema, its migrations, and the only calls to `openDB`
 * in the app (this database, plus a one-time read of the old packs database it replaced).
 * Every store lives here; a feature with storage adds a store by a new migration, never a
 * database of its own (docs/decisions/0008-one-database.md).
 *
 * Migration policy: each schema version is one `case` of `migrate`, and a released case is never
 * edited (visitors' databases have already run it). A change of schema is a new version with a
 * new case. Cases fall through, so a database at any older version is brought up to date step
 * by step, in one upgrade transaction: if a step fails, the database stays at its old version.
 *
 * Nothing here throws: opening and writing give `StoreResult`s, so every failure reaches the UI.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { StorageError, StoreResult } from '$lib/domain/saved/ports';
import type { SavedPlace, Visit } from '$lib/domain/saved/types';
import type { PackRecord } from '$lib/domain/offline/plan';
import type { SavedItinerary } from '$lib/domain/itinerary/ports';

export const DB_NAME = 'caobang-guide';
export const DB_VERSION = 4;

export interface GuideDbSchema extends DBSchema {
	/** v1. Places the visitor saved, by place id. */
	saved: { key: string; value: SavedPlace };
	/** v2. The visitor's stamps, one per place, with an index to list them by date. */
	visits: { key: string; value: Visit; indexes: { visitedAt: string } };
	/**
	 * v2. Small records stored under a name. Its one entry so far, `META_KEYS.legacyPacksCopied`,
	 * says the packs of the old `caobang-offline` database were copied into `packs` (storage/packs-repo.ts).
	 */
	meta: { key: string; value: unknown };
	/** v3. Offline packs whose every file is downloaded and verified, by pack id. */
	packs: { key: string; value: PackRecord };
	/** v4. The operator's itineraries, by local id. */
	itineraries: { key: string; value: SavedItinerary };
}

/** The names of the `meta` store's entries. */
export const META_KEYS = { legacyPacksCopied: 'legacy-packs-copied' } as const;

export type GuideDb = IDBPDatabase<GuideDbSchema>;

function migrate(db: GuideDb, oldVersion: number): void {
	switch (oldVersion) {
		case 0:
			// v1: saved places.
			db.createObjectStore('saved', { keyPath: 'placeId' });
		// falls through
		case 1: {
			// v2: visits (the passport) and the meta store.
			const visits = db.createObjectStore('visits', { keyPath: 'placeId' });
			visits.createIndex('visitedAt', 'visitedAt');
			db.createObjectStore('meta');
		}
		// falls through
		case 2:
			// v3: offline packs, until then kept in a database of their own (`LEGACY_PACKS_DB`).
			// Their records are copied in after the upgrade, by the packs repo: another database
			// cannot be read inside this upgrade transaction.
			db.createObjectStore('packs', { keyPath: 'id' });
		// falls through
		case 3:
			// v4: the operator's itineraries.
			db.createObjectStore('itineraries', { keyPath: 'id' });
	}
}

export const ok = <T>(value: T): StoreResult<T> => ({ ok: true, value });
export const failure = <T = never>(error: StorageError): StoreResult<T> => ({ ok: false, error });

/** Puts a thrown IndexedDB error (a DOMException, usually) into one of our codes. */
export function toStorageError(err: unknown, whileOpening = false): StorageError {
	const named = typeof err === 'object' && err !== null && 'name' in err ? (err as { name: unknown; message?: unknown }) : null;
	const name = typeof named?.name === 'string' ? named.name : '';
	const message = typeof named?.message === 'string' ? named.message : String(err);
	const detail = name ? `${name}: ${message}` : message;
	// Firefox before version 114 named the quota error differently.
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return { code: 'quota', detail };
	if (name === 'VersionError') return { code: 'version', detail };
	return { code: whileOpening ? 'unavailable' : 'failed', detail };
}

export type OpenEvents = {
	/** The connection was closed under us: for a newer version in another tab, or by the browser. */
	onClose?: () => void;
	/**
	 * An open that resolved `blocked` went through after all (the other tab closed): here is its
	 * connection. Without this handler, it is closed and the next call opens afresh.
	 */
	onUnblocked?: (db: GuideDb) => void;
};

/**
 * Opens (and if needed upgrades) the database. Resolves `blocked` as soon as another tab's older
 * connection stops the upgrade, rather than waiting for that tab to close; when the upgrade later
 * goes through, `onUnblocked` receives the connection.
 */
export function openGuideDb(name: string = DB_NAME, events: OpenEvents = {}): Promise<StoreResult<GuideDb>> {
	if (typeof indexedDB === 'undefined') {
		return Promise.resolve(failure({ code: 'unavailable', detail: 'IndexedDB is not available' }));
	}
	return new Promise((resolve) => {
		let settled = false;
		const settle = (result: StoreResult<GuideDb>): boolean => {
			if (settled) return false;
			settled = true;
			resolve(result);
			return true;
		};
		let opened: GuideDb | undefined;
		try {
			openDB<GuideDbSchema>(name, DB_VERSION, {
				upgrade: (db, oldVersion) => migrate(db, oldVersion),
				blocked: () => settle(failure({ code: 'blocked' })),
				// Step aside for a newer version of the guide opened in another tab.
				blocking: () => {
					opened?.close();
					events.onClose?.();
				},
				terminated: () => events.onClose?.()
			}).then(
				(db) => {
					opened = db;
					if (settle(ok(db))) return;
					if (events.onUnblocked) events.onUnblocked(db);
					else db.close();
				},
				(err: unknown) => settle(failure(toStorageError(err, true)))
			);
		} catch (err) {
			// Some browsers throw from `indexedDB.open` itself when storage is turned off.
			settle(failure(toStorageError(err, true)));
		}
	});
}

/** Gives the open database, opening it on first use and again after a failure or a close. */
export type GuideDbConnection = () => Promise<StoreResult<GuideDb>>;

/**
 * `onUnblocked` runs when an upgrade that another tab blocked has gone through (that tab closed):
 * the app reads its data again, and the "close the other tabs" message goes away.
 */
export function connectGuideDb(name: string = DB_NAME, onUnblocked?: () => void): GuideDbConnection {
	let current: Promise<StoreResult<GuideDb>> | null = null;
	let late: GuideDb | null = null;
	return () => {
		current ??= openGuideDb(name, {
			onClose: () => {
				current = null;
				late = null;
			},
			onUnblocked: (db) => {
				// Several tries may have waited on the same blocked upgrade: keep the first to finish.
				if (late) return db.close();
				late = db;
				current = Promise.resolve(ok(db));
				onUnblocked?.();
			}
		}).then((result) => {
			if (!result.ok) current = null;
			return result;
		});
		return current;
	};
}

/** Runs a read against the database, turning any failure into a result. */
export async function readFrom<T>(connection: GuideDbConnection, read: (db: GuideDb) => Promise<T>): Promise<StoreResult<T>> {
	const db = await connection();
	if (!db.ok) return db;
	try {
		return ok(await read(db.value));
	} catch (err) {
		return failure(toStorageError(err));
	}
}

type Names = StoreNames<GuideDbSchema>[];
type WriteTx<S extends Names> = IDBPTransaction<GuideDbSchema, S, 'readwrite'>;
/** Hands a request to `writeAtomically`, which waits for the whole transaction instead. */
export type Track = (request: Promise<unknown>) => void;

/**
 * Runs `write` in one readwrite transaction and resolves once it has committed. If `write` throws
 * or any request fails, the transaction is aborted and nothing it did is kept. Every request
 * `write` makes goes through `track`, so a request failing on abort is not reported twice.
 */
export async function writeAtomically<S extends Names>(
	connection: GuideDbConnection,
	stores: S,
	write: (tx: WriteTx<S>, track: Track) => void
): Promise<StoreResult<void>> {
	const db = await connection();
	if (!db.ok) return db;
	let tx: WriteTx<S>;
	try {
		tx = db.value.transaction(stores, 'readwrite');
	} catch (err) {
		return failure(toStorageError(err));
	}
	const track: Track = (request) => {
		request.catch(() => {});
	};
	try {
		write(tx, track);
	} catch (err) {
		track(tx.done);
		try {
			tx.abort();
		} catch {
			// Already aborted by a failed request. It cannot have committed: `write` runs synchronously.
		}
		return failure(toStorageError(err));
	}
	try {
		await tx.done;
		return ok(undefined);
	} catch (err) {
		return failure(toStorageError(err));
	}
}

/**
 * The database releases before v3 kept offline packs in, on its own (without the handling
 * above). The packs repo copies its records into `packs` once, then deletes it.
 */
export const LEGACY_PACKS_DB = 'caobang-offline';

/** The pack records of the legacy database; none if it does not exist (or holds no `packs`). */
export async function readLegacyPacks(name: string = LEGACY_PACKS_DB): Promise<StoreResult<PackRecord[]>> {
	if (typeof indexedDB === 'undefined') return ok([]);
	try {
		// No version: an existing database opens as it is, never upgraded; a missing one is made empty.
		const db = await openDB(name);
		try {
			if (!db.objectStoreNames.contains('packs')) return ok([]);
			const records = (await db.getAll('packs')) as PackRecord[];
			return ok(records.filter((r) => typeof r?.id === 'string' && Array.isArray(r.urls)));
		} finally {
			db.close();
		}
	} catch (err) {
		return failure(toStorageError(err, true));
	}
}

/**
 * Deletes the legacy database. Not awaited by callers: an old tab that still holds it open
 * delays the deletion until it closes, and nothing waits on that.
 */
export function deleteLegacyPacks(name: string = LEGACY_PACKS_DB): void {
	deleteDB(name).catch(() => {});
}
