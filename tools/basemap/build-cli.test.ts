import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VectorTile, type VectorTileLayer } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { BASEMAP_ATTRIBUTION } from '../../src/lib/map/style/attribution';
import { DEFAULT_DATA_DIR, SIZE_BUDGET_BYTES, buildBasemap, buildBasemapArchive, formatStats, type BasemapStats } from './build-cli';
import { MemorySource } from './memory-source';
import { BASEMAP_LAYERS } from '../../src/lib/domain/map/basemap-schema';
import { prepareLayers, readBasemapSources } from './prepare-layers';
import { lonLatToTile } from './tile-geometry';

/** Bản Giốc waterfall, on the border (content/places/ban-gioc-waterfall). */
const BAN_GIOC = { lon: 106.72427, lat: 22.85436 };
/** Cao Bằng city (GeoNames 1586185). */
const CAO_BANG_CITY = { lon: 106.25, lat: 22.666 };

let dir: string;
let stats: BasemapStats;
let bytes: Uint8Array;
let archive: PMTiles;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'basemap-'));
	stats = await buildBasemap(join(dir, 'nested/folder/overview.pmtiles'));
	bytes = new Uint8Array(readFileSync(stats.file));
	archive = new PMTiles(new MemorySource(bytes));
}, 60_000);

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

async function decodeTileAt(point: { lon: number; lat: number }, z: number): Promise<VectorTile> {
	const { x, y } = lonLatToTile(point.lon, point.lat, z);
	const response = await archive.getZxy(z, x, y);
	expect(response, `tile ${z}/${x}/${y}`).toBeDefined();
	return new VectorTile(new PbfReader(new Uint8Array(response?.data ?? new ArrayBuffer(0))));
}

function featureNames(layer: VectorTileLayer | undefined): unknown[] {
	return Array.from({ length: layer?.length ?? 0 }, (_, i) => layer?.feature(i).properties['name']);
}

/**
 * Twice the signed area of a ring in tile coordinates (y down), positive when the ring
 * runs clockwise on screen, which the MVT spec requires of outer rings.
 */
function ringArea(ring: readonly { x: number; y: number }[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const previous = ring[j];
		const current = ring[i];
		if (previous && current) sum += (previous.x - current.x) * (previous.y + current.y);
	}
	return sum;
}

