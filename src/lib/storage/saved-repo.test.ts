import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedPlace } from '$lib/domain/saved/types';
import { connectGuideDb } from './db';
import { SavedRepo } from './saved-repo';

let counter = 0;
const createRepo = () => new SavedRepo(connectGuideDb(`saved-repo-test-${++counter}`));
const savedPlace = (placeId: string, savedAt = '2026-03-05T10:00:00.000+07:00'): SavedPlace => ({ placeId, savedAt });

async function listOf(repo: SavedRepo): Promise<SavedPlace[]> {
	const result = await repo.list();
	if (!result.ok) throw new Error(result.error.code);
	return result.value;
}

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('SavedRepo', () => {
	it('starts empty', async () => {
		expect(await listOf(createRepo())).toEqual([]);
	});

	it('adds, lists and says what it has', async () => {
		const repo = createRepo();
		expect(await repo.add(savedPlace('ban-gioc'))).toEqual({ ok: true, value: undefined });
		await repo.add(savedPlace('pac-bo'));
		expect(await listOf(repo)).toEqual([savedPlace('ban-gioc'), savedPlace('pac-bo')]);
		expect(await repo.has('pac-bo')).toEqual({ ok: true, value: true });
		expect(await repo.has('nguom-ngao')).toEqual({ ok: true, value: false });
	});

	it('replaces an entry when a place is saved again', async () => {
		const repo = createRepo();
		await repo.add(savedPlace('ban-gioc', '2026-03-05T10:00:00.000+07:00'));
		await repo.add(savedPlace('ban-gioc', '2026-03-07T10:00:00.000+07:00'));
		expect(await listOf(repo)).toEqual([savedPlace('ban-gioc', '2026-03-07T10:00:00.000+07:00')]);
	});

	it('removes a place, and removing one that is not saved is fine', async () => {
		const repo = createRepo();
		await repo.add(savedPlace('ban-gioc'));
		expect((await repo.remove('ban-gioc')).ok).toBe(true);
		expect((await repo.remove('never-saved')).ok).toBe(true);
		expect(await listOf(repo)).toEqual([]);
	});

	it('replaces everything with replaceAll', async () => {
		const repo = createRepo();
		await repo.add(savedPlace('ban-gioc'));
		expect((await repo.replaceAll([savedPlace('pac-bo'), savedPlace('thang-hen')])).ok).toBe(true);
		expect(await listOf(repo)).toEqual([savedPlace('pac-bo'), savedPlace('thang-hen')]);
	});

	it('changes nothing when replaceAll fails half-way through (a request fails)', async () => {
		const repo = createRepo();
		await repo.add(savedPlace('ban-gioc'));
		// The second `add` of the same id fails after the clear and the first add have been queued.
		const result = await repo.replaceAll([savedPlace('pac-bo'), savedPlace('pac-bo')]);
		expect(result.ok || result.error.code).toBe('failed');
		expect(await listOf(repo)).toEqual([savedPlace('ban-gioc')]);
	});

	it('changes nothing when replaceAll fails half-way through (a record is refused)', async () => {
		const repo = createRepo();
		await repo.add(savedPlace('ban-gioc'));
		const broken = { savedAt: '2026-03-05T10:00:00.000+07:00' } as unknown as SavedPlace;
		const result = await repo.replaceAll([savedPlace('pac-bo'), broken]);
		expect(result.ok).toBe(false);
		expect(await listOf(repo)).toEqual([savedPlace('ban-gioc')]);
	});

	it('reports a full disk as "quota", and keeps what was there', async () => {
		const repo = createRepo();
		await repo.add(savedPlace('ban-gioc'));
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const result = await repo.add(savedPlace('pac-bo'));
		expect(result.ok || result.error.code).toBe('quota');
		vi.restoreAllMocks();
		expect(await listOf(repo)).toEqual([savedPlace('ban-gioc')]);
	});

	it('reports storage that is not there, from every method', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const repo = createRepo();
		const results = await Promise.all([repo.list(), repo.has('a'), repo.add(savedPlace('a')), repo.remove('a'), repo.replaceAll([])]);
		expect(results.map((r) => r.ok || r.error.code)).toEqual(Array(5).fill('unavailable'));
		vi.unstubAllGlobals();
	});
});
