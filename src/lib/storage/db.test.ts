import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedPlace } from '$lib/domain/saved/types';
import { connectGuideDb, DB_VERSION, openGuideDb, toStorageError, type GuideDb } from './db';

let counter = 0;
const uniqueName = () => `db-test-${++counter}`;

const savedPlace = (placeId: string): SavedPlace => ({ placeId, savedAt: '2026-03-05T10:00:00.000+07:00' });

/** A version 1 database written by hand with raw IndexedDB, as the first release of the app left it. */
function createV1Database(name: string, places: SavedPlace[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name, 1);
		request.onupgradeneeded = () => {
			request.result.createObjectStore('saved', { keyPath: 'placeId' });
		};
		request.onerror = () => reject(request.error);
		request.onsuccess = () => {
			const db = request.result;
			const tx = db.transaction('saved', 'readwrite');
			for (const place of places) tx.objectStore('saved').add(place);
			tx.oncomplete = () => {
				db.close();
				resolve();
			};
			tx.onerror = () => reject(tx.error);
		};
	});
}

/** Opens a raw connection at `version`, as another tab would. It ignores requests to close. */
function openRaw(name: string, version: number, events: { onBlocked?: () => void } = {}): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name, version);
		request.onblocked = () => events.onBlocked?.();
		request.onerror = () => reject(request.error);
		request.onsuccess = () => resolve(request.result);
	});
}

async function openOk(name: string): Promise<GuideDb> {
	const result = await openGuideDb(name);
	if (!result.ok) throw new Error(`expected the database to open, got ${result.error.code}`);
	return result.value;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('openGuideDb', () => {
	it('creates every store of the current version in a new database', async () => {
		const db = await openOk(uniqueName());
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(['itineraries', 'meta', 'packs', 'saved', 'visits']);
		expect([...db.transaction('visits').store.indexNames]).toEqual(['visitedAt']);
		db.close();
	});

	it('upgrades a version 1 database without losing its saved places', async () => {
		const name = uniqueName();
		await createV1Database(name, [savedPlace('ban-gioc'), savedPlace('pac-bo')]);
		const db = await openOk(name);
		expect(db.version).toBe(DB_VERSION);
		expect(await db.getAll('saved')).toEqual([savedPlace('ban-gioc'), savedPlace('pac-bo')]);
		expect(await db.getAll('visits')).toEqual([]);
		await db.put('visits', { placeId: 'pac-bo', visitedAt: '2026-03-06T09:00:00.000+07:00' });
		expect(await db.getAllFromIndex('visits', 'visitedAt')).toHaveLength(1);
		db.close();
	});

	it('upgrades a version 3 database to keep itineraries, without losing saved places, visits or packs', async () => {
		const name = uniqueName();
		await createV1Database(name, []);
		// Build the v3 layout by hand, as the release before itineraries left it.
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open(name, 3);
			request.onupgradeneeded = () => {
				const db = request.result;
				const visits = db.createObjectStore('visits', { keyPath: 'placeId' });
				visits.createIndex('visitedAt', 'visitedAt');
				db.createObjectStore('meta');
				db.createObjectStore('packs', { keyPath: 'id' });
			};
			request.onerror = () => reject(request.error);
			request.onsuccess = () => {
				const db = request.result;
				const tx = db.transaction(['saved', 'visits', 'packs'], 'readwrite');
				tx.objectStore('saved').add(savedPlace('pac-bo'));
				tx.objectStore('visits').add({ placeId: 'pac-bo', visitedAt: '2026-03-06T09:00:00.000+07:00' });
				tx.objectStore('packs').add({
					id: 'province',
					status: 'ready',
					urls: ['/a'],
					bytes: 1,
					completedAt: '2026-03-06T09:00:00.000+07:00',
					contentVersion: 'v'
				});
				tx.oncomplete = () => {
					db.close();
					resolve();
				};
				tx.onerror = () => reject(tx.error);
			};
		});
		const db = await openOk(name);
		expect(await db.getAll('saved')).toEqual([savedPlace('pac-bo')]);
		expect(await db.getAll('visits')).toHaveLength(1);
		expect(await db.getAll('packs')).toHaveLength(1);
		expect(await db.getAll('itineraries')).toEqual([]);
		db.close();
	});

	it('keeps data across a close and a reopen', async () => {
		const name = uniqueName();
		const first = await openOk(name);
		await first.put('saved', savedPlace('ban-gioc'));
		first.close();
		const second = await openOk(name);
		expect(await second.getAll('saved')).toEqual([savedPlace('ban-gioc')]);
		second.close();
	});

	it('says "version" when a newer copy of the guide has upgraded the database', async () => {
		const name = uniqueName();
		(await openRaw(name, DB_VERSION + 1)).close();
		const result = await openGuideDb(name);
		expect(result.ok || result.error.code).toBe('version');
	});

	it('says "blocked" while an older connection in another tab stays open, and opens once it closes', async () => {
		const name = uniqueName();
		await createV1Database(name, [savedPlace('ban-gioc')]);
		const oldTab = await openRaw(name, 1);
		const result = await openGuideDb(name);
		expect(result.ok || result.error.code).toBe('blocked');
		oldTab.close();
		const db = await openOk(name);
		expect(await db.getAll('saved')).toEqual([savedPlace('ban-gioc')]);
		db.close();
	});

	it('a connection blocked by another tab upgrades by itself once that tab closes, and says so', async () => {
		const name = uniqueName();
		await createV1Database(name, [savedPlace('ban-gioc')]);
		const oldTab = await openRaw(name, 1);
		let unblocked = 0;
		const connection = connectGuideDb(name, () => unblocked++);
		const first = await connection();
		expect(first.ok || first.error.code).toBe('blocked');
		oldTab.close();
		await vi.waitFor(() => expect(unblocked).toBe(1));
		const db = await connection();
		if (!db.ok) throw new Error(db.error.code);
		expect(db.value.version).toBe(DB_VERSION);
		expect(await db.value.getAll('saved')).toEqual([savedPlace('ban-gioc')]);
		db.value.close();
	});

	it('says "unavailable" when the browser has no IndexedDB', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const result = await openGuideDb(uniqueName());
		expect(result.ok || result.error.code).toBe('unavailable');
	});

	it('says "unavailable" when opening throws, as some private modes do', async () => {
		vi.stubGlobal('indexedDB', {
			open: () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
		const result = await openGuideDb(uniqueName());
		expect(result).toEqual({ ok: false, error: { code: 'unavailable', detail: 'SecurityError: The operation is insecure.' } });
	});
});

