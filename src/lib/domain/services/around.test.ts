// A visitor at a stop sees the chain in a fixed order, nearest first, and gaps stay visible.
import { describe, expect, it } from 'vitest';
import { CAO_BANG_CITY, makePlace, makeService } from '../../../../tests/fixtures/bundle.ts';
import { ROAD_FACTOR, aroundPlace } from './around.ts';
import { distanceM } from '../geo/distance.ts';

const at = (lat: number, lon: number) => ({ confidence: 'strong' as const, lat, lon, uncertaintyM: 50, source: 'test' });

describe('aroundPlace', () => {
	const place = makePlace({ id: 'falls', location: at(CAO_BANG_CITY.lat, CAO_BANG_CITY.lon) });

	it('returns every chain group in the fixed order, empty ones included', () => {
		expect(aroundPlace(place, []).map((g) => g.group)).toEqual(['move', 'stay', 'eat', 'guide', 'buy', 'info']);
	});

	it('sorts a group by estimated road distance, unknown distances last', () => {
		const nearAt = at(CAO_BANG_CITY.lat + 0.01, CAO_BANG_CITY.lon);
		const near = makeService({ id: 'near', kind: 'hotel', location: nearAt });
		const far = makeService({ id: 'far', kind: 'homestay', location: at(CAO_BANG_CITY.lat + 0.1, CAO_BANG_CITY.lon) });
		const linked = makeService({ id: 'linked', kind: 'guesthouse', places: ['falls'] });
		const stay = aroundPlace(place, [linked, far, near]).find((g) => g.group === 'stay');
		expect(stay?.items.map((i) => i.service.id)).toEqual(['near', 'far', 'linked']);
		expect(stay?.items[0]?.roadM).toBeCloseTo(distanceM(CAO_BANG_CITY, nearAt) * ROAD_FACTOR, 0);
	});

	it('leaves out services that are neither linked nor within reach', () => {
		const elsewhere = makeService({ id: 'elsewhere', kind: 'coach', location: at(CAO_BANG_CITY.lat + 1, CAO_BANG_CITY.lon) });
		expect(aroundPlace(place, [elsewhere]).flatMap((g) => g.items)).toEqual([]);
	});
});
