/**
 * A small PMTiles v3 writer, written for this project from the specification
 * (protomaps/PMTiles, `spec/v3/spec.md`). It holds the whole archive in memory, which is
 * fine for the overview basemap (a few hundred tiles, well under 1 MB).
 *
 * Layout of the archive it writes, in this order (the order the spec recommends):
 *
 * 1. the 127-byte header;
 * 2. the root directory (gzip), which together with the header stays under 16,384 bytes;
 * 3. the JSON metadata (gzip);
 * 4. leaf directories (gzip), only when the root directory alone would be too big;
 * 5. tile data: each distinct tile once, in tile-id order (so the archive is "clustered").
 *
 * Tiles are addressed by their tile id, a position on the Hilbert curve of their zoom plus
 * the number of tiles in all lower zooms. Identical tiles are stored once: their directory
 * entries share an offset, and consecutive ids with the same content collapse into one
 * entry with a run length.
 *
 * Output is deterministic: the same tiles and options give the same bytes (entries are
 * sorted, JSON keys keep the caller's order, and gzip output carries no time stamp and a
 * fixed operating-system byte).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Compression, TileType, zxyToTileId, type Header } from 'pmtiles';

/** Size of the fixed header, in bytes. */
export const HEADER_BYTES = 127;

/** The header and the root directory together must stay under this many bytes. */
export const ROOT_LIMIT_BYTES = 16_384;

/** The highest zoom whose tile ids still fit in a JavaScript number without loss. */
export const MAX_ZOOM = 26;

/** One tile to store. `data` is the tile as produced (an uncompressed MVT for `mvt`). */
export type TileInput = { z: number; x: number; y: number; data: Uint8Array };

/** A TileJSON 3.0 `vector_layers` entry. `fields` maps an attribute to its type ("String", "Number", "Boolean"). */
export type VectorLayer = {
	id: string;
	description?: string;
	minzoom?: number;
	maxzoom?: number;
	fields: Record<string, string>;
};

/**
 * The JSON metadata. The conventional keys are typed; anything else may be added.
 * The writer adds `minzoom`, `maxzoom`, `bounds` and `center` (TileJSON style) itself.
 */
export type PmtilesMetadata = {
	name?: string;
	description?: string;
	attribution?: string;
	type?: 'baselayer' | 'overlay';
	version?: string;
	vector_layers?: VectorLayer[];
	[key: string]: unknown;
};

export type WriteOptions = {
	/** Tile format, stored in the header. Default `TileType.Mvt`. */
	tileType?: TileType;
	/** How the writer compresses each tile. Default `gzip`. Use `none` for already compressed images. */
	tileCompression?: 'gzip' | 'none';
	/** How directories and metadata are compressed. Default `gzip`. */
	internalCompression?: 'gzip' | 'none';
	/** [west, south, east, north] in degrees. Default: the union of the tiles' extents. */
	bounds?: [number, number, number, number];
	/** [longitude, latitude, zoom]. Default: the middle of `bounds` at the lowest zoom. */
	center?: [number, number, number];
	metadata?: PmtilesMetadata;
	/**
	 * Largest root directory, in bytes after compression. Default 16,384 − 127, the most
	 * the spec allows. Tests lower it to make the writer use leaf directories.
	 */
	maxRootDirectoryBytes?: number;
	/** Entries per leaf directory to try first when leaves are needed (doubled until the root fits). Default 4,096. */
	leafSize?: number;
};

/** A directory entry as the spec defines it. `runLength` 0 marks a pointer to a leaf directory. */
export type DirectoryEntry = { tileId: number; offset: number; length: number; runLength: number };

/** The header fields the writer sets (the reader's `Header`, with every length known). */
export type PmtilesHeader = Omit<Header, 'specVersion' | 'etag' | 'leafDirectoryLength' | 'tileDataLength'> & {
	leafDirectoryLength: number;
	tileDataLength: number;
};

/** The tile id of z/x/y (pmtiles' own function), after checking that the tile exists. */
export function tileIdOf({ z, x, y }: { z: number; x: number; y: number }): number {
	const n = 2 ** z;
	const valid = Number.isInteger(z) && z >= 0 && z <= MAX_ZOOM && [x, y].every((v) => Number.isInteger(v) && v >= 0 && v < n);
	if (!valid) throw new RangeError(`tile ${z}/${x}/${y} does not exist (zoom 0…${MAX_ZOOM}, x and y 0…2^z−1)`);
	return zxyToTileId(z, x, y);
}

/** Appends `value` (a non-negative integer up to 2^53) as an unsigned LEB128 varint. */
export function writeVarint(value: number, out: number[]): void {
	if (!Number.isSafeInteger(value) || value < 0) {
		throw new RangeError(`cannot encode ${value} as a varint`);
	}
	let rest = value;
	while (rest >= 0x80) {
		out.push((rest % 0x80) | 0x80);
		rest = Math.floor(rest / 0x80);
	}
	out.push(rest);
}

