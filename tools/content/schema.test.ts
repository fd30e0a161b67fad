import { describe, expect, it } from 'vitest';
import { isSafeLink } from './schema.ts';

describe('isSafeLink (every link an editor writes becomes an href)', () => {
	it.each([
		'https://example.vn/page',
		'http://example.vn',
		'tel:+842063852000',
		'mailto:info@example.vn',
		'geo:22.85436,106.72427',
		'/about',
		'/vi/place/ban-gioc-waterfall'
	])('accepts %s', (link) => {
		expect(isSafeLink(link)).toBe(true);
	});

	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'//evil.example/x',
		'/\\evil.example',
		'https://',
		'example.vn',
		'ftp://example.vn/file'
	])('refuses %j', (link) => {
		expect(isSafeLink(link)).toBe(false);
	});
});
