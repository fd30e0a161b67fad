/**
 * The OpenStreetMap 2021 layers the project keeps in data/osm2021/: one name per layer, the file it lives in, the
 * properties it keeps and the classes it drops. `prepare.ts` writes the files from the shared extract; `read-layer.ts`
 * reads them back for the tile builder, the road graph and the static maps. One list, so the two cannot drift apart.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OSM_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/osm2021');

export type OsmLayerName = 'roads-major' | 'roads-minor' | 'places' | 'peaks' | 'waterways' | 'water' | 'water-names';

export type OsmLayerSpec = {
	/** File in the shared extract (see data/osm2021/SOURCES.md). */
	source: string;
	/** Properties kept, in this order; others are dropped. */
	keep: readonly string[];
	/** Values of `class` left out: not drawn, not routed, or not to be shipped (pre-2025 admin areas). */
	dropClasses: readonly string[];
};

export const OSM_LAYERS: Record<OsmLayerName, OsmLayerSpec> = {
	// Railways are all in China or south of the province; the one ferry is outside it too.
	'roads-major': {
		source: 'osm2021_roads_major.geojson',
		keep: ['class', 'highway', 'ref', 'name', 'brunnel'],
		dropClasses: ['rail', 'ferry']
	},
	'roads-minor': { source: 'osm2021_roads_minor_province.geojson', keep: ['class', 'highway', 'ref', 'name', 'brunnel'], dropClasses: [] },
	// `state` and `county` are provinces and pre-2025 districts: their points are not settlements.
	places: { source: 'osm2021_places.geojson', keep: ['class', 'name', 'rank'], dropClasses: ['state', 'county', 'locality'] },
	peaks: { source: 'osm2021_peaks.geojson', keep: ['class', 'name', 'ele'], dropClasses: [] },
	waterways: { source: 'osm2021_waterways.geojson', keep: ['class', 'name', 'intermittent', 'brunnel'], dropClasses: [] },
	water: { source: 'osm2021_water.geojson', keep: ['class', 'intermittent'], dropClasses: [] },
	'water-names': { source: 'osm2021_water_names.geojson', keep: ['class', 'name'], dropClasses: [] }
};

export const OSM_LAYER_NAMES = Object.keys(OSM_LAYERS) as OsmLayerName[];

/** The committed file of a layer: gzip of a GeoJSON FeatureCollection, one feature per line. */
export function layerFile(name: OsmLayerName, dir = OSM_DATA_DIR): string {
	return join(dir, `${name}.geojson.gz`);
}
