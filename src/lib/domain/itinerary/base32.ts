/**
 * RFC 4648 base32, uppercase, without padding. Its 32 characters are all in the QR code's
 * alphanumeric set, so a link in this alphabet makes a QR code about two versions smaller than
 * base64url would. Decoding accepts lowercase too (some chat apps lowercase links).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase32(bytes: Uint8Array): string {
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = (buffer << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			bits -= 5;
			out += ALPHABET[(buffer >>> bits) & 31];
		}
		buffer &= (1 << bits) - 1;
	}
	if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
	return out;
}

/** The bytes of a base32 text, or null if it holds a character outside the alphabet. */
export function fromBase32(text: string): Uint8Array | null {
	const out = new Uint8Array(Math.floor((text.length * 5) / 8));
	let buffer = 0;
	let bits = 0;
	let i = 0;
	for (const c of text.toUpperCase()) {
		const v = VALUE.get(c);
		if (v === undefined) return null;
		buffer = (buffer << 5) | v;
		bits += 5;
		if (bits >= 8) {
			bits -= 8;
			out[i++] = (buffer >>> bits) & 255;
		}
		buffer &= (1 << bits) - 1;
	}
	return out;
}
