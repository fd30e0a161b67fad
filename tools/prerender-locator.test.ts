/**
 * The locator map must land inside the marker the view renders (whatever class Svelte adds), with its caption, and
 * a page without a marker or without a map must come out unchanged.
 */
import { describe, expect, it } from 'vitest';
import { createLocatorStep, insertHomeMap, insertLocatorMap, locatorSvg } from './prerender-locator.ts';
import type { LocatorData } from './static-map/locator-data.ts';
import { KIND_COLORS } from '../src/lib/domain/static-map/tokens.ts';
import { makeBundle, makePlace, makeRoute } from '../tests/fixtures/bundle.ts';

const page = '<section><p>x</p><div class="locator-map svelte-1abc" data-locator-map="place:a"></div></section>';
const empty: LocatorData = { roads: [], waterAreas: [], waterways: [], settlements: [], peaks: [], border: [] };

describe('insertLocatorMap', () => {
	it('puts a figure with the map and an escaped caption inside the marker', () => {
		expect(insertLocatorMap(page, '<svg role="img"></svg>', 'Map of A & B')).toBe(
			'<section><p>x</p><div class="locator-map svelte-1abc" data-locator-map="place:a"><figure><svg role="img"></svg><figcaption>Map of A &amp; B</figcaption></figure></div></section>'
		);
	});

	it('leaves a page with no map, or no marker, as it was', () => {
		expect(insertLocatorMap(page, null, 'caption')).toBe(page);
		expect(insertLocatorMap('<p>no marker</p>', '<svg></svg>', 'caption')).toBe('<p>no marker</p>');
	});
});

describe('locatorSvg', () => {
	const bundle = makeBundle({
		places: [makePlace({ id: 'a', name: 'Hang A' }), makePlace({ id: 'lost', location: { confidence: 'none' } })],
		routes: [
			makeRoute({
				id: 'r',
				name: 'Tuyến R',
				stops: ['a'],
				roadLegs: [
					{
						from: 'a',
						to: 'a',
						km: 1,
						driveMin: 2,
						closeBy: false
					}
				]
			}),
			makeRoute({ id: 'straight', stops: ['a'] })
		]
	});

	it('draws a located place and a route measured on the roads, titled with their names', () => {
		expect(locatorSvg({ name: 'place', id: 'a' }, bundle, empty)).toMatch(/^<svg[\s\S]*<title>Hang A<\/title>/);
		const line: [number, number][] = [
			[106.25, 22.66],
			[106.26, 22.67]
		];
		const svg = locatorSvg({ name: 'route', id: 'r' }, bundle, empty, (from, to) => (from === 'a' && to === 'a' ? line : undefined));
		expect(svg).toContain('<title>Tuyến R</title>');
	});

	it('draws nothing for a place with no position, a route without road legs, or another screen', () => {
		expect(locatorSvg({ name: 'place', id: 'lost' }, bundle, empty)).toBeNull();
		expect(locatorSvg({ name: 'route', id: 'straight' }, bundle, empty)).toBeNull();
		expect(locatorSvg({ name: 'routes' }, bundle, empty)).toBeNull();
	});
});

describe('the home map', () => {
	const bundle = makeBundle({
		places: [
			makePlace({
				id: 'a',
				kind: 'geosite',
				location: { confidence: 'strong', lat: 22.66, lon: 106.25, uncertaintyM: 50, source: 'test' }
			}),
			makePlace({ id: 'b', kind: 'relic', location: { confidence: 'strong', lat: 22.9, lon: 105.9, uncertaintyM: 50, source: 'test' } }),
			makePlace({ id: 'lost', location: { confidence: 'none' } })
		]
	});

	it('draws one dot per located place, in its kind colour, filling the box at any aspect', () => {
		const svg = locatorSvg({ name: 'home' }, bundle, empty)!;
		expect(svg).toMatch(/^<svg preserveAspectRatio="xMidYMid slice" /);
		const overlay = /<g id="map-home-overlay">(.*?)<\/g>/.exec(svg)![1]!;
		expect(overlay.match(/M/g)).toHaveLength(2);
		expect(overlay).toContain(`fill="${KIND_COLORS.geosite}"`);
		expect(overlay).toContain(`fill="${KIND_COLORS.relic}"`);
	});

	it('goes bare into the home marker, with no caption', () => {
		const home = '<section><div class="static-map svelte-x" data-locator-map="home" role="button"></div></section>';
		expect(insertHomeMap(home, '<svg></svg>')).toBe(
			'<section><div class="static-map svelte-x" data-locator-map="home" role="button"><svg></svg></div></section>'
		);
		expect(insertHomeMap(home, null)).toBe(home);
		const step = createLocatorStep();
		expect(step('<p>no marker</p>', { name: 'home' }, bundle, { place: '', route: '' })).toBe('<p>no marker</p>');
	});
});