/**
 * Serialises a directory (before compression): the entry count, then the columns
 * tile-id deltas, run lengths, lengths and offsets. An offset is written as 0 when it
 * directly follows the previous entry's bytes, otherwise as offset + 1.
 */
export function serializeDirectory(entries: readonly DirectoryEntry[]): Uint8Array {
	if (entries.length === 0) {
		throw new RangeError('a directory must hold at least one entry');
	}
	const out: number[] = [];
	writeVarint(entries.length, out);
	let lastId = 0;
	for (const entry of entries) {
		writeVarint(entry.tileId - lastId, out);
		lastId = entry.tileId;
	}
	for (const entry of entries) writeVarint(entry.runLength, out);
	for (const entry of entries) writeVarint(entry.length, out);
	let previous: DirectoryEntry | undefined;
	for (const entry of entries) {
		const follows = previous !== undefined && entry.offset === previous.offset + previous.length;
		writeVarint(follows ? 0 : entry.offset + 1, out);
		previous = entry;
	}
	return Uint8Array.from(out);
}

/**
 * Gzip with reproducible bytes: Node already writes a zero time stamp; the
 * operating-system byte (offset 9) is set to 255, "unknown", so the output does not
 * depend on the platform that built it.
 */
export function gzipDeterministic(data: Uint8Array): Uint8Array {
	const out = new Uint8Array(gzipSync(data, { level: 9 }));
	out[9] = 0xff;
	return out;
}

/** Encodes the 127-byte header. Longitudes and latitudes are stored as degrees × 10^7. */
export function encodeHeader(header: PmtilesHeader): Uint8Array {
	const bytes = new Uint8Array(HEADER_BYTES);
	const view = new DataView(bytes.buffer);
	bytes.set(new TextEncoder().encode('PMTiles'), 0);
	bytes[7] = 3;
	const u64 = (offset: number, value: number): void => view.setBigUint64(offset, BigInt(value), true);
	const e7 = (offset: number, degrees: number): void => view.setInt32(offset, Math.round(degrees * 1e7), true);
	u64(8, header.rootDirectoryOffset);
	u64(16, header.rootDirectoryLength);
	u64(24, header.jsonMetadataOffset);
	u64(32, header.jsonMetadataLength);
	u64(40, header.leafDirectoryOffset);
	u64(48, header.leafDirectoryLength);
	u64(56, header.tileDataOffset);
	u64(64, header.tileDataLength);
	u64(72, header.numAddressedTiles);
	u64(80, header.numTileEntries);
	u64(88, header.numTileContents);
	bytes[96] = header.clustered ? 1 : 0;
	bytes[97] = header.internalCompression;
	bytes[98] = header.tileCompression;
	bytes[99] = header.tileType;
	bytes[100] = header.minZoom;
	bytes[101] = header.maxZoom;
	e7(102, header.minLon);
	e7(106, header.minLat);
	e7(110, header.maxLon);
	e7(114, header.maxLat);
	bytes[118] = header.centerZoom;
	e7(119, header.centerLon);
	e7(123, header.centerLat);
	return bytes;
}

/** The longitude/latitude box of a tile in Web Mercator: [west, south, east, north]. */
export function tileBounds(z: number, x: number, y: number): [number, number, number, number] {
	const n = 2 ** z;
	const lon = (tx: number): number => (tx / n) * 360 - 180;
	const lat = (ty: number): number => (Math.atan(Math.sinh(Math.PI * (1 - (2 * ty) / n))) * 180) / Math.PI;
	return [lon(x), lat(y + 1), lon(x + 1), lat(y)];
}

type Directories = { root: Uint8Array; leaves: Uint8Array };

/**
 * Builds the root directory and, when the root alone would be too big, one level of leaf
 * directories. Leaves hold `leafSize` entries each; the size doubles until the root (one
 * pointer per leaf) fits.
 */
