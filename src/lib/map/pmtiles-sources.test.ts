import { describe, expect, it } from 'vitest';
import { PMTiles } from 'pmtiles';
import { buildBasemapArchive } from '../../../tools/basemap/build-cli';
import { BASEMAP_ATTRIBUTION } from './style/attribution';
import { BlobSource, BufferSource } from './pmtiles-sources';

const { archive } = buildBasemapArchive();
const buffer = archive.buffer.slice(archive.byteOffset, archive.byteOffset + archive.byteLength) as ArrayBuffer;

describe('in-memory PMTiles sources', () => {
	it('let the PMTiles reader read the overview archive from an ArrayBuffer', async () => {
		const reader = new PMTiles(new BufferSource(buffer, 'overview'));
		const header = await reader.getHeader();
		expect(header.minZoom).toBe(5);
		expect(header.maxZoom).toBe(11);
		const metadata = (await reader.getMetadata()) as { attribution: string };
		expect(metadata.attribution).toBe(BASEMAP_ATTRIBUTION);
		expect(reader.source.getKey()).toBe('overview');
	});

	it('read the same bytes from a Blob', async () => {
		const fromBuffer = new BufferSource(buffer, 'a');
		const fromBlob = new BlobSource(new Blob([buffer]), 'b');
		const [x, y] = await Promise.all([fromBuffer.getBytes(100, 500), fromBlob.getBytes(100, 500)]);
		expect(new Uint8Array(y.data)).toEqual(new Uint8Array(x.data));
		expect(x.data.byteLength).toBe(500);
	});

	it('return a copy, so the reader cannot change the archive', async () => {
		const source = new BufferSource(buffer, 'c');
		const first = await source.getBytes(0, 8);
		new Uint8Array(first.data).fill(0);
		const again = await source.getBytes(0, 8);
		expect(new TextDecoder().decode(new Uint8Array(again.data).slice(0, 7))).toBe('PMTiles');
	});
}, 60_000);
