/** Files made up by a test (photos, archives): deterministic bytes and the digest a pack records for them. */
import { createHash } from 'node:crypto';

/** Deterministic bytes, different for each seed. */
export function createBytes(length: number, seed: number): Buffer {
	const out = Buffer.alloc(length);
	let x = seed * 2654435761;
	for (let i = 0; i < length; i++) {
		x = (x * 1103515245 + 12345) >>> 0;
		out[i] = x >>> 24;
	}
	return out;
}

/** Lower-case hex SHA-256, as in the content manifest's `media[].sha256`. */
export function sha256Hex(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}
