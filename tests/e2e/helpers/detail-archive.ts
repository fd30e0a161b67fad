/**
 * A tiny detail basemap, made in the test with the project's own tools (tools/basemap/encode-tiles.ts
 * cuts and encodes, tools/basemap/pmtiles-writer.ts writes PMTiles v3): the Protomaps-schema
 * layers that the style's detail layers (src/lib/map/style/detail-layers.ts) read, around Bản Giốc.
 *
 * - `roads`: one `major_road` (drawn from z8, its `ref` labelled from z11) through the waterfall;
 * - `places`: one `locality` (labelled from z12) with `name`, `name:vi` and `name:en`.
 */
import type { Feature } from 'geojson';
import { encodeTiles } from '../../../tools/basemap/encode-tiles.ts';
import { writePmtiles } from '../../../tools/basemap/pmtiles-writer.ts';

/** Bản Giốc waterfall, where the view of the test is. */
export const BAN_GIOC = { lat: 22.85436, lon: 106.72427 } as const;

export const DETAIL_ZOOMS = { min: 8, max: 12 } as const;

/** [west, south, east, north] of the archive's tiles. */
const BOUNDS: [number, number, number, number] = [106.55, 22.75, 106.9, 22.95];

export const DETAIL_ATTRIBUTION = '© OpenStreetMap contributors (ODbL) · detail test archive';

const LAYERS: Record<string, Feature[]> = {
	roads: [
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
	],
	places: [
		{
			type: 'Feature',
			properties: { kind: 'locality', name: 'Đàm Thủy', 'name:vi': 'Đàm Thủy', 'name:en': 'Dam Thuy' },
			geometry: { type: 'Point', coordinates: [BAN_GIOC.lon - 0.01, BAN_GIOC.lat - 0.006] }
		}
	]
};

/** The archive's bytes (deterministic). */
export function buildDetailArchive(): Uint8Array {
	const tiles = encodeTiles(LAYERS, { minZoom: DETAIL_ZOOMS.min, maxZoom: DETAIL_ZOOMS.max, bounds: BOUNDS });
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
