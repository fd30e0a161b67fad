import { describe, expect, it } from 'vitest';
import { fromBase32, toBase32 } from './base32.ts';
import { crc32 } from './crc32.ts';

describe('base32', () => {
	it('matches the RFC 4648 test vectors (without padding)', () => {
		const enc = (s: string) => toBase32(new TextEncoder().encode(s));
		expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual([
			'',
			'MY',
			'MZXQ',
			'MZXW6',
			'MZXW6YQ',
			'MZXW6YTB',
			'MZXW6YTBOI'
		]);
	});

	it('round-trips every byte value and accepts lowercase', () => {
		const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
		const text = toBase32(bytes);
		expect(text).toMatch(/^[A-Z2-7]+$/);
		expect(fromBase32(text)).toEqual(bytes);
		expect(fromBase32(text.toLowerCase())).toEqual(bytes);
	});

	it('refuses characters outside the alphabet', () => {
		expect(fromBase32('MZXW0')).toBeNull();
		expect(fromBase32('MZ XW')).toBeNull();
		expect(fromBase32('<script>')).toBeNull();
	});
});

describe('crc32', () => {
	it('gives the standard check value', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});
});
