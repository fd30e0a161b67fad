import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackRecord } from '$lib/domain/offline/plan';
import type { StoreResult } from '$lib/domain/saved/ports';
import type { SavedPlace, Visit } from '$lib/domain/saved/types';
import { connectGuideDb } from './db';
import { PacksRepo } from './packs-repo';
import { createSavedStores } from './saved-stores';

let counter = 0;
/** A guide database name and a legacy packs database name, unique to one test. */
const names = () => ({ guide: `packs-guide-${++counter}`, legacy: `packs-offline-${counter}` });

const pack = (id: PackRecord['id'], urls: string[]): PackRecord => ({
	id,
	status: 'ready',
	urls,
	bytes: 42,
	contentVersion: 'v1',
	completedAt: '2026-01-01T00:00:00.000Z'
});
const savedPlace = (placeId: string): SavedPlace => ({ placeId, savedAt: '2026-03-05T10:00:00.000+07:00' });
const visit = (placeId: string): Visit => ({ placeId, visitedAt: '2026-03-05T11:00:00.000+07:00' });

function valueOf<T>(result: StoreResult<T>): T {
	if (!result.ok) throw new Error(`expected a value, got ${result.error.code}`);
	return result.value;
}
const idsOf = async (repo: PacksRepo) => valueOf(await repo.list()).map((r) => r.id);

/** Opens `name` at `version` with raw IndexedDB, running `upgrade` as the release that made it did. */
function openRaw(name: string, version: number, upgrade: (db: IDBDatabase) => void = () => {}): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name, version);
		request.onupgradeneeded = () => upgrade(request.result);
		request.onerror = () => reject(request.error);
		request.onsuccess = () => resolve(request.result);
	});
}

function fill(db: IDBDatabase, rows: Record<string, readonly unknown[]>): Promise<void> {
	return new Promise((resolve, reject) => {
		const tx = db.transaction(Object.keys(rows), 'readwrite');
		for (const [store, values] of Object.entries(rows)) for (const value of values) tx.objectStore(store).add(value);
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
}

/** The guide's database as release v2 left it (storage/db.ts before packs moved in). */
async function createV2GuideDb(name: string, saved: SavedPlace[], visits: Visit[]): Promise<void> {
	const db = await openRaw(name, 2, (raw) => {
		raw.createObjectStore('saved', { keyPath: 'placeId' });
		raw.createObjectStore('visits', { keyPath: 'placeId' }).createIndex('visitedAt', 'visitedAt');
		raw.createObjectStore('meta');
	});
	await fill(db, { saved, visits });
	db.close();
}

/** The packs' own database as offline/pack-repo.ts made it (`caobang-offline`, version 1). Left open if asked, as an old tab would. */
async function createLegacyPacksDb(name: string, packs: PackRecord[], keepOpen = false): Promise<IDBDatabase> {
	const db = await openRaw(name, 1, (raw) => raw.createObjectStore('packs', { keyPath: 'id' }));
	await fill(db, { packs });
	if (!keepOpen) db.close();
	return db;
}

async function databaseNames(): Promise<string[]> {
	return (await indexedDB.databases()).map((d) => d.name ?? '');
}

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('PacksRepo', () => {
	it('keeps, lists, replaces and removes packs', async () => {
		const n = names();
		const repo = new PacksRepo(connectGuideDb(n.guide), n.legacy);
		expect(valueOf(await repo.list())).toEqual([]);
		valueOf(await repo.put(pack('province', ['/a'])));
		valueOf(await repo.put(pack('route:east', ['/b'])));
		valueOf(await repo.put(pack('province', ['/a', '/c'])));
		expect(valueOf(await repo.list()).map((r) => [r.id, r.urls])).toEqual([
			['province', ['/a', '/c']],
			['route:east', ['/b']]
		]);
		valueOf(await repo.remove('province'));
		expect(await idsOf(repo)).toEqual(['route:east']);
		expect(await idsOf(new PacksRepo(connectGuideDb(n.guide), n.legacy))).toEqual(['route:east']);
	});

	it('upgrades a visitor of the earlier release: every pack, saved place and visit is still there, and the old database is gone', async () => {
		const n = names();
		const packs = [pack('province', ['/content/basemap/detail.pmtiles']), pack('route:east', ['/content/media/a.jpg'])];
		await createV2GuideDb(n.guide, [savedPlace('ban-gioc'), savedPlace('pac-bo')], [visit('pac-bo')]);
		await createLegacyPacksDb(n.legacy, packs);

		const connection = connectGuideDb(n.guide);
		const repo = new PacksRepo(connection, n.legacy);
		const stores = createSavedStores(connection);
		expect(valueOf(await repo.list())).toEqual(packs);
		expect(valueOf(await stores.saved.list())).toEqual([savedPlace('ban-gioc'), savedPlace('pac-bo')]);
		expect(valueOf(await stores.visits.list())).toEqual([visit('pac-bo')]);
		await vi.waitFor(async () => expect(await databaseNames()).not.toContain(n.legacy));
		// Read again over a new connection, as on the next visit.
		expect(valueOf(await new PacksRepo(connectGuideDb(n.guide), n.legacy).list())).toEqual(packs);
	});

	it('copies the old packs once: one deleted since does not come back, even while an old tab keeps the old database', async () => {
		const n = names();
		const oldTab = await createLegacyPacksDb(n.legacy, [pack('province', ['/p']), pack('route:west', ['/w'])], true);
		const repo = new PacksRepo(connectGuideDb(n.guide), n.legacy);
		valueOf(await repo.remove('province'));
		expect(await idsOf(repo)).toEqual(['route:west']);
		expect(await databaseNames()).toContain(n.legacy);
		expect(await idsOf(new PacksRepo(connectGuideDb(n.guide), n.legacy))).toEqual(['route:west']);
		oldTab.close();
		await vi.waitFor(async () => expect(await databaseNames()).not.toContain(n.legacy));
	});

	it('a new visitor gets no packs, and no old database is left behind', async () => {
		const n = names();
		expect(valueOf(await new PacksRepo(connectGuideDb(n.guide), n.legacy).list())).toEqual([]);
		await vi.waitFor(async () => expect(await databaseNames()).not.toContain(n.legacy));
	});

	it('says "blocked" while an older copy of the guide in another tab holds the database, and works once it closes', async () => {
		const n = names();
		await createV2GuideDb(n.guide, [savedPlace('ban-gioc')], []);
		await createLegacyPacksDb(n.legacy, [pack('province', ['/p'])]);
		const oldTab = await openRaw(n.guide, 2);
		const repo = new PacksRepo(connectGuideDb(n.guide), n.legacy);
		const blocked = await repo.list();
		expect(blocked.ok || blocked.error.code).toBe('blocked');
		oldTab.close();
		expect(await idsOf(repo)).toEqual(['province']);
	});

	it('reports a full disk as "quota", and keeps what was there', async () => {
		const n = names();
		const repo = new PacksRepo(connectGuideDb(n.guide), n.legacy);
		valueOf(await repo.put(pack('province', ['/p'])));
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const result = await repo.put(pack('route:east', ['/e']));
		expect(result.ok || result.error.code).toBe('quota');
		vi.restoreAllMocks();
		expect(await idsOf(repo)).toEqual(['province']);
	});

	it('reports storage that is not there, from every method', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const repo = new PacksRepo(connectGuideDb(names().guide));
		const results = await Promise.all([repo.list(), repo.put(pack('province', [])), repo.remove('province')]);
		expect(results.map((r) => r.ok || r.error.code)).toEqual(Array(3).fill('unavailable'));
	});
});
