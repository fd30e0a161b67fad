import { describe, expect, it } from 'vitest';
import { codeFromShortPath, findByCode, parseShortCode, shortUrl } from './short-code.ts';
import type { Place, Service } from '../content/types.ts';

describe('short codes', () => {
	it('reads what a visitor types from a sign', () => {
		expect(['17', '#17', ' # 17 ', '017'].map(parseShortCode)).toEqual([17, 17, 17, 17]);
		expect(['', '#', '17a', 'ban gioc', '0', '1234567', '-3', '1.5'].map(parseShortCode)).toEqual([
			null,
			null,
			null,
			null,
			null,
			null,
			null,
			null
		]);
	});

	it('writes the address the QR code carries, from the site URL with or without a slash', () => {
		expect(shortUrl('https://caobang.example.vn', 17)).toBe('https://caobang.example.vn/s/17');
		expect(shortUrl('https://caobang.example.vn/', 17)).toBe('https://caobang.example.vn/s/17');
	});

	it('reads the code back from a short address, and nothing else', () => {
		expect(['/s/17', '/s/17/'].map(codeFromShortPath)).toEqual([17, 17]);
		expect(['/s/', '/s/17/x', '/vi/s/17', '/s/abc', '/s/0'].map(codeFromShortPath)).toEqual([null, null, null, null, null]);
	});

	it('finds the place or service with a code, and nothing for an unknown one', () => {
		const bundle = { places: [{ id: 'ban-gioc', code: 1 } as Place], services: [{ id: 'homestay', code: 101 } as Service] };
		expect(findByCode(bundle, 1)).toEqual({ type: 'place', entry: bundle.places[0] });
		expect(findByCode(bundle, 101)).toEqual({ type: 'service', entry: bundle.services[0] });
		expect(findByCode(bundle, 2)).toBeNull();
	});
});
