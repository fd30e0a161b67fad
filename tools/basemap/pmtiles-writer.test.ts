import { describe, expect, it } from 'vitest';
import { Compression, PMTiles, TileType, readVarint } from 'pmtiles';
import { MemorySource } from './memory-source';
import { HEADER_BYTES, ROOT_LIMIT_BYTES, serializeDirectory, writePmtiles, writeVarint, tileIdOf, type TileInput } from './pmtiles-writer';

const encoder = new TextEncoder();

function tile(z: number, x: number, y: number, text: string): TileInput {
	return { z, x, y, data: encoder.encode(text) };
}

/** A small pyramid with repeated content: a run (two neighbours), a far duplicate and unique tiles. */
function createSmallSet(): TileInput[] {
	return [
		tile(0, 0, 0, 'world'),
		tile(1, 0, 0, 'sea'),
		tile(1, 0, 1, 'sea'),
		tile(1, 1, 1, 'land'),
		tile(1, 1, 0, 'north-east'),
		tile(2, 3, 1, 'sea'),
		tile(3, 6, 3, 'tiny'),
		tile(3, 6, 4, 'another tiny tile')
	];
}

/** Every tile from z0 to maxZoom, each with distinct content. */
function createPyramid(maxZoom: number): TileInput[] {
	const tiles: TileInput[] = [];
	for (let z = 0; z <= maxZoom; z++) {
		for (let x = 0; x < 2 ** z; x++) {
			for (let y = 0; y < 2 ** z; y++) {
				tiles.push(tile(z, x, y, `tile ${z}/${x}/${y} ${'·'.repeat((x * 7 + y * 3) % 11)}`));
			}
		}
	}
	return tiles;
}

async function readAll(archive: PMTiles, tiles: readonly TileInput[]): Promise<void> {
	for (const t of tiles) {
		const response = await archive.getZxy(t.z, t.x, t.y);
		expect(response, `tile ${t.z}/${t.x}/${t.y}`).toBeDefined();
		expect(new Uint8Array(response?.data ?? new ArrayBuffer(0))).toEqual(t.data);
	}
}

describe('tileIdOf', () => {
	it('rejects tiles that do not exist', () => {
		expect(() => tileIdOf({ z: 2, x: 4, y: 0 })).toThrow(RangeError);
		expect(() => tileIdOf({ z: 27, x: 0, y: 0 })).toThrow(RangeError);
		expect(() => tileIdOf({ z: 1, x: -1, y: 0 })).toThrow(RangeError);
		expect(() => writePmtiles([tile(1, 0, 2, 'outside')])).toThrow(RangeError);
	});
});

describe('writeVarint', () => {
	it('encodes values the reader decodes, up to 2^53', () => {
		const values = [0, 1, 127, 128, 300, 16_384, 2 ** 31, 2 ** 32 + 5, 2 ** 40 + 12_345, Number.MAX_SAFE_INTEGER];
		const out: number[] = [];
		for (const value of values) writeVarint(value, out);
		const position = { buf: Uint8Array.from(out), pos: 0 };
		for (const value of values) expect(readVarint(position)).toBe(value);
	});

	it('refuses negative and fractional values', () => {
		expect(() => writeVarint(-1, [])).toThrow(RangeError);
		expect(() => writeVarint(1.5, [])).toThrow(RangeError);
	});
});

describe('serializeDirectory', () => {
	it('writes columns with delta ids and zeroed contiguous offsets', () => {
		const bytes = serializeDirectory([
			{ tileId: 0, offset: 0, length: 10, runLength: 1 },
			{ tileId: 1, offset: 10, length: 5, runLength: 2 },
			{ tileId: 5, offset: 0, length: 10, runLength: 1 }
		]);
		// count; ids 0,+1,+4; runs 1,2,1; lengths 10,5,10; offsets 0+1, 0 (follows), 0+1
		expect([...bytes]).toEqual([3, 0, 1, 4, 1, 2, 1, 10, 5, 10, 1, 0, 1]);
	});

	it('refuses an empty directory', () => {
		expect(() => serializeDirectory([])).toThrow(RangeError);
	});
});

