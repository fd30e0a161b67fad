// A visitor at a stop sees the chain in a fixed order, nearest first, each distance saying how it is known.
import { describe, expect, it } from 'vitest';
import { CAO_BANG_CITY, makePlace, makeService } from '../../../../tests/fixtures/bundle.ts';
import { AROUND_MAX_UNLINKED, ROAD_FACTOR, aroundPlace, type RoadLookup } from './around.ts';
import { distanceM } from '../geo/distance.ts';

const at = (lat: number, lon: number) => ({ confidence: 'strong' as const, lat, lon, uncertaintyM: 50, source: 'test' });

describe('aroundPlace', () => {
	const place = makePlace({ id: 'falls', location: at(CAO_BANG_CITY.lat, CAO_BANG_CITY.lon) });

	it('returns every chain group in the fixed order, empty ones included', () => {
		expect(aroundPlace(place, []).map((g) => g.group)).toEqual(['move', 'stay', 'eat', 'guide', 'buy', 'info']);
	});

	it('without road data, gives straight lines and sorts them, unknown distances last', () => {
		const nearAt = at(CAO_BANG_CITY.lat + 0.01, CAO_BANG_CITY.lon);
		const near = makeService({ id: 'near', kind: 'hotel', location: nearAt });
		const far = makeService({ id: 'far', kind: 'homestay', location: at(CAO_BANG_CITY.lat + 0.1, CAO_BANG_CITY.lon) });
		const linked = makeService({ id: 'linked', kind: 'guesthouse', places: ['falls'] });
		const stay = aroundPlace(place, [linked, far, near]).find((g) => g.group === 'stay');
		expect(stay?.items.map((i) => i.service.id)).toEqual(['near', 'far', 'linked']);
		expect(stay?.items[0]?.distance).toEqual({ basis: 'line', m: distanceM(CAO_BANG_CITY, nearAt) });
		expect(stay?.items[2]?.distance).toBeUndefined();
	});

	it('uses the road distance where both ends are on the network, and sorts a straight line as line × factor', () => {
		// "winding" is 2 km away in a straight line but 9 km by road; "offroad" is 5 km in a straight line
		// and off the network, so it sorts as 7 km and comes before the winding one.
		const winding = makeService({ id: 'winding', kind: 'hotel', location: at(CAO_BANG_CITY.lat + 0.018, CAO_BANG_CITY.lon) });
		const offroad = makeService({ id: 'offroad', kind: 'homestay', location: at(CAO_BANG_CITY.lat + 0.045, CAO_BANG_CITY.lon) });
		const pinned = makeService({ id: 'pinned', kind: 'guesthouse', location: at(CAO_BANG_CITY.lat + 0.001, CAO_BANG_CITY.lon) });
		const road: RoadLookup = (a, b) => {
			const pair = [a, b].sort().join('|');
			if (pair === 'falls|winding') return { km: 9, closerThanPositions: false };
			if (pair === 'falls|pinned') return { km: 0, closerThanPositions: true };
			return null;
		};
		const stay = aroundPlace(place, [winding, offroad, pinned], road).find((g) => g.group === 'stay')!;
		expect(stay.items.map((i) => i.service.id)).toEqual(['pinned', 'offroad', 'winding']);
		expect(stay.items[0]!.distance).toEqual({ basis: 'road', m: 0, closeBy: true });
		expect(stay.items[1]!.distance?.basis).toBe('line');
		expect(stay.items[1]!.distance!.m * ROAD_FACTOR).toBeLessThan(9000);
		expect(stay.items[2]!.distance).toEqual({ basis: 'road', m: 9000, closeBy: false });
	});

	it('leaves out services that are neither linked nor within reach', () => {
		const elsewhere = makeService({ id: 'elsewhere', kind: 'coach', location: at(CAO_BANG_CITY.lat + 1, CAO_BANG_CITY.lon) });
		expect(aroundPlace(place, [elsewhere]).flatMap((g) => g.items)).toEqual([]);
	});

	it('lists every service that names the place, and only the nearest few of the others, counting the rest', () => {
		const homestays = Array.from({ length: 40 }, (_, i) =>
			makeService({
				id: `stay-${String(i).padStart(2, '0')}`,
				kind: 'homestay',
				location: at(CAO_BANG_CITY.lat + 0.001 * (i + 1), CAO_BANG_CITY.lon)
			})
		);
		const named = makeService({
			id: 'named-far',
			kind: 'homestay',
			places: ['falls'],
			location: at(CAO_BANG_CITY.lat + 0.2, CAO_BANG_CITY.lon)
		});
		const stay = aroundPlace(place, [...homestays, named]).find((g) => g.group === 'stay')!;
		expect(stay.items.map((i) => i.service.id)).toEqual([...homestays.slice(0, AROUND_MAX_UNLINKED).map((s) => s.id), 'named-far']);
		expect(stay.more).toBe(40 - AROUND_MAX_UNLINKED);
		// The office's gap table counts them all.
		expect(aroundPlace(place, [...homestays, named], undefined, Infinity).find((g) => g.group === 'stay')!.items).toHaveLength(41);
	});
});
