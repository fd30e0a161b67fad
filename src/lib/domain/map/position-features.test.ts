import { describe, expect, it } from 'vitest';
import { distanceM } from '../geo/distance';
import { MIN_ACCURACY_M, positionFeatures } from './position-features';

describe('positionFeatures', () => {
	it('draws the position and a circle of its accuracy', () => {
		const fc = positionFeatures({ lat: 22.66, lon: 106.25, accuracyM: 40 });
		expect(fc.features.map((f) => [f.geometry.type, f.properties.role])).toEqual([
			['Polygon', 'accuracy'],
			['Point', 'position']
		]);
		const ring = fc.features[0]?.geometry.type === 'Polygon' ? (fc.features[0].geometry.coordinates[0] ?? []) : [];
		const [lon = 0, lat = 0] = ring[0] ?? [];
		expect(distanceM({ lat: 22.66, lon: 106.25 }, { lat, lon })).toBeCloseTo(40, 0);
	});

	it('keeps a tiny accuracy circle visible, and draws nothing without a usable fix', () => {
		const fc = positionFeatures({ lat: 22.66, lon: 106.25, accuracyM: 0 });
		const ring = fc.features[0]?.geometry.type === 'Polygon' ? (fc.features[0].geometry.coordinates[0] ?? []) : [];
		const [lon = 0, lat = 0] = ring[0] ?? [];
		expect(distanceM({ lat: 22.66, lon: 106.25 }, { lat, lon })).toBeCloseTo(MIN_ACCURACY_M, 0);
		expect(positionFeatures(null).features).toEqual([]);
		expect(positionFeatures({ lat: Number.NaN, lon: 106, accuracyM: 10 }).features).toEqual([]);
	});
});