describe('the overview basemap build', () => {
	it('writes the archive, creating folders, and stays under 1 MB', () => {
		expect(stats.bytes).toBe(bytes.length);
		expect(stats.bytes).toBeLessThan(SIZE_BUDGET_BYTES);
		expect(stats.tiles).toBe(Object.values(stats.tilesPerZoom).reduce((a, b) => a + b, 0));
		expect(Object.keys(stats.tilesPerZoom).map(Number)).toEqual([5, 6, 7, 8, 9, 10, 11]);
		expect(formatStats(stats)).toContain('z11:');
	});

	it('has the header and metadata the app and MapLibre read', async () => {
		const header = await archive.getHeader();
		expect(header.minZoom).toBe(5);
		expect(header.maxZoom).toBe(11);
		expect(header.minLon).toBeCloseTo(104.8, 3);
		expect(header.maxLat).toBeCloseTo(23.6, 3);
		expect(header.numAddressedTiles).toBe(stats.tiles);
		expect(header.numTileContents).toBe(stats.uniqueTiles);
		expect(header.centerLon).toBeGreaterThan(105.27);
		expect(header.centerLon).toBeLessThan(106.86);

		const metadata = (await archive.getMetadata()) as { attribution: string; vector_layers: { id: string }[]; minzoom: number };
		expect(metadata.attribution).toBe(BASEMAP_ATTRIBUTION);
		expect(metadata.vector_layers.map((layer) => layer.id)).toEqual([...BASEMAP_LAYERS]);
		expect(metadata.minzoom).toBe(5);
	});

	it('uses the attribution line SOURCES.md requires', () => {
		expect(readFileSync(join(DEFAULT_DATA_DIR, 'SOURCES.md'), 'utf8')).toContain(BASEMAP_ATTRIBUTION);
	});

	it('draws the border through the Bản Giốc tile at z10', async () => {
		const tile = await decodeTileAt(BAN_GIOC, 10);
		expect(tile.layers['boundary']?.length).toBeGreaterThan(0);
		expect(tile.layers['boundary']?.feature(0).type).toBe(2);
		expect(tile.layers['countries']?.length).toBeGreaterThan(0);
		expect(tile.layers['province']?.length).toBeGreaterThan(0);
	});

	it('names Cao Bằng city in its tile at z10 and z11', async () => {
		for (const z of [10, 11]) {
			const tile = await decodeTileAt(CAO_BANG_CITY, z);
			const places = tile.layers['place'];
			expect(featureNames(places)).toContain('Cao Bằng');
			const city = Array.from({ length: places?.length ?? 0 }, (_, i) => places?.feature(i)).find(
				(feature) => feature?.properties['name'] === 'Cao Bằng'
			);
			expect(city?.properties).toEqual({
				name: 'Cao Bằng',
				label: 'Cao Bằng',
				population: 73_549,
				feature_code: 'PPLA',
				rank: 1,
				country: 'VN'
			});
		}
	});

	it('labels neighbouring provinces and winds polygons the MVT way', async () => {
		const tile = await decodeTileAt({ lon: 106.0, lat: 22.6 }, 7);
		const admin = tile.layers['admin'];
		const labels = Array.from({ length: admin?.length ?? 0 }, (_, i) => admin?.feature(i))
			.filter((feature) => feature?.type === 1)
			.map((feature) => feature?.properties['name_vi']);
		expect(labels).toEqual(expect.arrayContaining(['Bắc Kạn', 'Lạng Sơn', 'Hà Giang']));
		expect(labels).not.toContain('Cao Bằng');
		const geometryTypes = new Set(Array.from({ length: admin?.length ?? 0 }, (_, i) => admin?.feature(i).type));
		expect(geometryTypes).toEqual(new Set([1, 2]));
		const eastTile = await decodeTileAt({ lon: 106.95, lat: 23.19 }, 7);
		const countries = eastTile.layers['countries'];
		const countryLabels = Array.from({ length: countries?.length ?? 0 }, (_, i) => countries?.feature(i))
			.filter((feature) => feature?.type === 1)
			.map((feature) => feature?.properties['name_vi']);
		expect(countryLabels).toEqual(['Trung Quốc']);

		const province = tile.layers['province'];
		const outline = Array.from({ length: province?.length ?? 0 }, (_, i) => province?.feature(i)).find((f) => f?.type === 3);
		const [outer] = outline?.loadGeometry() ?? [];
		expect(ringArea(outer ?? [])).toBeGreaterThan(0);
	});

	it('needs only the glyph ranges shipped in public/basemap/glyphs', () => {
		const glyphDir = fileURLToPath(new URL('../../public/basemap/glyphs/Noto Sans Regular/', import.meta.url));
		const ranges = readdirSync(glyphDir).map((file) => file.replace('.pbf', '').split('-').map(Number));
		const layers = prepareLayers(readBasemapSources(DEFAULT_DATA_DIR));
		const missing = new Set<string>();
		for (const feature of BASEMAP_LAYERS.flatMap((name) => layers[name])) {
			for (const key of ['name', 'label', 'name_vi', 'name_en']) {
				const value = (feature.properties as Record<string, unknown>)[key];
				if (typeof value !== 'string') continue;
				// Country labels are drawn in capitals.
				for (const char of value + value.toLocaleUpperCase('vi')) {
					const code = char.codePointAt(0) ?? 0;
					if (!ranges.some(([from = 0, to = 0]) => code >= from && code <= to)) missing.add(char);
				}
			}
		}
		expect([...missing]).toEqual([]);
	});

	it('gives identical bytes when built again', () => {
		const again = buildBasemapArchive();
		expect(again.archive.length).toBe(bytes.length);
		expect(Buffer.from(again.archive).equals(Buffer.from(bytes))).toBe(true);
	}, 60_000);
});