describe('connectGuideDb', () => {
	it('opens once and shares the connection', async () => {
		const connection = connectGuideDb(uniqueName());
		const [a, b] = await Promise.all([connection(), connection()]);
		expect(a.ok && b.ok && a.value === b.value).toBe(true);
		if (a.ok) a.value.close();
	});

	it('steps aside for a newer version opened in another tab, then reports "version"', async () => {
		const name = uniqueName();
		const connection = connectGuideDb(name);
		expect((await connection()).ok).toBe(true);
		const onBlocked = vi.fn();
		const newerTab = await openRaw(name, DB_VERSION + 1, { onBlocked });
		expect(onBlocked).not.toHaveBeenCalled();
		newerTab.close();
		const again = await connection();
		expect(again.ok || again.error.code).toBe('version');
	});

	it('tries again after a failure', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const connection = connectGuideDb(uniqueName());
		expect((await connection()).ok).toBe(false);
		vi.unstubAllGlobals();
		const result = await connection();
		expect(result.ok).toBe(true);
		if (result.ok) result.value.close();
	});
});

describe('toStorageError', () => {
	it.each([
		[new DOMException('full', 'QuotaExceededError'), false, 'quota'],
		[{ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'full' }, false, 'quota'],
		[new DOMException('newer', 'VersionError'), true, 'version'],
		[new DOMException('x', 'UnknownError'), true, 'unavailable'],
		[new DOMException('x', 'ConstraintError'), false, 'failed'],
		['a string', false, 'failed']
	])('maps %s to a code', (err, whileOpening, code) => {
		expect(toStorageError(err, whileOpening).code).toBe(code);
	});

	it('keeps the name and message as the detail', () => {
		expect(toStorageError(new DOMException('disk full', 'QuotaExceededError')).detail).toBe('QuotaExceededError: disk full');
	});
});
