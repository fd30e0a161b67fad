/**
 * Cuts GeoJSON layers into Mapbox vector tiles (MVT): @maplibre/geojson-vt cuts and simplifies
 * each layer, @maplibre/vt-pbf encodes. Used for the overview basemap and for test archives.
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import { BASEMAP_LAYERS, BASEMAP_MAX_ZOOM, BASEMAP_MIN_ZOOM } from '../../src/lib/domain/map/basemap-schema.ts';
import type { TileInput } from './pmtiles-writer.ts';
import type { LayerFeatures } from './prepare-layers.ts';
import { featuresBounds, tilesCovering, type Bounds } from './tile-geometry.ts';

/** Tile extent (coordinate units per tile side) of every layer. */
export const TILE_EXTENT = 4096;

export type EncodeOptions = {
	minZoom: number;
	maxZoom: number;
	/** Where to make tiles: every tile touching this box at each zoom. */
	bounds: Bounds;
};

/**
 * Encodes the layers (name → features, in drawing order) as uncompressed MVT tiles. Tiles
 * where no layer has a feature are left out. Tiles come out by zoom, then row, then column.
 */
export function encodeTiles(layers: Record<string, readonly Feature[]>, { minZoom, maxZoom, bounds }: EncodeOptions): TileInput[] {
	const indexes = Object.entries(layers).map(([name, features]) => {
		const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
		return { name, index: new GeoJSONVT(collection, { maxZoom, extent: TILE_EXTENT, buffer: 64, tolerance: 3 }) };
	});
	const tiles: TileInput[] = [];
	for (let z = minZoom; z <= maxZoom; z++) {
		for (const { x, y } of tilesCovering(bounds, z)) {
			const tileLayers: Record<string, GeoJSONVTTile> = {};
			for (const { name, index } of indexes) {
				const tile = index.getTile(z, x, y);
				if (tile !== null && tile.features.length > 0) tileLayers[name] = tile;
			}
			if (Object.keys(tileLayers).length === 0) continue;
			tiles.push({ z, x, y, data: fromGeojsonVt(tileLayers, { version: 2, extent: TILE_EXTENT }) });
		}
	}
	return tiles;
}

/** [west, south, east, north] of every coordinate in the layers. */
export function layersBounds(layers: LayerFeatures): Bounds {
	return featuresBounds(BASEMAP_LAYERS.flatMap((name) => layers[name]));
}

export type TileBuildOptions = Partial<EncodeOptions>;

/** The overview basemap's tiles: zooms 5 to 11 over the bounds of the data unless told otherwise. */
export function buildTiles(layers: LayerFeatures, options: TileBuildOptions = {}): TileInput[] {
	return encodeTiles(layers, {
		minZoom: options.minZoom ?? BASEMAP_MIN_ZOOM,
		maxZoom: options.maxZoom ?? BASEMAP_MAX_ZOOM,
		bounds: options.bounds ?? layersBounds(layers)
	});
}
