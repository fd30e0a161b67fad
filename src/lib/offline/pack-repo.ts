/**
 * Offline packs in IndexedDB (`caobang-offline`, its own small database, separate from the
 * app's main one in src/lib/storage/db.ts). A pack is written here only after all its files
 * are verified and stored, so a record means "ready".
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PackId, PackRecord, PackStore } from '$lib/domain/offline/plan';

export const OFFLINE_DB_NAME = 'caobang-offline';

interface OfflineDb extends DBSchema {
	packs: { key: string; value: PackRecord };
}

export class IdbPackStore implements PackStore {
	#db: Promise<IDBPDatabase<OfflineDb>> | null = null;
	readonly #name: string;

	constructor(name = OFFLINE_DB_NAME) {
		this.#name = name;
	}

	#open(): Promise<IDBPDatabase<OfflineDb>> {
		this.#db ??= openDB<OfflineDb>(this.#name, 1, {
			upgrade(db, oldVersion) {
				// Numbered migrations; never edit a released case.
				switch (oldVersion) {
					case 0:
						db.createObjectStore('packs', { keyPath: 'id' });
				}
			}
		});
		return this.#db;
	}

	async list(): Promise<PackRecord[]> {
		return (await this.#open()).getAll('packs');
	}

	async put(record: PackRecord): Promise<void> {
		await (await this.#open()).put('packs', record);
	}

	async remove(id: PackId): Promise<void> {
		await (await this.#open()).delete('packs', id);
	}
}
