/**
 * PMTiles `Source`s over bytes the app already holds, so the reader never makes HTTP range
 * requests: the overview archive in memory, a cached detail archive as a Blob.
 */
import type { RangeResponse, Source } from 'pmtiles';

/** A PMTiles source over an ArrayBuffer. */
export class BufferSource implements Source {
	readonly #buffer: ArrayBuffer;
	readonly #key: string;

	constructor(buffer: ArrayBuffer, key: string) {
		this.#buffer = buffer;
		this.#key = key;
	}

	getKey(): string {
		return this.#key;
	}

	async getBytes(offset: number, length: number): Promise<RangeResponse> {
		return { data: this.#buffer.slice(offset, offset + length) };
	}
}

/** A PMTiles source over a Blob (a cached file is read a slice at a time, not all into memory). */
export class BlobSource implements Source {
	readonly #blob: Blob;
	readonly #key: string;

	constructor(blob: Blob, key: string) {
		this.#blob = blob;
		this.#key = key;
	}

	getKey(): string {
		return this.#key;
	}

	async getBytes(offset: number, length: number): Promise<RangeResponse> {
		return { data: await this.#blob.slice(offset, offset + length).arrayBuffer() };
	}
}