function buildDirectories(
	entries: readonly DirectoryEntry[],
	compress: (data: Uint8Array) => Uint8Array,
	maxRootBytes: number,
	firstLeafSize: number
): Directories {
	const root = compress(serializeDirectory(entries));
	if (root.length <= maxRootBytes) {
		return { root, leaves: new Uint8Array(0) };
	}
	for (let leafSize = Math.max(1, firstLeafSize); leafSize < entries.length; leafSize *= 2) {
		const pointers: DirectoryEntry[] = [];
		const leafParts: Uint8Array[] = [];
		let leafOffset = 0;
		for (let start = 0; start < entries.length; start += leafSize) {
			const chunk = entries.slice(start, start + leafSize);
			const leaf = compress(serializeDirectory(chunk));
			const first = chunk[0];
			if (first === undefined) break;
			pointers.push({ tileId: first.tileId, offset: leafOffset, length: leaf.length, runLength: 0 });
			leafParts.push(leaf);
			leafOffset += leaf.length;
		}
		const leafRoot = compress(serializeDirectory(pointers));
		if (leafRoot.length <= maxRootBytes) {
			return { root: leafRoot, leaves: concat(leafParts) };
		}
	}
	throw new RangeError(`the root directory does not fit in ${maxRootBytes} bytes`);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
	const total = parts.reduce((sum, part) => sum + part.length, 0);
	const out = new Uint8Array(total);
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

function sha256(data: Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

/**
 * Writes a PMTiles v3 archive holding `tiles` and returns its bytes.
 * Throws when there are no tiles, a tile is empty, or two tiles share a z/x/y.
 */
export function writePmtiles(tiles: readonly TileInput[], options: WriteOptions = {}): Uint8Array {
	if (tiles.length === 0) {
		throw new RangeError('an archive needs at least one tile');
	}
	const tileType = options.tileType ?? TileType.Mvt;
	const tileCompression = options.tileCompression ?? 'gzip';
	const internalCompression = options.internalCompression ?? 'gzip';
	const compressInternal = internalCompression === 'gzip' ? gzipDeterministic : (data: Uint8Array) => data;
	const compressTile = tileCompression === 'gzip' ? gzipDeterministic : (data: Uint8Array) => data;

	const sorted = tiles.map((tile) => ({ tile, tileId: tileIdOf(tile) })).sort((a, b) => a.tileId - b.tileId);

	// Store each distinct tile once, in tile-id order of first appearance.
	const offsetByHash = new Map<string, { offset: number; length: number }>();
	const dataParts: Uint8Array[] = [];
	const entries: DirectoryEntry[] = [];
	let dataLength = 0;
	let minZoom = Number.POSITIVE_INFINITY;
	let maxZoom = Number.NEGATIVE_INFINITY;
	let lastId = -1;
	for (const { tile, tileId } of sorted) {
		if (tileId === lastId) {
			throw new RangeError(`tile ${tile.z}/${tile.x}/${tile.y} is given twice`);
		}
		if (tile.data.length === 0) {
			throw new RangeError(`tile ${tile.z}/${tile.x}/${tile.y} is empty (leave empty tiles out)`);
		}
		lastId = tileId;
		minZoom = Math.min(minZoom, tile.z);
		maxZoom = Math.max(maxZoom, tile.z);

		const hash = sha256(tile.data);
		let stored = offsetByHash.get(hash);
		if (stored === undefined) {
			const bytes = compressTile(tile.data);
			stored = { offset: dataLength, length: bytes.length };
			offsetByHash.set(hash, stored);
			dataParts.push(bytes);
			dataLength += bytes.length;
		}
		const previous = entries[entries.length - 1];
		if (previous !== undefined && previous.offset === stored.offset && previous.tileId + previous.runLength === tileId) {
			previous.runLength += 1;
		} else {
			entries.push({ tileId, offset: stored.offset, length: stored.length, runLength: 1 });
		}
	}

	const bounds = options.bounds ?? unionOfTileBounds(tiles);
	const center = options.center ?? [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, minZoom];
	const metadata: PmtilesMetadata = {
		...options.metadata,
		minzoom: minZoom,
		maxzoom: maxZoom,
		bounds,
		center
	};
	const metadataBytes = compressInternal(new TextEncoder().encode(JSON.stringify(metadata)));

	const maxRootBytes = options.maxRootDirectoryBytes ?? ROOT_LIMIT_BYTES - HEADER_BYTES;
	const { root, leaves } = buildDirectories(entries, compressInternal, maxRootBytes, options.leafSize ?? 4096);

	const rootOffset = HEADER_BYTES;
	const metadataOffset = rootOffset + root.length;
	const leafOffset = metadataOffset + metadataBytes.length;
	const dataOffset = leafOffset + leaves.length;
	const compressionCode = (name: 'gzip' | 'none'): Compression => (name === 'gzip' ? Compression.Gzip : Compression.None);
	const header = encodeHeader({
		rootDirectoryOffset: rootOffset,
		rootDirectoryLength: root.length,
		jsonMetadataOffset: metadataOffset,
		jsonMetadataLength: metadataBytes.length,
		leafDirectoryOffset: leafOffset,
		leafDirectoryLength: leaves.length,
		tileDataOffset: dataOffset,
		tileDataLength: dataLength,
		numAddressedTiles: sorted.length,
		numTileEntries: entries.length,
		numTileContents: dataParts.length,
		clustered: true,
		internalCompression: compressionCode(internalCompression),
		tileCompression: compressionCode(tileCompression),
		tileType,
		minZoom,
		maxZoom,
		minLon: bounds[0],
		minLat: bounds[1],
		maxLon: bounds[2],
		maxLat: bounds[3],
		centerZoom: Math.round(center[2]),
		centerLon: center[0],
		centerLat: center[1]
	});
	return concat([header, root, metadataBytes, leaves, ...dataParts]);
}

function unionOfTileBounds(tiles: readonly TileInput[]): [number, number, number, number] {
	const box: [number, number, number, number] = [180, 90, -180, -90];
	for (const tile of tiles) {
		const [w, s, e, n] = tileBounds(tile.z, tile.x, tile.y);
		box[0] = Math.min(box[0], w);
		box[1] = Math.min(box[1], s);
		box[2] = Math.max(box[2], e);
		box[3] = Math.max(box[3], n);
	}
	return box;
}
