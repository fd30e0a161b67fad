import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { beforeAll, describe, expect, it } from 'vitest';
import { DETAIL_BUDGET_BYTES, buildDetailArchive, encodeGroups, type DetailStats } from './detail-build';
import { MemorySource } from './memory-source';
import { lonLatToTile, tilesCovering } from './tile-geometry';

/** Bản Giốc waterfall (content/places/ban-gioc-waterfall). */
const BAN_GIOC = { lon: 106.72427, lat: 22.85436 };

let archive: PMTiles;
let stats: DetailStats;
let size: number;

beforeAll(() => {
	const built = buildDetailArchive();
	archive = new PMTiles(new MemorySource(built.archive));
	stats = built.stats;
	size = built.archive.length;
}, 180_000);

async function tileAt(z: number, point = BAN_GIOC): Promise<VectorTile> {
	const { x, y } = lonLatToTile(point.lon, point.lat, z);
	const response = await archive.getZxy(z, x, y);
	expect(response, `tile ${z}/${x}/${y}`).toBeDefined();
	return new VectorTile(new PbfReader(new Uint8Array(response!.data)));
}

function props(tile: VectorTile, layer: string): Record<string, unknown>[] {
	const l = tile.layers[layer];
	return Array.from({ length: l?.length ?? 0 }, (_, i) => l!.feature(i).properties);
}

describe('the detail basemap built from OpenStreetMap 2021', () => {
	it('stays within the download budget and reaches zoom 14', async () => {
		expect(size).toBeLessThanOrEqual(DETAIL_BUDGET_BYTES);
		const header = await archive.getHeader();
		expect([header.minZoom, header.maxZoom]).toEqual([8, 14]);
		expect(Object.keys(stats.perZoom).map(Number)).toEqual([8, 9, 10, 11, 12, 13, 14]);
	});

	it('holds roads by class, villages and water at Bản Giốc at zoom 14', async () => {
		const tile = await tileAt(14);
		const roads = props(tile, 'roads');
		expect(roads.length).toBeGreaterThan(0);
		expect(roads.map((r) => r['kind_detail'])).toEqual(expect.arrayContaining(['tertiary']));
		expect(props(tile, 'water').map((w) => w['kind'])).toEqual(expect.arrayContaining(['river']));
		// OpenStreetMap (2021) has no Vietnamese settlement closer than Bản Nà Quán, 7 km south-east; the waterfall's
		// neighbour across the river, 德天 (Detian), has only a Chinese name, which the map's font cannot draw.
		const around = await Promise.all(tilesCovering([106.66, 22.78, 106.79, 22.87], 14).map(({ x, y }) => archive.getZxy(14, x, y)));
		const villages = around
			.flatMap((r) => (r ? props(new VectorTile(new PbfReader(new Uint8Array(r.data))), 'places') : []))
			.filter((p) => p['kind_detail'] === 'village')
			.map((p) => p['name']);
		expect(villages).toEqual(expect.arrayContaining(['Bản Nà Quán', 'Bằng Ca']));
		expect(villages).not.toContain('德天');
		// OpenStreetMap's other points of interest are never shipped; a peak is the only kind of poi.
		expect(props(tile, 'pois').every((p) => p['kind'] === 'peak')).toBe(true);
	});

	it('names national roads with one spelling of their number', async () => {
		// Cao Bằng city, where QL3 and QL4A meet.
		const tile = await tileAt(12, { lon: 106.2578, lat: 22.6657 });
		const refs = new Set(props(tile, 'roads').map((r) => r['ref']));
		expect([...refs].filter((r) => typeof r === 'string' && r.startsWith('QL')).length).toBeGreaterThan(0);
		for (const ref of refs) if (typeof ref === 'string') expect(ref).toMatch(/^(QL|ĐT|ĐH)\d{1,3}[A-Z]?$|^[GSXY]\d+$/u);
	});

	it('keeps minor roads and village names out of the low zooms', async () => {
		const tile = await tileAt(9);
		expect(props(tile, 'roads').every((r) => ['trunk', 'primary'].includes(String(r['kind_detail'])))).toBe(true);
		expect(props(tile, 'places').every((p) => ['city', 'town'].includes(String(p['kind_detail'])))).toBe(true);
	});
});

describe('encodeGroups', () => {
	it('puts a group in the tiles only from its own zoom, merged with the others of its layer', () => {
		const line = (x: number, kind: string) => ({
			type: 'Feature' as const,
			properties: { kind },
			geometry: {
				type: 'LineString' as const,
				coordinates: [
					[x, 22.8],
					[x + 0.01, 22.81]
				]
			}
		});
		const tiles = encodeGroups(
			[
				{ layer: 'roads', minZoom: 8, features: [line(106.7, 'major_road')] },
				{ layer: 'roads', minZoom: 10, features: [line(106.71, 'minor_road')] }
			],
			[106.69, 22.79, 106.73, 22.82],
			8,
			10
		);
		const kinds = (z: number) =>
			tiles
				.filter((t) => t.z === z)
				.flatMap((t) => props(new VectorTile(new PbfReader(t.data)), 'roads').map((p) => p['kind']))
				.sort();
		expect(kinds(8)).toEqual(['major_road']);
		expect(kinds(10)).toEqual(['major_road', 'minor_road']);
	});
});
