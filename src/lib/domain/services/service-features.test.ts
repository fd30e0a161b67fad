// The services layer and its list are one list: what the map draws, the list links, in the same order.
import { describe, expect, it } from 'vitest';
import { makeService, northOfCity } from '../../../../tests/fixtures/bundle.ts';
import { mapServices, serviceFeatures } from './service-features.ts';

describe('mapServices', () => {
	const services = [
		makeService({ id: 'board', kind: 'information-centre', location: northOfCity(0.01) }),
		makeService({ id: 'unplaced', kind: 'hotel' }),
		makeService({ id: 'homestay', kind: 'homestay', location: { ...northOfCity(0.02), confidence: 'derived', uncertaintyM: 1500 } }),
		makeService({ id: 'coach', kind: 'coach', location: northOfCity(0.03) })
	];

	it('keeps located services only, in the chain order (get there, stay, … information)', () => {
		expect(mapServices(services).map((m) => m.service.id)).toEqual(['coach', 'homestay', 'board']);
	});

	it('draws the same services as features with their group and whether the point is approximate', () => {
		const items = mapServices(services);
		const fc = serviceFeatures(items);
		expect(fc.features.map((f) => f.properties.id)).toEqual(items.map((m) => m.service.id));
		expect(fc.features[1]!.properties).toMatchObject({ group: 'stay', approx: true });
		expect(fc.features[0]!.geometry.coordinates).toEqual([northOfCity(0.03).lon, northOfCity(0.03).lat]);
	});
});