describe('writePmtiles', () => {
	it('round-trips header, metadata and every tile through the pmtiles reader', async () => {
		const tiles = createSmallSet();
		const bytes = writePmtiles(tiles, {
			bounds: [104.8, 21.9, 107.4, 23.6],
			center: [106.25, 22.67, 8],
			metadata: {
				name: 'Test',
				attribution: '© test',
				vector_layers: [{ id: 'place', fields: { name: 'String' }, minzoom: 0, maxzoom: 3 }]
			}
		});
		const archive = new PMTiles(new MemorySource(bytes));
		const header = await archive.getHeader();

		expect(header.specVersion).toBe(3);
		expect(header.rootDirectoryOffset).toBe(HEADER_BYTES);
		expect(header.minZoom).toBe(0);
		expect(header.maxZoom).toBe(3);
		expect(header.minLon).toBeCloseTo(104.8, 6);
		expect(header.minLat).toBeCloseTo(21.9, 6);
		expect(header.maxLon).toBeCloseTo(107.4, 6);
		expect(header.maxLat).toBeCloseTo(23.6, 6);
		expect(header.centerLon).toBeCloseTo(106.25, 6);
		expect(header.centerLat).toBeCloseTo(22.67, 6);
		expect(header.centerZoom).toBe(8);
		expect(header.tileType).toBe(TileType.Mvt);
		expect(header.tileCompression).toBe(Compression.Gzip);
		expect(header.internalCompression).toBe(Compression.Gzip);
		expect(header.clustered).toBe(true);
		expect(header.numAddressedTiles).toBe(8);
		// 1/0/0 and 1/0/1 are neighbours on the curve with the same content: one entry, run length 2.
		expect(header.numTileEntries).toBe(7);
		// "sea" is stored once for three tiles.
		expect(header.numTileContents).toBe(6);
		expect(header.leafDirectoryLength).toBe(0);
		expect(header.tileDataOffset + (header.tileDataLength ?? 0)).toBe(bytes.length);

		const metadata = await archive.getMetadata();
		expect(metadata).toEqual({
			name: 'Test',
			attribution: '© test',
			vector_layers: [{ id: 'place', fields: { name: 'String' }, minzoom: 0, maxzoom: 3 }],
			minzoom: 0,
			maxzoom: 3,
			bounds: [104.8, 21.9, 107.4, 23.6],
			center: [106.25, 22.67, 8]
		});

		await readAll(archive, tiles);
		expect(await archive.getZxy(3, 0, 0)).toBeUndefined();
		expect(await archive.getZxy(4, 12, 7)).toBeUndefined();
	});

	it('stores tiles uncompressed when asked, with the given tile type', async () => {
		const tiles = [tile(0, 0, 0, 'not really a png')];
		const bytes = writePmtiles(tiles, { tileType: TileType.Png, tileCompression: 'none' });
		const archive = new PMTiles(new MemorySource(bytes));
		const header = await archive.getHeader();
		expect(header.tileType).toBe(TileType.Png);
		expect(header.tileCompression).toBe(Compression.None);
		expect(header.minLon).toBeCloseTo(-180, 6);
		expect(header.maxLat).toBeCloseTo(85.0511287, 6);
		await readAll(archive, tiles);
	});

	it('uses leaf directories when the root would be too big', async () => {
		const tiles = createPyramid(5);
		const bytes = writePmtiles(tiles, { maxRootDirectoryBytes: 120, leafSize: 64 });
		const source = new MemorySource(bytes);
		const archive = new PMTiles(source);
		const header = await archive.getHeader();

		expect(header.rootDirectoryLength).toBeLessThanOrEqual(120);
		expect(header.leafDirectoryLength).toBeGreaterThan(0);
		expect(header.leafDirectoryOffset).toBe(header.jsonMetadataOffset + header.jsonMetadataLength);
		expect(header.numAddressedTiles).toBe(tiles.length);
		await readAll(archive, tiles);
		expect(source.requests.some((r) => r.offset >= header.leafDirectoryOffset && r.offset < header.tileDataOffset)).toBe(true);
	});

	it('keeps header and root directory under 16 KiB without leaves for thousands of tiles', async () => {
		const tiles = createPyramid(6);
		const bytes = writePmtiles(tiles);
		const header = await new PMTiles(new MemorySource(bytes)).getHeader();
		expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThan(ROOT_LIMIT_BYTES);
	});

	it('gives the same bytes for the same tiles in any order', () => {
		const tiles = createSmallSet();
		const options = { metadata: { name: 'Test' } };
		const first = writePmtiles(tiles, options);
		const second = writePmtiles([...tiles].reverse(), options);
		expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
	});

	it('refuses no tiles, repeated tiles and empty tiles', () => {
		expect(() => writePmtiles([])).toThrow(RangeError);
		expect(() => writePmtiles([tile(1, 0, 0, 'a'), tile(1, 0, 0, 'b')])).toThrow(/given twice/);
		expect(() => writePmtiles([tile(1, 0, 0, '')])).toThrow(/empty/);
	});
});
