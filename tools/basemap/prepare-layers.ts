/**
 * Prepares the overview basemap's layers from the GeoJSON files in data/basemap/: each layer
 * of the basemap schema (src/lib/domain/map/basemap-schema.ts) gets its features with only the
 * properties the style reads, names in both languages, town ranks, and one label point per area.
 *
 * | layer        | from                                   | geometry         |
 * |--------------|----------------------------------------|------------------|
 * | `countries`  | ne10m_countries_vn_cn_region           | polygons + a label point for China |
 * | `admin`      | ne_admin1_region (without Cao Bằng)    | outlines + label points (Vietnamese provinces) |
 * | `province`   | cao_bang_province_osm                  | polygon + label point |
 * | `boundary`   | gshhg_border_vn_cn_region              | line             |
 * | `water_line` | gshhg_wdbii_rivers_region              | lines            |
 * | `place`      | geonames_places_region                 | points           |
 *
 * Label points: MapLibre labels a polygon once per tile it touches, so each area also gets
 * one Point feature (inside its largest part, away from the edges) that the style labels.
 * Cao Bằng is left out of `admin` because `province` holds its exact outline; Natural
 * Earth's line is about 2 km off. `admin` holds the provinces' outlines as lines rather
 * than polygons: the source polygons are cut to the region box, and their outlines would
 * otherwise draw the box itself as a boundary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { type BasemapLayer, type BasemapProperties } from '../../src/lib/domain/map/basemap-schema.ts';
import { labelPoint } from './label-point.ts';
import { featuresBounds, outlineInside } from './tile-geometry.ts';
import { readOsmLayer } from '../osm/read-layer.ts';
import { OSM_DATA_DIR } from '../osm/layers.ts';
import { overviewRivers, overviewRoads, overviewTowns, type OverviewOsmSources } from './overview-osm.ts';

/** A feature of one layer, with that layer's properties. */
export type TileFeature<L extends BasemapLayer = BasemapLayer> = Feature<Geometry, BasemapProperties[L]>;
export type LayerFeatures = { [L in BasemapLayer]: TileFeature<L>[] };

/** Layers made from OpenStreetMap 2021 (data/osm2021/, overview-osm.ts) rather than from data/basemap/. */
type OsmOverviewLayer = 'river' | 'road' | 'town';

/** The GeoJSON file behind each layer, in data/basemap/. */
export const SOURCE_FILES: Record<Exclude<BasemapLayer, OsmOverviewLayer>, string> = {
	countries: 'ne10m_countries_vn_cn_region.geojson',
	admin: 'ne_admin1_region.geojson',
	province: 'cao_bang_province_osm.geojson',
	boundary: 'gshhg_border_vn_cn_region.geojson',
	water_line: 'gshhg_wdbii_rivers_region.geojson',
	place: 'geonames_places_region.geojson'
};

/** Names of areas in both languages, by the name the source file uses. */
const AREA_NAMES: Record<string, { vi: string; en: string }> = {
	Vietnam: { vi: 'Việt Nam', en: 'Vietnam' },
	China: { vi: 'Trung Quốc', en: 'China' },
	Guangxi: { vi: 'Quảng Tây', en: 'Guangxi' },
	Yunnan: { vi: 'Vân Nam', en: 'Yunnan' }
};

const COUNTRY_CODES: Record<string, string> = { Vietnam: 'VNM', China: 'CHN' };

/** The province outline's own names are "Tỉnh Cao Bằng" / "Cao Bang Province"; labels use these. */
const PROVINCE_NAMES = { vi: 'Tỉnh Cao Bằng', en: 'Cao Bằng Province' };

/** Administrative words that GeoNames puts before many town names and a map label can drop. */
const NAME_PREFIXES = ['Thị Trấn ', 'Thị trấn ', 'Huyện '];

/** The raw files, parsed. Kept apart from reading so tests can pass small collections; `osm` may be left out. */
export type BasemapSources = Record<Exclude<BasemapLayer, OsmOverviewLayer>, FeatureCollection> & { osm?: OverviewOsmSources };

export function readBasemapSources(dataDir: string, osmDir: string = OSM_DATA_DIR): BasemapSources {
	const files = Object.keys(SOURCE_FILES) as (keyof typeof SOURCE_FILES)[];
	const read = (layer: keyof typeof SOURCE_FILES): FeatureCollection =>
		JSON.parse(readFileSync(join(dataDir, SOURCE_FILES[layer]), 'utf8')) as FeatureCollection;
	const sources = Object.fromEntries(files.map((layer) => [layer, read(layer)])) as unknown as BasemapSources;
	sources.osm = {
		roads: readOsmLayer('roads-major', osmDir),
		places: readOsmLayer('places', osmDir),
		waterways: readOsmLayer('waterways', osmDir)
	};
	return sources;
}

