/**
 * Offline packs in IndexedDB: the `PackStore` port. A record is written only after every file of
 * its pack is verified and stored, so a record means "ready".
 *
 * Releases before database v3 kept these records in a database of their own
 * (`LEGACY_PACKS_DB`). Before its first read or write, the repo copies them in (in one
 * transaction with a mark in `meta`, so it happens once), then deletes the old database.
 */
import type { PackId, PackRecord, PackStore } from '$lib/domain/offline/plan';
import type { StoreResult } from '$lib/domain/saved/ports';
import {
	deleteLegacyPacks,
	LEGACY_PACKS_DB,
	META_KEYS,
	ok,
	readFrom,
	readLegacyPacks,
	writeAtomically,
	type GuideDbConnection
} from './db';

export class PacksRepo implements PackStore {
	readonly #connection: GuideDbConnection;
	readonly #legacyName: string;
	#copied: Promise<StoreResult<void>> | null = null;

	constructor(connection: GuideDbConnection, legacyName: string = LEGACY_PACKS_DB) {
		this.#connection = connection;
		this.#legacyName = legacyName;
	}

	async list(): Promise<StoreResult<PackRecord[]>> {
		const copied = await this.#copyLegacy();
		if (!copied.ok) return copied;
		return readFrom(this.#connection, (db) => db.getAll('packs'));
	}

	async put(record: PackRecord): Promise<StoreResult<void>> {
		const copied = await this.#copyLegacy();
		if (!copied.ok) return copied;
		return writeAtomically(this.#connection, ['packs'], (tx, track) => track(tx.objectStore('packs').put(record)));
	}

	async remove(id: PackId): Promise<StoreResult<void>> {
		const copied = await this.#copyLegacy();
		if (!copied.ok) return copied;
		return writeAtomically(this.#connection, ['packs'], (tx, track) => track(tx.objectStore('packs').delete(id)));
	}

	/** Once per repo while it succeeds; after a failure, the next call tries again. */
	#copyLegacy(): Promise<StoreResult<void>> {
		this.#copied ??= this.#copy().then((result) => {
			if (!result.ok) this.#copied = null;
			return result;
		});
		return this.#copied;
	}

	async #copy(): Promise<StoreResult<void>> {
		const current = await readFrom(this.#connection, async (db) => ({
			done: (await db.get('meta', META_KEYS.legacyPacksCopied)) !== undefined,
			ids: new Set(await db.getAllKeys('packs'))
		}));
		if (!current.ok) return current;
		if (current.value.done) return ok(undefined);
		const legacy = await readLegacyPacks(this.#legacyName);
		if (!legacy.ok) return legacy;
		const written = await writeAtomically(this.#connection, ['packs', 'meta'], (tx, track) => {
			// A pack stored since (by this version) is newer than its old record.
			for (const record of legacy.value) if (!current.value.ids.has(record.id)) track(tx.objectStore('packs').put(record));
			track(tx.objectStore('meta').put(new Date().toISOString(), META_KEYS.legacyPacksCopied));
		});
		if (written.ok) deleteLegacyPacks(this.#legacyName);
		return written;
	}
}
