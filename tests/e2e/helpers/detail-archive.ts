/**
 * A tiny detail basemap, made in the test with the project's own tools (geojson-vt cuts, our
 * LayerView + @maplibre/vt-pbf encode, tools/basemap/pmtiles-writer.ts writes PMTiles v3): the
 * Protomaps-schema layers that build-style's detail layers read, around Bản Giốc.
 *
 * - `roads`: one `major_road` (drawn from z8, its `ref` labelled from z11) through the waterfall;
 * - `places`: one `locality` (labelled from z12) with `name`, `name:vi` and `name:en`.
 */
import { fromVectorTileJs, type VectorTileLayerLike } from '@maplibre/vt-pbf';
import GeoJSONVT from 'geojson-vt';
import type { FeatureCollection } from 'geojson';
import { writePmtiles, type TileInput } from '../../../tools/basemap/pmtiles-writer.ts';
import { LayerView, TILE_EXTENT, tilesCovering } from '../../../tools/basemap/tile-builder.ts';

/** Bản Giốc waterfall, where the view of the test is. */
export const BAN_GIOC = { lat: 22.85436, lon: 106.72427 } as const;

export const DETAIL_ZOOMS = { min: 8, max: 12 } as const;

/** [west, south, east, north] of the archive's tiles. */
const BOUNDS: [number, number, number, number] = [106.55, 22.75, 106.9, 22.95];

export const DETAIL_ATTRIBUTION = '© OpenStreetMap contributors (ODbL) · detail test archive';

const LAYERS: Record<string, FeatureCollection> = {
	roads: {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { kind: 'major_road', ref: 'ĐT206', name: 'Đường Bản Giốc' },
				geometry: {
					type: 'LineString',
					coordinates: [
						[106.6, 22.8],
						[106.68, 22.83],
						[BAN_GIOC.lon, BAN_GIOC.lat],
						[106.8, 22.9]
					]
				}
			}
		]
	},
	places: {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { kind: 'locality', name: 'Đàm Thủy', 'name:vi': 'Đàm Thủy', 'name:en': 'Dam Thuy' },
				geometry: { type: 'Point', coordinates: [BAN_GIOC.lon - 0.01, BAN_GIOC.lat - 0.006] }
			}
		]
	}
};

/** The archive's bytes (deterministic). */
export function buildDetailArchive(): Uint8Array {
	const indexes = Object.entries(LAYERS).map(([name, collection]) => ({
		name,
		index: new GeoJSONVT(collection, { maxZoom: DETAIL_ZOOMS.max, extent: TILE_EXTENT, buffer: 64, tolerance: 3 })
	}));
	const tiles: TileInput[] = [];
	for (let z = DETAIL_ZOOMS.min; z <= DETAIL_ZOOMS.max; z++) {
		for (const { x, y } of tilesCovering(BOUNDS, z)) {
			const layers: Record<string, VectorTileLayerLike> = {};
			for (const { name, index } of indexes) {
				const features = index.getTile(z, x, y)?.features ?? [];
				if (features.length > 0) layers[name] = new LayerView(name, features);
			}
			if (Object.keys(layers).length > 0) tiles.push({ z, x, y, data: fromVectorTileJs({ layers }) });
		}
	}
	return writePmtiles(tiles, {
		bounds: BOUNDS,
		metadata: {
			name: 'Cao Bằng detail (test)',
			attribution: DETAIL_ATTRIBUTION,
			type: 'baselayer',
			vector_layers: [
				{ id: 'roads', fields: { kind: 'String', ref: 'String', name: 'String' } },
				{ id: 'places', fields: { kind: 'String', name: 'String', 'name:vi': 'String', 'name:en': 'String' } }
			]
		}
	});
}