function text(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

function count(value: unknown): number {
	return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function isArea(geometry: Geometry | null): geometry is Polygon | MultiPolygon {
	return geometry !== null && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon');
}

/** The area itself plus one label point carrying the same properties. */
function areaWithLabel<P extends BasemapProperties[BasemapLayer]>(geometry: Polygon | MultiPolygon, properties: P): Feature<Geometry, P>[] {
	return [
		{ type: 'Feature', geometry, properties },
		{ type: 'Feature', geometry: { type: 'Point', coordinates: labelPoint(geometry) }, properties }
	];
}

/** A town's name without the administrative word in front: "Thị Trấn Trùng Khánh" → "Trùng Khánh". */
export function shortPlaceName(name: string): string {
	for (const prefix of NAME_PREFIXES) {
		if (name.startsWith(prefix) && name.length > prefix.length) return name.slice(prefix.length);
	}
	return name;
}

/**
 * How important a town is on the map, 1 (most) to 3. Provincial capitals (GeoNames
 * PPLA) and places of 100,000 people or more are 1, district or prefecture seats (PPLA2)
 * are 2, everything else is 3.
 */
export function placeRank(featureCode: string, population: number): 1 | 2 | 3 {
	if (featureCode === 'PPLA' || featureCode === 'PPLC' || population >= 100_000) return 1;
	if (featureCode === 'PPLA2') return 2;
	return 3;
}

/** Maps the source files to the features of each layer, with minimal, bilingual properties. */
export function prepareLayers(sources: BasemapSources): LayerFeatures {
	const countries = sources.countries.features.flatMap((feature): TileFeature<'countries'>[] => {
		const source = text(feature.properties?.['name']);
		const names = AREA_NAMES[source] ?? { vi: source, en: source };
		if (!isArea(feature.geometry)) return [];
		const adm0 = COUNTRY_CODES[source] ?? '';
		const properties = { adm0, name_vi: names.vi, name_en: names.en };
		// The whole guide is in Vietnam: only the other side of the border gets a country label.
		return adm0 === 'VNM' ? [{ type: 'Feature', geometry: feature.geometry, properties }] : areaWithLabel(feature.geometry, properties);
	});

	const frame = featuresBounds(sources.admin.features);
	const admin = sources.admin.features.flatMap((feature): TileFeature<'admin'>[] => {
		const name = text(feature.properties?.['name']);
		if (name === 'Cao Bằng' || !isArea(feature.geometry)) return [];
		const names = AREA_NAMES[name] ?? { vi: name, en: name };
		const properties = { adm0: text(feature.properties?.['adm0_a3']), name_vi: names.vi, name_en: names.en };
		const outline: TileFeature<'admin'> = { type: 'Feature', geometry: outlineInside(feature.geometry, frame), properties };
		// Chinese provinces get no label point: the country label ("Trung Quốc") says what matters there.
		if (properties.adm0 !== 'VNM') return [outline];
		return [outline, { type: 'Feature', geometry: { type: 'Point', coordinates: labelPoint(feature.geometry) }, properties }];
	});

	const province = sources.province.features.flatMap((feature): TileFeature<'province'>[] =>
		isArea(feature.geometry) ? areaWithLabel(feature.geometry, { name_vi: PROVINCE_NAMES.vi, name_en: PROVINCE_NAMES.en }) : []
	);

	const boundary = sources.boundary.features.flatMap((feature): TileFeature<'boundary'>[] =>
		feature.geometry === null ? [] : [{ type: 'Feature', geometry: feature.geometry, properties: {} }]
	);

	const waterLine = sources.water_line.features.flatMap((feature): TileFeature<'water_line'>[] =>
		feature.geometry === null
			? []
			: [{ type: 'Feature', geometry: feature.geometry, properties: { level: count(feature.properties?.['level']) } }]
	);

	const place = sources.place.features
		.flatMap((feature): TileFeature<'place'>[] => {
			if (feature.geometry === null || feature.geometry.type !== 'Point') return [];
			const name = text(feature.properties?.['name']);
			const featureCode = text(feature.properties?.['feature_code']);
			const population = count(feature.properties?.['population']);
			return [
				{
					type: 'Feature',
					geometry: feature.geometry,
					properties: {
						name,
						label: shortPlaceName(name),
						population,
						feature_code: featureCode,
						rank: placeRank(featureCode, population),
						country: text(feature.properties?.['country'])
					}
				}
			];
		})
		// Most important first; ties by name so the order never depends on the file's.
		.sort((a, b) => a.properties.rank - b.properties.rank || a.properties.name.localeCompare(b.properties.name, 'vi'));

	const osm = sources.osm;
	return {
		countries,
		admin,
		province,
		boundary,
		water_line: waterLine,
		river: osm ? overviewRivers(osm.waterways) : [],
		road: osm ? overviewRoads(osm.roads) : [],
		place,
		town: osm ? overviewTowns(osm.places, place) : []
	};
}
