import type { RangeResponse, Source } from 'pmtiles';

/**
 * A PMTiles `Source` over bytes already in memory. Tests use it to read back an archive
 * the writer produced, without files or network.
 */
export class MemorySource implements Source {
	readonly #bytes: Uint8Array;
	readonly #key: string;
	/** Every range asked for, in order, so a test can check how the reader fetched. */
	readonly requests: { offset: number; length: number }[] = [];

	constructor(bytes: Uint8Array, key = 'memory') {
		this.#bytes = bytes;
		this.#key = key;
	}

	getKey(): string {
		return this.#key;
	}

	async getBytes(offset: number, length: number): Promise<RangeResponse> {
		this.requests.push({ offset, length });
		const end = Math.min(offset + length, this.#bytes.length);
		const copy = new Uint8Array(Math.max(0, end - offset));
		copy.set(this.#bytes.subarray(offset, end));
		return { data: copy.buffer };
	}
}
