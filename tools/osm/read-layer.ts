/**
 * Reads one OpenStreetMap 2021 layer from data/osm2021/ (see layers.ts) as a GeoJSON FeatureCollection.
 * The tile builder, the road graph and the static maps all read the data through this one function.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { OSM_DATA_DIR, layerFile, type OsmLayerName } from './layers.ts';

export type OsmFeature<G = OsmGeometry> = { type: 'Feature'; properties: Record<string, string | number | undefined>; geometry: G };
export type OsmGeometry =
	| { type: 'Point'; coordinates: [number, number] }
	| { type: 'LineString'; coordinates: [number, number][] }
	| { type: 'Polygon'; coordinates: [number, number][][] }
	| { type: 'MultiPolygon'; coordinates: [number, number][][][] }
	| { type: 'MultiLineString'; coordinates: [number, number][][] };
export type OsmCollection<G = OsmGeometry> = { type: 'FeatureCollection'; features: OsmFeature<G>[] };

export function readOsmLayer<G = OsmGeometry>(name: OsmLayerName, dir = OSM_DATA_DIR): OsmCollection<G> {
	return JSON.parse(gunzipSync(readFileSync(layerFile(name, dir))).toString('utf8')) as OsmCollection<G>;
}
