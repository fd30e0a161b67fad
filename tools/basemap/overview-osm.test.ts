import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import type { OsmCollection, OsmFeature } from '../osm/read-layer';
import { overviewRivers, overviewRoads, overviewTowns } from './overview-osm';

const line = (properties: OsmFeature['properties']): OsmFeature => ({
	type: 'Feature',
	properties,
	geometry: {
		type: 'LineString',
		coordinates: [
			[106.2, 22.6],
			[106.3, 22.7]
		]
	}
});
const point = (lon: number, lat: number, properties: OsmFeature['properties']): OsmFeature => ({
	type: 'Feature',
	properties,
	geometry: { type: 'Point', coordinates: [lon, lat] }
});
const fc = (features: OsmFeature[]): OsmCollection => ({ type: 'FeatureCollection', features });

describe('the overview from OpenStreetMap', () => {
	it('keeps trunk and primary roads with one spelling of their route number', () => {
		const roads = overviewRoads(
			fc([
				line({ class: 'trunk', highway: 'trunk', ref: '34' }),
				line({ class: 'trunk', highway: 'trunk', ref: 'QL.34' }),
				line({ class: 'primary', highway: 'primary_link', ref: 'QL 4A' }),
				line({ class: 'primary', highway: 'primary' }),
				line({ class: 'secondary', highway: 'secondary', ref: 'ĐT.206' }),
				line({ class: 'minor', highway: 'residential' })
			])
		);
		expect(roads.map((r) => r.properties)).toEqual([
			{ class: 'trunk', ref: 'QL34' },
			{ class: 'trunk', ref: 'QL34' },
			{ class: 'primary', ref: 'QL4A' },
			{ class: 'primary', ref: '' }
		]);
	});

	it('keeps named rivers only, and only names the map can draw', () => {
		const rivers = overviewRivers(
			fc([
				line({ class: 'river', name: 'Sông Bằng' }),
				line({ class: 'river' }),
				line({ class: 'stream', name: 'Suối Lê-nin' }),
				line({ class: 'river', name: '归春河' })
			])
		);
		expect(rivers.map((r) => r.properties.name)).toEqual(['Sông Bằng']);
	});

	it('adds the towns GeoNames lacks and not the ones it has', () => {
		const geonames: Feature[] = [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [106.25, 22.666] } }];
		const towns = overviewTowns(
			fc([
				point(106.26, 22.67, { class: 'city', name: 'Cao Bằng' }),
				point(106.5, 22.9, { class: 'town', name: 'Trà Lĩnh' }),
				point(106.6, 22.9, { class: 'village', name: 'Bản Nà Quán' }),
				point(106.8, 22.8, { class: 'town', name: '硕龙镇' })
			]),
			geonames
		);
		expect(towns.map((t) => t.properties.name)).toEqual(['Trà Lĩnh']);
	});
});
