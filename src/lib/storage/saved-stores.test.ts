import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedStores } from '$lib/domain/saved/ports';
import type { SavedPlace, Visit } from '$lib/domain/saved/types';
import { createSavedStores } from './saved-stores';

let counter = 0;
const savedPlace = (placeId: string): SavedPlace => ({ placeId, savedAt: '2026-03-05T10:00:00.000+07:00' });
const visit = (placeId: string): Visit => ({ placeId, visitedAt: '2026-03-05T11:00:00.000+07:00' });

/** Stores holding one saved place and one visit. */
async function createFilledStores(): Promise<SavedStores> {
	const stores = createSavedStores(`saved-stores-test-${++counter}`);
	await stores.saved.add(savedPlace('ban-gioc'));
	await stores.visits.add(visit('pac-bo'));
	return stores;
}

async function contentsOf(stores: SavedStores) {
	const [saved, visits] = await Promise.all([stores.saved.list(), stores.visits.list()]);
	if (!saved.ok || !visits.ok) throw new Error('could not read back');
	return { saved: saved.value, visits: visits.value };
}

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('createSavedStores', () => {
	it('opens nothing until first used', () => {
		vi.stubGlobal('indexedDB', {
			open: () => {
				throw new Error('opened too early');
			}
		});
		expect(() => createSavedStores('never-opened')).not.toThrow();
		vi.unstubAllGlobals();
	});

	it('shares one database between saved places and visits', async () => {
		const stores = await createFilledStores();
		expect(await contentsOf(stores)).toEqual({ saved: [savedPlace('ban-gioc')], visits: [visit('pac-bo')] });
	});
});

describe('replaceAll (the import)', () => {
	it('replaces saved places and visits together', async () => {
		const stores = await createFilledStores();
		const data = { saved: [savedPlace('thang-hen'), savedPlace('nguom-ngao')], visits: [visit('thang-hen')] };
		expect(await stores.replaceAll(data)).toEqual({ ok: true, value: undefined });
		expect(await contentsOf(stores)).toEqual({ saved: [savedPlace('nguom-ngao'), savedPlace('thang-hen')], visits: [visit('thang-hen')] });
	});

	it('changes neither store when writing the visits fails after the saved places were written', async () => {
		const stores = await createFilledStores();
		const before = await contentsOf(stores);
		const result = await stores.replaceAll({ saved: [savedPlace('thang-hen')], visits: [visit('thang-hen'), visit('thang-hen')] });
		expect(result.ok).toBe(false);
		expect(await contentsOf(stores)).toEqual(before);
	});

	it('changes nothing, and says "quota", when the disk fills up mid-way', async () => {
		const stores = await createFilledStores();
		const before = await contentsOf(stores);
		const add = IDBObjectStore.prototype.add;
		let calls = 0;
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
			if (++calls === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return add.apply(this, args);
		});
		const result = await stores.replaceAll({ saved: [savedPlace('a'), savedPlace('b')], visits: [visit('a'), visit('b')] });
		expect(result.ok || result.error.code).toBe('quota');
		expect(calls).toBe(3);
		vi.restoreAllMocks();
		expect(await contentsOf(stores)).toEqual(before);
	});
});
