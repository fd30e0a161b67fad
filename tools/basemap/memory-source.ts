/**
 * A PMTiles `Source` over bytes already in memory: the app's own BufferSource, plus a log of
 * the ranges asked for. Tests use it to read back an archive the writer produced, without
 * files or network, and to check how the reader fetched.
 */
import type { RangeResponse } from 'pmtiles';
import { BufferSource } from '../../src/lib/map/pmtiles-sources.ts';

export class MemorySource extends BufferSource {
	/** Every range asked for, in order. */
	readonly requests: { offset: number; length: number }[] = [];

	constructor(bytes: Uint8Array, key = 'memory') {
		super(bytes.slice().buffer, key);
	}

	override async getBytes(offset: number, length: number): Promise<RangeResponse> {
		this.requests.push({ offset, length });
		return super.getBytes(offset, length);
	}
}
