import { describe, expect, it } from 'vitest';
import { formatUrl, parseUrl, pickLanguage, switchLanguage, type Screen } from './url.ts';

const screens: Screen[] = [
	{ name: 'home' },
	{ name: 'place', id: 'ban-gioc-waterfall' },
	{ name: 'routes' },
	{ name: 'route', id: 'east-traditional-cultures' },
	{ name: 'service', id: 'khuoi-ky-homestays' },
	{ name: 'itinerary' },
	{ name: 'trip', id: 'three-days-north-and-east' },
	{ name: 'search', q: 'bản giốc' },
	{ name: 'search', q: '' },
	{ name: 'saved' },
	{ name: 'offline' },
	{ name: 'about' },
	{ name: 'page', id: 'practical' },
	{ name: 'practical' },
	{ name: 'near' },
	{ name: 'home', place: 'ban-gioc-waterfall' },
	{ name: 'home', place: 'coc-bo-cave', at: { lat: 22.97344, lon: 106.04933, zoom: 13.5 } }
];

describe('formatUrl / parseUrl', () => {
	for (const lang of ['vi', 'en'] as const) {
		for (const screen of screens) {
			it(`round-trips ${lang} ${JSON.stringify(screen)}`, () => {
				const url = new URL(formatUrl(lang, screen), 'https://x.test');
				expect(parseUrl(url.pathname, url.search)).toEqual({ lang, screen });
			});
		}
	}

	it('gives a suggested trip a page under the itinerary builder, and no page to a malformed id', () => {
		expect(formatUrl('en', { name: 'trip', id: 'three-days' })).toBe('/en/itinerary/three-days');
		expect(parseUrl('/vi/itinerary/Bad_Id').screen).toEqual({ name: 'notFound' });
		expect(parseUrl('/vi/itinerary/a/b').screen).toEqual({ name: 'notFound' });
	});

	it('keeps the search query in the URL, tone marks included', () => {
		expect(formatUrl('vi', { name: 'search', q: 'bản giốc' })).toBe('/vi/search?q=b%E1%BA%A3n+gi%E1%BB%91c');
	});

	it('keeps the map view short and readable', () => {
		expect(formatUrl('vi', { name: 'home', place: 'ban-gioc-waterfall', at: { lat: 22.854361234, lon: 106.72427, zoom: 12 } })).toBe(
			'/vi/?place=ban-gioc-waterfall&at=22.85436,106.72427,12'
		);
	});

	it('ignores a malformed map view instead of failing', () => {
		expect(parseUrl('/vi/', '?at=abc,1,2&place=Bad_Id').screen).toEqual({ name: 'home' });
		expect(parseUrl('/vi/', '?at=95,106,12').screen).toEqual({ name: 'home' });
	});

	it('reads the bare root as "choose a language"', () => {
		expect(parseUrl('/')).toEqual({ lang: null, screen: { name: 'home' } });
	});

	it('accepts trailing slashes', () => {
		expect(parseUrl('/en/place/ban-gioc-waterfall/')).toEqual({ lang: 'en', screen: { name: 'place', id: 'ban-gioc-waterfall' } });
		expect(parseUrl('/en')).toEqual({ lang: 'en', screen: { name: 'home' } });
	});

	it.each([
		'/fr/',
		'/vi/nowhere',
		'/vi/place',
		'/vi/place/Ban-Gioc',
		'/vi/place/%E0%A4%A',
		'/vi/place/a/b',
		'/vi/routes/extra',
		'/vi/place/../../etc'
	])('answers %s with not found', (path) => {
		expect(parseUrl(path).screen).toEqual({ name: 'notFound' });
	});

	it('keeps the language of an unknown page under a language', () => {
		expect(parseUrl('/en/nowhere').lang).toBe('en');
	});
});

describe('switchLanguage', () => {
	it('keeps the page', () => {
		expect(switchLanguage('/vi/place/ban-gioc-waterfall', '', 'en')).toBe('/en/place/ban-gioc-waterfall');
		expect(switchLanguage('/en/search', '?q=pac+bo', 'vi')).toBe('/vi/search?q=pac+bo');
		expect(switchLanguage('/en/', '', 'vi')).toBe('/vi/');
	});
	it('keeps an unknown path, so the not-found page shows in the other language', () => {
		expect(switchLanguage('/vi/nowhere', '', 'en')).toBe('/en/nowhere');
	});
});

describe('pickLanguage', () => {
	it('prefers the saved choice', () => expect(pickLanguage('en', ['vi-VN'])).toBe('en'));
	it('then the browser languages in order', () => expect(pickLanguage(null, ['fr-FR', 'en-GB', 'vi'])).toBe('en'));
	it('ignores a saved value it does not know', () => expect(pickLanguage('de', ['vi-VN'])).toBe('vi'));
	it('falls back to Vietnamese', () => expect(pickLanguage(null, ['fr', 'zh-CN'])).toBe('vi'));
});
