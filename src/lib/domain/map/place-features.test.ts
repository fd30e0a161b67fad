import { describe, expect, it } from 'vitest';
import { distanceM } from '../geo/distance';
import { UNKNOWN, at, createPlace } from '../../../../tests/helpers/create-fixtures';
import { placeAreas, placePoints } from './place-features';

describe('placePoints', () => {
	it('makes one point per located place, in order, with the name in the bundle language', () => {
		const fc = placePoints([
			createPlace({ id: 'falls', name: 'Thác Bản Giốc', location: at(106.72427, 22.85436) }),
			createPlace({ id: 'hut', kind: 'relic', name: 'Lán Khuổi Nậm', location: at(106.05, 22.95, 'single-source') })
		]);
		expect(fc.features).toEqual([
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [106.72427, 22.85436] },
				properties: { id: 'falls', name: 'Thác Bản Giốc', kind: 'geosite' }
			},
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [106.05, 22.95] },
				properties: { id: 'hut', name: 'Lán Khuổi Nậm', kind: 'relic' }
			}
		]);
	});

	it('leaves out places whose location is unknown (they are in the list only)', () => {
		const fc = placePoints([createPlace({ id: 'lost', location: UNKNOWN }), createPlace({ id: 'here' })]);
		expect(fc.features.map((f) => f.properties.id)).toEqual(['here']);
	});

	it('marks derived and commune-area positions as approximate', () => {
		const fc = placePoints([
			createPlace({ id: 'strong', location: at(106, 22.7, 'strong') }),
			createPlace({ id: 'single', location: at(106, 22.7, 'single-source') }),
			createPlace({ id: 'derived', location: at(106, 22.7, 'derived', 1500) }),
			createPlace({ id: 'commune', location: at(106, 22.7, 'commune-area', 5800) })
		]);
		expect(fc.features.map((f) => [f.properties.id, f.properties.approx ?? false])).toEqual([
			['strong', false],
			['single', false],
			['derived', true],
			['commune', true]
		]);
	});
});

describe('placeAreas', () => {
	it('draws a circle of the uncertainty radius around approximate places only', () => {
		const fc = placeAreas([
			createPlace({ id: 'strong', location: at(106, 22.7, 'strong', 300) }),
			createPlace({ id: 'derived', kind: 'culture', location: at(106.2, 22.6, 'derived', 1500) }),
			createPlace({ id: 'lost', location: UNKNOWN })
		]);
		expect(fc.features).toHaveLength(1);
		const [area] = fc.features;
		expect(area?.properties).toEqual({ id: 'derived', kind: 'culture' });
		const ring = area?.geometry.coordinates[0] ?? [];
		expect(ring.length).toBe(49);
		for (const [lon = 0, lat = 0] of ring) expect(Math.abs(distanceM({ lon: 106.2, lat: 22.6 }, { lon, lat }) - 1500)).toBeLessThan(10);
	});

	it('skips an approximate place with no usable radius rather than throwing', () => {
		expect(placeAreas([createPlace({ id: 'zero', location: at(106, 22.7, 'derived', 0) })]).features).toEqual([]);
	});
});
