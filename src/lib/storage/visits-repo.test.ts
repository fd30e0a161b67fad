import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Visit } from '$lib/domain/saved/types';
import { connectGuideDb } from './db';
import { VisitsRepo } from './visits-repo';

let counter = 0;
const createRepo = () => new VisitsRepo(connectGuideDb(`visits-repo-test-${++counter}`));
const visit = (placeId: string, visitedAt = '2026-03-05T10:00:00.000+07:00'): Visit => ({ placeId, visitedAt });

async function listOf(repo: VisitsRepo): Promise<Visit[]> {
	const result = await repo.list();
	if (!result.ok) throw new Error(result.error.code);
	return result.value;
}

describe('VisitsRepo', () => {
	it('lists visits oldest first, whatever order they were added in', async () => {
		const repo = createRepo();
		await repo.add(visit('pac-bo', '2026-03-07T08:00:00.000+07:00'));
		await repo.add(visit('ban-gioc', '2026-03-05T08:00:00.000+07:00'));
		await repo.add(visit('nguom-ngao', '2026-03-06T08:00:00.000+07:00'));
		expect((await listOf(repo)).map((v) => v.placeId)).toEqual(['ban-gioc', 'nguom-ngao', 'pac-bo']);
	});

	it('keeps one visit per place: marking it again moves the date', async () => {
		const repo = createRepo();
		await repo.add(visit('ban-gioc', '2026-03-05T08:00:00.000+07:00'));
		await repo.add(visit('ban-gioc', '2026-03-09T08:00:00.000+07:00'));
		expect(await listOf(repo)).toEqual([visit('ban-gioc', '2026-03-09T08:00:00.000+07:00')]);
	});

	it('says what it has, and removes', async () => {
		const repo = createRepo();
		await repo.add(visit('ban-gioc'));
		expect(await repo.has('ban-gioc')).toEqual({ ok: true, value: true });
		expect((await repo.remove('ban-gioc')).ok).toBe(true);
		expect(await repo.has('ban-gioc')).toEqual({ ok: true, value: false });
	});

	it('replaces everything with replaceAll', async () => {
		const repo = createRepo();
		await repo.add(visit('ban-gioc'));
		expect((await repo.replaceAll([visit('pac-bo')])).ok).toBe(true);
		expect(await listOf(repo)).toEqual([visit('pac-bo')]);
	});

	it('changes nothing when replaceAll fails half-way through', async () => {
		const repo = createRepo();
		await repo.add(visit('ban-gioc'));
		const result = await repo.replaceAll([visit('pac-bo'), visit('thang-hen'), visit('pac-bo')]);
		expect(result.ok).toBe(false);
		expect(await listOf(repo)).toEqual([visit('ban-gioc')]);
	});
});
