/**
 * The detail basemap's features from the OpenStreetMap 2021 layers in data/osm2021/: each feature mapped to the
 * detail schema (src/lib/domain/map/detail-schema.ts) and put in a group with the zoom it first appears at, so the
 * low zooms carry only what they draw. Nothing else goes in: no pre-2025 districts or communes (never copied into the
 * repository) and no points of interest other than peaks.
 */
import type { Feature, Geometry } from 'geojson';
import {
	LAKE_MIN_ZOOM,
	PEAK_MIN_ZOOM,
	ROAD_KIND,
	ROAD_MIN_ZOOM,
	SETTLEMENT_MIN_ZOOM,
	WATERWAY_MIN_ZOOM,
	type DetailLayer
} from '../../src/lib/domain/map/detail-schema.ts';
import { normaliseRoadClass, normaliseRouteRef } from '../../src/lib/domain/roads/road-class.ts';
import type { OsmCollection, OsmFeature } from '../osm/read-layer.ts';

/** Features of one layer that first appear at `minZoom`. */
export type FeatureGroup = { layer: DetailLayer; minZoom: number; features: Feature[] };

export type DetailSources = {
	roads: OsmCollection[];
	places: OsmCollection;
	peaks: OsmCollection;
	waterways: OsmCollection;
	water: OsmCollection;
	waterNames: OsmCollection;
};

/** Code points the map's one font has glyphs for (public/basemap/glyphs/): Latin and Vietnamese, not Chinese. */
const GLYPH_RANGES: [number, number][] = [
	[0, 511],
	[768, 1023],
	[7680, 7935],
	[8192, 8447]
];

/** A name the map can draw: every character has a glyph. Chinese names across the border would draw as nothing. */
export function isDrawableName(name: string): boolean {
	for (const ch of name) {
		const code = ch.codePointAt(0) ?? 0;
		if (!GLYPH_RANGES.some(([lo, hi]) => code >= lo && code <= hi)) return false;
	}
	return name.trim().length > 0;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The name if it can be drawn, else nothing. */
function drawableName(value: unknown): { name?: string } {
	const name = str(value);
	return name !== undefined && isDrawableName(name) ? { name } : {};
}

/** A height in metres from OSM's `ele` ("1931", "1931 m"), or undefined. */
export function elevationOf(value: unknown): number | undefined {
	const n = typeof value === 'number' ? value : Number.parseFloat(String(value ?? '').replace(',', '.'));
	return Number.isFinite(n) && n > 0 && n < 9000 ? Math.round(n) : undefined;
}

class Groups {
	private readonly map = new Map<string, FeatureGroup>();
	add(layer: DetailLayer, minZoom: number, geometry: Geometry, properties: Record<string, unknown>): void {
		const key = `${layer}/${minZoom}`;
		let group = this.map.get(key);
		if (!group) {
			group = { layer, minZoom, features: [] };
			this.map.set(key, group);
		}
		group.features.push({ type: 'Feature', geometry, properties });
	}
	/** Groups in a fixed order: by layer (schema order), then zoom. */
	list(order: readonly DetailLayer[]): FeatureGroup[] {
		return [...this.map.values()].sort((a, b) => order.indexOf(a.layer) - order.indexOf(b.layer) || a.minZoom - b.minZoom);
	}
}

const geometryOf = (f: OsmFeature) => f.geometry as Geometry;

/** Maps the OpenStreetMap layers to the detail schema's feature groups. */
export function detailFeatureGroups(src: DetailSources): FeatureGroup[] {
	const groups = new Groups();
	for (const collection of src.roads) {
		for (const f of collection.features) {
			const cls = normaliseRoadClass(str(f.properties.class), str(f.properties.highway));
			if (cls === null) continue;
			const ref = normaliseRouteRef(str(f.properties.ref));
			groups.add('roads', ROAD_MIN_ZOOM[cls], geometryOf(f), {
				kind: ROAD_KIND[cls],
				kind_detail: cls,
				...(ref ? { ref } : {}),
				...drawableName(f.properties.name)
			});
		}
	}
	for (const f of src.places.features) {
		const cls = str(f.properties.class) ?? '';
		const minZoom = SETTLEMENT_MIN_ZOOM[cls];
		const name = drawableName(f.properties.name).name;
		if (minZoom === undefined || name === undefined) continue;
		groups.add('places', minZoom, geometryOf(f), { kind: 'locality', kind_detail: cls, name });
	}
	for (const f of src.peaks.features) {
		const elevation = elevationOf(f.properties.ele);
		groups.add('pois', PEAK_MIN_ZOOM, geometryOf(f), {
			kind: 'peak',
			...drawableName(f.properties.name),
			...(elevation !== undefined ? { elevation } : {})
		});
	}
	for (const f of src.waterways.features) {
		const cls = str(f.properties.class) ?? '';
		const minZoom = WATERWAY_MIN_ZOOM[cls];
		if (minZoom === undefined) continue;
		groups.add('water', minZoom, geometryOf(f), { kind: cls, ...drawableName(f.properties.name) });
	}
	for (const f of src.water.features) {
		groups.add('water', LAKE_MIN_ZOOM, geometryOf(f), { kind: str(f.properties.class) ?? 'water' });
	}
	for (const f of src.waterNames.features) {
		const name = drawableName(f.properties.name).name;
		if (name === undefined) continue;
		groups.add('water', LAKE_MIN_ZOOM, geometryOf(f), { kind: str(f.properties.class) ?? 'water', name });
	}
	return groups.list(['water', 'roads', 'places', 'pois']);
}
