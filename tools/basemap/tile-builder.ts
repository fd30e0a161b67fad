/**
 * Turns the GeoJSON files in data/basemap/ into Mapbox vector tiles (MVT) for the
 * overview basemap: geojson-vt cuts and simplifies each layer, @maplibre/vt-pbf encodes.
 *
 * Layers, in drawing order (each keeps only the properties the style reads):
 *
 * | layer        | from                                   | geometry         | properties |
 * |--------------|----------------------------------------|------------------|------------|
 * | `countries`  | ne10m_countries_vn_cn_region           | polygons + a label point for China | adm0, name_vi, name_en |
 * | `admin`      | ne_admin1_region (without Cao Bằng)    | outlines + label points (Vietnamese provinces) | adm0, name_vi, name_en |
 * | `province`   | cao_bang_province_osm                  | polygon + label point   | name_vi, name_en |
 * | `boundary`   | gshhg_border_vn_cn_region              | line             | (none) |
 * | `water_line` | gshhg_wdbii_rivers_region              | lines            | level |
 * | `place`      | geonames_places_region                 | points           | name, label, population, feature_code, rank, country |
 *
 * Label points: MapLibre labels a polygon once per tile it touches, so each area also gets
 * one Point feature (inside its largest part, away from the edges) that the style labels.
 * Cao Bằng is left out of `admin` because `province` holds its exact outline; Natural
 * Earth's line is about 2 km off. `admin` holds the provinces' outlines as lines rather
 * than polygons: the source polygons are cut to the region box, and their outlines would
 * otherwise draw the box itself as a boundary.
 *
 * Tiles are made for zooms 5 to 11, only where they cover the data (the region box
 * lon 104.8–107.4, lat 21.9–23.6); MapLibre over-zooms the z11 tiles above that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Point from '@mapbox/point-geometry';
import { fromVectorTileJs, type VectorTileFeatureLike, type VectorTileLayerLike } from '@maplibre/vt-pbf';
import GeoJSONVT, { type LegacyFeature } from 'geojson-vt';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { labelPoint } from './label-point';
import type { TileInput, VectorLayer } from './pmtiles-writer';

export const LAYER_NAMES = ['countries', 'admin', 'province', 'boundary', 'water_line', 'place'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

/** A property value as a vector tile can hold it. */
export type TileValue = string | number | boolean;
export type TileProperties = Record<string, TileValue>;
export type TileFeature = Feature<Geometry, TileProperties>;
export type LayerFeatures = Record<LayerName, TileFeature[]>;

export const BASEMAP_MIN_ZOOM = 5;
export const BASEMAP_MAX_ZOOM = 11;
/** Tile extent (coordinate units per tile side) of every layer. */
export const TILE_EXTENT = 4096;

/** The GeoJSON file behind each layer, in data/basemap/. */
export const SOURCE_FILES: Record<LayerName, string> = {
	countries: 'ne10m_countries_vn_cn_region.geojson',
	admin: 'ne_admin1_region.geojson',
	province: 'cao_bang_province_osm.geojson',
	boundary: 'gshhg_border_vn_cn_region.geojson',
	water_line: 'gshhg_wdbii_rivers_region.geojson',
	place: 'geonames_places_region.geojson'
};

/** The archive's `vector_layers`: what each layer holds, for the metadata and for style authors. */
const LAYER_DESCRIPTIONS: Omit<VectorLayer, 'minzoom' | 'maxzoom'>[] = [
	{
		id: 'countries',
		description: 'Land of Vietnam and China (Natural Earth 1:10m), plus a label point for China',
		fields: { adm0: 'String', name_vi: 'String', name_en: 'String' }
	},
	{
		id: 'admin',
		description:
			'Outlines of neighbouring provinces (Natural Earth admin-1, without the edges of the region box), plus a label point for each Vietnamese one',
		fields: { adm0: 'String', name_vi: 'String', name_en: 'String' }
	},
	{
		id: 'province',
		description: 'Cao Bằng province outline (OpenStreetMap relation 1844412), plus a label point',
		fields: { name_vi: 'String', name_en: 'String' }
	},
	{ id: 'boundary', description: 'Vietnam–China border (GSHHG WDBII)', fields: {} },
	{
		id: 'water_line',
		description: 'Major rivers (GSHHG WDBII); level 2 = additional major … 4 = minor',
		fields: { level: 'Number' }
	},
	{
		id: 'place',
		description: 'Towns (GeoNames); rank 1 = provincial capital or city, 2 = district seat, 3 = other',
		fields: {
			name: 'String',
			label: 'String',
			population: 'Number',
			feature_code: 'String',
			rank: 'Number',
			country: 'String'
		}
	}
];
export const VECTOR_LAYERS: VectorLayer[] = LAYER_DESCRIPTIONS.map((layer) => ({
	...layer,
	minzoom: BASEMAP_MIN_ZOOM,
	maxzoom: BASEMAP_MAX_ZOOM
}));

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

/** The raw files, parsed. Kept apart from reading so tests can pass small collections. */
export type BasemapSources = Record<LayerName, FeatureCollection>;

