import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { itineraryFromCodes } from '$lib/domain/itinerary/edit';
import type { SavedItinerary } from '$lib/domain/itinerary/ports';
import { connectGuideDb } from './db';
import { ItinerariesRepo } from './itineraries-repo';

let counter = 0;
const saved = (id: string, codes: number[]): SavedItinerary => ({
	id,
	createdAt: '2027-01-01T00:00:00.000Z',
	updatedAt: '2027-01-01T00:00:00.000Z',
	itinerary: itineraryFromCodes(codes, `Trip ${id}`)
});

describe('ItinerariesRepo', () => {
	it('keeps itineraries across connections, replaces by id and forgets on remove', async () => {
		const name = `itineraries-${++counter}`;
		const repo = new ItinerariesRepo(connectGuideDb(name));
		expect(await repo.put(saved('a', [1, 2]))).toEqual({ ok: true, value: undefined });
		await repo.put(saved('b', [3]));
		await repo.put(saved('a', [1, 2, 5]));
		await repo.remove('b');
		await repo.remove('never-there');
		const again = new ItinerariesRepo(connectGuideDb(name));
		const list = await again.list();
		expect(list.ok && list.value.map((s) => [s.id, s.itinerary.days[0]?.stops.map((x) => x.code)])).toEqual([['a', [1, 2, 5]]]);
	});
});
