/**
 * The link format's primitives: unsigned LEB128 varints and length-prefixed UTF-8 text. The
 * reader never reads past its end: it throws `OutOfData`, which the decoder turns into "the link
 * is damaged", keeping what it read before.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

export class ByteWriter {
	#bytes: number[] = [];

	varint(value: number): this {
		let v = Math.max(0, Math.floor(value));
		while (v >= 0x80) {
			this.#bytes.push((v % 0x80) | 0x80);
			v = Math.floor(v / 0x80);
		}
		this.#bytes.push(v);
		return this;
	}

	text(value: string): this {
		const bytes = encoder.encode(value);
		this.varint(bytes.length);
		for (const b of bytes) this.#bytes.push(b);
		return this;
	}

	finish(): Uint8Array {
		return Uint8Array.from(this.#bytes);
	}
}

export class OutOfData extends Error {}

export class ByteReader {
	#pos = 0;
	readonly #bytes: Uint8Array;

	constructor(bytes: Uint8Array) {
		this.#bytes = bytes;
	}

	get done(): boolean {
		return this.#pos >= this.#bytes.length;
	}

	/** A varint of at most 5 bytes (values up to 2^35), so a hostile run of 0xFF bytes ends quickly. */
	varint(): number {
		let value = 0;
		let scale = 1;
		for (let i = 0; i < 5; i++) {
			if (this.#pos >= this.#bytes.length) throw new OutOfData();
			const b = this.#bytes[this.#pos++] as number;
			value += (b & 0x7f) * scale;
			if (b < 0x80) return value;
			scale *= 0x80;
		}
		throw new OutOfData();
	}

	/** Text of at most `maxBytes` bytes; a longer length is damage, not a reason to allocate. */
	text(maxBytes: number): string {
		const length = this.varint();
		if (length > maxBytes || this.#pos + length > this.#bytes.length) throw new OutOfData();
		const out = decoder.decode(this.#bytes.subarray(this.#pos, this.#pos + length));
		this.#pos += length;
		return out;
	}
}
