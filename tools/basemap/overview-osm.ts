/**
 * What the overview basemap takes from OpenStreetMap 2021 (data/osm2021/): the trunk and primary roads with their
 * route numbers in one spelling (`34`, `QL.34` → `QL34`), the towns GeoNames lacks, and the named rivers. Kept small:
 * the overview is precached with the app (≤ 1 MB); everything else is in the detail basemap.
 */
import type { Feature, Geometry, Point } from 'geojson';
import type { BasemapProperties } from '../../src/lib/domain/map/basemap-schema.ts';
import { normaliseRoadClass, normaliseRouteRef } from '../../src/lib/domain/roads/road-class.ts';
import type { OsmCollection } from '../osm/read-layer.ts';
import { isDrawableName } from './detail-features.ts';

export type OverviewOsmSources = { roads: OsmCollection; places: OsmCollection; waterways: OsmCollection };

type Out<L extends 'road' | 'river' | 'town'> = Feature<Geometry, BasemapProperties[L]>[];

/** A GeoNames town within this distance of an OpenStreetMap one is the same town: the overview keeps GeoNames'. */
const SAME_TOWN_KM = 3;

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

function km([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
	const x = (((lon2! - lon1!) * Math.PI) / 180) * Math.cos((((lat1! + lat2!) / 2) * Math.PI) / 180);
	const y = ((lat2! - lat1!) * Math.PI) / 180;
	return Math.hypot(x, y) * 6371;
}

/** Trunk and primary roads, each with its class and normalised route number. */
export function overviewRoads(roads: OsmCollection): Out<'road'> {
	return roads.features.flatMap((f): Out<'road'> => {
		const cls = normaliseRoadClass(str(f.properties.class), str(f.properties.highway));
		if (cls !== 'trunk' && cls !== 'primary') return [];
		const ref = normaliseRouteRef(str(f.properties.ref)) ?? '';
		return [{ type: 'Feature', geometry: f.geometry as Geometry, properties: { class: cls, ref } }];
	});
}

/** Rivers (not streams or ditches) that have a name the map can draw. */
export function overviewRivers(waterways: OsmCollection): Out<'river'> {
	return waterways.features.flatMap((f): Out<'river'> => {
		const name = str(f.properties.name);
		if (f.properties.class !== 'river' || !isDrawableName(name)) return [];
		return [{ type: 'Feature', geometry: f.geometry as Geometry, properties: { name } }];
	});
}

/** OpenStreetMap's cities and towns with a drawable name, except those GeoNames (the `place` layer) already has. */
export function overviewTowns(places: OsmCollection, geonames: readonly Feature[]): Out<'town'> {
	const known = geonames.flatMap((g) => (g.geometry?.type === 'Point' ? [(g.geometry as Point).coordinates] : []));
	return places.features.flatMap((f): Out<'town'> => {
		const cls = str(f.properties.class);
		const name = str(f.properties.name);
		if ((cls !== 'city' && cls !== 'town') || !isDrawableName(name) || f.geometry.type !== 'Point') return [];
		const at = f.geometry.coordinates;
		if (known.some((k) => km(k, at) < SAME_TOWN_KM)) return [];
		return [{ type: 'Feature', geometry: f.geometry as Geometry, properties: { name } }];
	});
}
