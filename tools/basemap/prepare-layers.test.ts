import { square } from './test-shapes.ts';
import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_LAYERS } from '../../src/lib/domain/map/basemap-schema';
import { buildTiles, layersBounds } from './encode-tiles';
import { placeRank, prepareLayers, shortPlaceName, type BasemapSources } from './prepare-layers';
import { lonLatToTile } from './tile-geometry';

function collection(features: FeatureCollection['features']): FeatureCollection {
	return { type: 'FeatureCollection', features };
}

/** A miniature of the real data: one of each kind of feature around Cao Bằng. */
function createSources(): BasemapSources {
	return {
		countries: collection([{ type: 'Feature', id: 704, geometry: square(105, 22, 1), properties: { name: 'Vietnam' } }]),
		admin: collection([
			{ type: 'Feature', geometry: square(105, 22, 0.5), properties: { name: 'Cao Bằng', adm0_a3: 'VNM', gn_name: 'Tinh Cao Bang' } },
			{
				type: 'Feature',
				geometry: square(106, 23, 0.5),
				properties: { name: 'Guangxi', adm0_a3: 'CHN', gn_name: 'Guangxi Zhuangzu Zizhiqu' }
			}
		]),
		province: collection([
			{ type: 'Feature', geometry: square(105.2, 22.2, 0.4), properties: { name: 'Tỉnh Cao Bằng', source: 'x', licence: 'y' } }
		]),
		boundary: collection([
			{
				type: 'Feature',
				geometry: {
					type: 'LineString',
					coordinates: [
						[105.5, 22.9],
						[106.2, 22.8]
					]
				},
				properties: { name: 'Vietnam–China' }
			}
		]),
		water_line: collection([
			{
				type: 'Feature',
				geometry: {
					type: 'LineString',
					coordinates: [
						[105.3, 22.5],
						[106, 22.7]
					]
				},
				properties: { level: 3 }
			}
		]),
		place: collection([
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [106.0, 22.4] },
				properties: {
					geonameid: 2,
					name: 'Thị Trấn Trùng Khánh',
					asciiname: 'Thi Tran Trung Khanh',
					feature_code: 'PPLA2',
					country: 'VN',
					admin1: '05',
					population: 0
				}
			},
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [106.25, 22.67] },
				properties: {
					geonameid: 1,
					name: 'Cao Bằng',
					asciiname: 'Cao Bang',
					feature_code: 'PPLA',
					country: 'VN',
					admin1: '05',
					population: 73_549
				}
			}
		])
	};
}

describe('shortPlaceName', () => {
	it('drops the administrative word GeoNames puts in front', () => {
		expect(shortPlaceName('Thị Trấn Trùng Khánh')).toBe('Trùng Khánh');
		expect(shortPlaceName('Huyện Chiêm Hóa')).toBe('Chiêm Hóa');
		expect(shortPlaceName('Cao Bằng')).toBe('Cao Bằng');
		expect(shortPlaceName('Thị Trấn ')).toBe('Thị Trấn ');
	});
});

describe('placeRank', () => {
	it('ranks capitals and cities first, district seats next', () => {
		expect(placeRank('PPLA', 73_549)).toBe(1);
		expect(placeRank('PPLA2', 384_905)).toBe(1);
		expect(placeRank('PPLA2', 0)).toBe(2);
		expect(placeRank('PPLA3', 0)).toBe(3);
		expect(placeRank('PPL', 8_922)).toBe(3);
	});
});

describe('prepareLayers', () => {
	it('keeps minimal, bilingual properties and adds label points', () => {
		const layers = prepareLayers(createSources());

		// Vietnam is not labelled (the whole guide is in it); China is.
		expect(layers.countries.map((f) => f.geometry.type)).toEqual(['Polygon']);
		expect(layers.countries[0]?.properties).toEqual({ adm0: 'VNM', name_vi: 'Việt Nam', name_en: 'Vietnam' });
		expect(layers.countries[0]?.id).toBeUndefined();

		// Cao Bằng comes from the exact OSM outline, not from Natural Earth's admin layer;
		// Chinese provinces have no label point.
		expect(layers.admin.map((f) => [f.geometry.type, f.properties['name_vi']])).toEqual([['MultiLineString', 'Quảng Tây']]);
		expect(layers.province.map((f) => f.geometry.type)).toEqual(['Polygon', 'Point']);
		expect(layers.province[0]?.properties).toEqual({ name_vi: 'Tỉnh Cao Bằng', name_en: 'Cao Bằng Province' });
		expect(layers.boundary[0]?.properties).toEqual({});
		expect(layers.water_line[0]?.properties).toEqual({ level: 3 });
		expect(layers.place.map((f) => f.properties)).toEqual([
			{ name: 'Cao Bằng', label: 'Cao Bằng', population: 73_549, feature_code: 'PPLA', rank: 1, country: 'VN' },
			{ name: 'Thị Trấn Trùng Khánh', label: 'Trùng Khánh', population: 0, feature_code: 'PPLA2', rank: 2, country: 'VN' }
		]);
		expect(layersBounds(layers)).toEqual([105, 22, 106.5, 23.5]);
	});
});

describe('buildTiles', () => {
	it('makes decodable tiles with the expected layers only where there is data', () => {
		const tiles = buildTiles(prepareLayers(createSources()), { minZoom: 5, maxZoom: 7 });
		expect(tiles.length).toBeGreaterThan(0);
		expect(new Set(tiles.map((t) => t.z))).toEqual(new Set([5, 6, 7]));

		const city = lonLatToTile(106.25, 22.67, 7);
		const cityTile = tiles.find((t) => t.z === 7 && t.x === city.x && t.y === city.y);
		expect(cityTile).toBeDefined();
		const decoded = new VectorTile(new PbfReader(cityTile?.data ?? new Uint8Array(0)));
		for (const name of Object.keys(decoded.layers)) expect(BASEMAP_LAYERS).toContain(name);
		const place = decoded.layers['place'];
		expect(place?.extent).toBe(4096);
		const names = Array.from({ length: place?.length ?? 0 }, (_, i) => place?.feature(i).properties['name']);
		expect(names).toContain('Cao Bằng');
	});
});