export function readBasemapSources(dataDir: string): BasemapSources {
	const read = (file: string): FeatureCollection => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as FeatureCollection;
	return {
		countries: read(SOURCE_FILES.countries),
		admin: read(SOURCE_FILES.admin),
		province: read(SOURCE_FILES.province),
		boundary: read(SOURCE_FILES.boundary),
		water_line: read(SOURCE_FILES.water_line),
		place: read(SOURCE_FILES.place)
	};
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
function areaWithLabel(geometry: Polygon | MultiPolygon, properties: TileProperties): TileFeature[] {
	return [
		{ type: 'Feature', geometry, properties },
		{ type: 'Feature', geometry: { type: 'Point', coordinates: labelPoint(geometry) }, properties }
	];
}

/**
 * The outline of an area as lines, leaving out the edges that lie on the frame
 * [west, south, east, north] the data was cut to: those are cuts, not boundaries.
 */
export function outlineInside(geometry: Polygon | MultiPolygon, frame: readonly [number, number, number, number]): MultiLineString {
	const [west, south, east, north] = frame;
	const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-7;
	const onFrame = (a: Position, b: Position): boolean => {
		const [ax = 0, ay = 0] = a;
		const [bx = 0, by = 0] = b;
		return (
			(near(ax, west) && near(bx, west)) ||
			(near(ax, east) && near(bx, east)) ||
			(near(ay, south) && near(by, south)) ||
			(near(ay, north) && near(by, north))
		);
	};
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const lines: Position[][] = [];
	for (const ring of polygons.flat()) {
		const runs: Position[][] = [];
		let current: Position[] = [];
		let cut = false;
		for (let i = 1; i < ring.length; i++) {
			const a = ring[i - 1];
			const b = ring[i];
			if (a === undefined || b === undefined) continue;
			if (onFrame(a, b)) {
				cut = true;
				if (current.length > 1) runs.push(current);
				current = [];
				continue;
			}
			if (current.length === 0) current.push(a);
			current.push(b);
		}
		if (current.length > 1) runs.push(current);
		// The ring is closed, so when it was cut somewhere and both its first and last
		// segments are kept, the last run continues into the first: join them.
		const first = runs[0];
		const last = runs[runs.length - 1];
		if (
			cut &&
			runs.length > 1 &&
			first !== undefined &&
			last !== undefined &&
			first[0] === ring[0] &&
			last[last.length - 1] === ring[ring.length - 1]
		) {
			runs[0] = [...last, ...first.slice(1)];
			runs.pop();
		}
		lines.push(...runs);
	}
	return { type: 'MultiLineString', coordinates: lines };
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
	const countries = sources.countries.features.flatMap((feature): TileFeature[] => {
		const source = text(feature.properties?.['name']);
		const names = AREA_NAMES[source] ?? { vi: source, en: source };
		if (!isArea(feature.geometry)) return [];
		const adm0 = COUNTRY_CODES[source] ?? '';
		const properties = { adm0, name_vi: names.vi, name_en: names.en };
		// The whole guide is in Vietnam: only the other side of the border gets a country label.
		return adm0 === 'VNM' ? [{ type: 'Feature', geometry: feature.geometry, properties }] : areaWithLabel(feature.geometry, properties);
	});

	const frame = collectionBounds(sources.admin);
	const admin = sources.admin.features.flatMap((feature): TileFeature[] => {
		const name = text(feature.properties?.['name']);
		if (name === 'Cao Bằng' || !isArea(feature.geometry)) return [];
		const names = AREA_NAMES[name] ?? { vi: name, en: name };
		const properties = { adm0: text(feature.properties?.['adm0_a3']), name_vi: names.vi, name_en: names.en };
		const outline: TileFeature = { type: 'Feature', geometry: outlineInside(feature.geometry, frame), properties };
		// Chinese provinces get no label point: the country label ("Trung Quốc") says what matters there.
		if (properties.adm0 !== 'VNM') return [outline];
		return [outline, { type: 'Feature', geometry: { type: 'Point', coordinates: labelPoint(feature.geometry) }, properties }];
	});

	const province = sources.province.features.flatMap((feature): TileFeature[] =>
		isArea(feature.geometry) ? areaWithLabel(feature.geometry, { name_vi: PROVINCE_NAMES.vi, name_en: PROVINCE_NAMES.en }) : []
	);

	const boundary = sources.boundary.features.flatMap((feature): TileFeature[] =>
		feature.geometry === null ? [] : [{ type: 'Feature', geometry: feature.geometry, properties: {} }]
	);

	const waterLine = sources.water_line.features.flatMap((feature): TileFeature[] =>
		feature.geometry === null
			? []
			: [{ type: 'Feature', geometry: feature.geometry, properties: { level: count(feature.properties?.['level']) } }]
	);

	const place = sources.place.features
		.flatMap((feature): TileFeature[] => {
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
		.sort(
			(a, b) =>
				Number(a.properties['rank']) - Number(b.properties['rank']) ||
				String(a.properties['name']).localeCompare(String(b.properties['name']), 'vi')
		);

	return { countries, admin, province, boundary, water_line: waterLine, place };
}

/** [west, south, east, north] of every coordinate in the layers. */
export function layersBounds(layers: LayerFeatures): [number, number, number, number] {
	return featuresBounds(LAYER_NAMES.flatMap((name) => layers[name]));
}

function collectionBounds(collection: FeatureCollection): [number, number, number, number] {
	return featuresBounds(collection.features);
}

function featuresBounds(features: readonly Feature[]): [number, number, number, number] {
	const box: [number, number, number, number] = [180, 90, -180, -90];
	const visit = (coordinates: unknown): void => {
		if (!Array.isArray(coordinates)) return;
		const [x, y] = coordinates;
		if (typeof x === 'number' && typeof y === 'number') {
			box[0] = Math.min(box[0], x);
			box[1] = Math.min(box[1], y);
			box[2] = Math.max(box[2], x);
			box[3] = Math.max(box[3], y);
			return;
		}
		for (const inner of coordinates) visit(inner);
	};
	for (const feature of features) {
		if (feature.geometry !== null && feature.geometry.type !== 'GeometryCollection') visit(feature.geometry.coordinates);
	}
	return box;
}

/** The tile holding a longitude/latitude at zoom z (Web Mercator, y down). */
export function lonLatToTile(lon: number, lat: number, z: number): { z: number; x: number; y: number } {
	const n = 2 ** z;
	const latRad = (lat * Math.PI) / 180;
	const x = Math.floor(((lon + 180) / 360) * n);
	const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * n);
	return { z, x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

/** Every tile at zoom z that a [west, south, east, north] box touches, row by row. */
export function tilesCovering(bounds: readonly [number, number, number, number], z: number): { z: number; x: number; y: number }[] {
	const [west, south, east, north] = bounds;
	const topLeft = lonLatToTile(west, north, z);
	const bottomRight = lonLatToTile(east, south, z);
	const tiles: { z: number; x: number; y: number }[] = [];
	for (let y = topLeft.y; y <= bottomRight.y; y++) {
		for (let x = topLeft.x; x <= bottomRight.x; x++) tiles.push({ z, x, y });
	}
	return tiles;
}

/** One geojson-vt feature seen through the interface @maplibre/vt-pbf writes from. */
class FeatureView implements VectorTileFeatureLike {
	readonly type: 1 | 2 | 3;
	readonly properties: Record<string, TileValue>;
	readonly id = undefined;
	readonly extent = TILE_EXTENT;
	readonly #rings: [number, number][][];

	constructor(feature: LegacyFeature) {
		this.type = feature.type;
		this.properties = {};
		for (const [key, value] of Object.entries(feature.tags ?? {})) {
			if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
				this.properties[key] = value;
			}
		}
		this.#rings = feature.type === 1 ? [feature.geometry] : feature.geometry;
	}

	loadGeometry(): Point[][] {
		return this.#rings.map((ring) => ring.map(([x, y]) => new Point(x, y)));
	}
}

/** One layer of one tile, as @maplibre/vt-pbf expects it. */
export class LayerView implements VectorTileLayerLike {
	readonly version = 2;
	readonly extent = TILE_EXTENT;
	readonly name: string;
	readonly length: number;
	readonly #features: readonly LegacyFeature[];

	constructor(name: string, features: readonly LegacyFeature[]) {
		this.name = name;
		this.#features = features;
		this.length = features.length;
	}

	feature(i: number): VectorTileFeatureLike {
		const feature = this.#features[i];
		if (feature === undefined) throw new RangeError(`layer ${this.name} has no feature ${i}`);
		return new FeatureView(feature);
	}
}

export type TileBuildOptions = {
	minZoom?: number;
	maxZoom?: number;
	/** Where to make tiles. Default: the bounds of the data. */
	bounds?: [number, number, number, number];
};

/**
 * Cuts the layers into tiles and encodes each as an (uncompressed) MVT. Tiles where no
 * layer has a feature are left out. Tiles come out by zoom, then row, then column.
 */
export function buildTiles(layers: LayerFeatures, options: TileBuildOptions = {}): TileInput[] {
	const minZoom = options.minZoom ?? BASEMAP_MIN_ZOOM;
	const maxZoom = options.maxZoom ?? BASEMAP_MAX_ZOOM;
	const bounds = options.bounds ?? layersBounds(layers);
	const indexes = LAYER_NAMES.map((name) => {
		const collection: FeatureCollection = { type: 'FeatureCollection', features: layers[name] };
		return { name, index: new GeoJSONVT(collection, { maxZoom, extent: TILE_EXTENT, buffer: 64, tolerance: 3 }) };
	});

	const tiles: TileInput[] = [];
	for (let z = minZoom; z <= maxZoom; z++) {
		for (const { x, y } of tilesCovering(bounds, z)) {
			const tileLayers: Record<string, VectorTileLayerLike> = {};
			for (const { name, index } of indexes) {
				const features = index.getTile(z, x, y)?.features ?? [];
				if (features.length > 0) tileLayers[name] = new LayerView(name, features);
			}
			if (Object.keys(tileLayers).length === 0) continue;
			tiles.push({ z, x, y, data: fromVectorTileJs({ layers: tileLayers }) });
		}
	}
	return tiles;
}
