import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OSM_DATA_DIR, OSM_LAYER_NAMES } from './layers.ts';
import { readOsmLayer } from './read-layer.ts';
import { serialise, trimFeatures } from './prepare.ts';

describe('data/osm2021', () => {
	it('holds every layer the build reads, and no boundaries file', () => {
		for (const name of OSM_LAYER_NAMES) expect(readOsmLayer(name).features.length).toBeGreaterThan(0);
		expect(existsSync(join(OSM_DATA_DIR, 'boundaries.geojson.gz'))).toBe(false);
	});

	it('keeps settlements with Vietnamese names but no pre-2025 district points', () => {
		const places = readOsmLayer('places').features;
		expect(places.some((f) => f.properties.class === 'county' || f.properties.class === 'state')).toBe(false);
		expect(places.map((f) => f.properties.name)).toContain('Trùng Khánh');
	});

	it('keeps route numbers as tagged, for the normaliser to read', () => {
		const refs = new Set(readOsmLayer('roads-major').features.map((f) => f.properties.ref));
		expect(refs).toContain('QL.34');
		expect(refs).toContain('34');
		expect(refs).toContain('ĐT.206');
	});
});

describe('prepare', () => {
	it('drops listed classes and unlisted properties, in a fixed order', () => {
		const features = trimFeatures(
			[
				{ type: 'Feature', properties: { name: 'A', class: 'village', extra: 1 }, geometry: null },
				{ type: 'Feature', properties: { class: 'county', name: 'Huyện' }, geometry: null }
			],
			{ source: '', keep: ['class', 'name'], dropClasses: ['county'] }
		);
		expect(serialise(features)).toBe(
			'{"type":"FeatureCollection","features":[\n{"type":"Feature","properties":{"class":"village","name":"A"},"geometry":null}\n]}\n'
		);
	});
});
