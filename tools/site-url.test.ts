import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, resolveSiteUrl } from './site-url.ts';

describe('resolveSiteUrl', () => {
	it('uses SITE_URL first, then site.yaml, without a trailing slash', () => {
		expect(resolveSiteUrl({ fromEnv: 'https://guide.example.vn/', fromSite: 'https://old.example.vn', local: false })).toBe(
			'https://guide.example.vn'
		);
		expect(resolveSiteUrl({ fromSite: 'https://caobang.example.vn', local: false })).toBe('https://caobang.example.vn');
	});

	it('refuses to build for deployment without a public address', () => {
		expect(() => resolveSiteUrl({ local: false })).toThrow(/SITE_URL=https:\/\/your\.domain npm run build/);
		expect(() => resolveSiteUrl({ fromEnv: '', local: false })).toThrow(/No public address/);
	});

	it.each(['http://localhost:4173', 'http://127.0.0.1:8080/', 'http://[::1]/', 'http://guide.localhost'])(
		'refuses the local address %s for deployment',
		(url) => {
			expect(() => resolveSiteUrl({ fromEnv: url, local: false })).toThrow(/local address/);
			expect(() => resolveSiteUrl({ fromSite: url, local: false })).toThrow(/local address/);
		}
	);

	it('refuses an address that is not http(s)', () => {
		expect(() => resolveSiteUrl({ fromEnv: 'guide.example.vn', local: false })).toThrow(/http\(s\) address/);
	});

	it('lets a local build use localhost, or the address it is given', () => {
		expect(resolveSiteUrl({ local: true })).toBe(LOCAL_SITE_URL);
		expect(resolveSiteUrl({ fromEnv: 'http://localhost:5000', local: true })).toBe('http://localhost:5000');
	});
});
