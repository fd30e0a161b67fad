import { describe, expect, it } from 'vitest';
import { coordinateText, navigationLinks } from './nav-links.ts';

describe('navigationLinks', () => {
	const links = Object.fromEntries(navigationLinks(22.85436, 106.72427, 'Thác Bản Giốc').map((l) => [l.app, l.href]));

	it('gives a geo: URI with the place name as label', () => {
		expect(links.geo).toBe('geo:22.85436,106.72427?q=22.85436,106.72427(Th%C3%A1c%20B%E1%BA%A3n%20Gi%E1%BB%91c)');
	});
	it('gives Google Maps, Organic Maps and OsmAnd links at the same point', () => {
		expect(links.google).toBe('https://www.google.com/maps/search/?api=1&query=22.85436,106.72427');
		expect(links.organic).toBe('om://map?v=1&ll=22.85436,106.72427&n=Th%C3%A1c%20B%E1%BA%A3n%20Gi%E1%BB%91c');
		expect(links.osmand).toBe('https://osmand.net/map/?pin=22.85436,106.72427#15/22.85436/106.72427');
	});
	it('drops floating-point noise', () => {
		expect(navigationLinks(0.1 + 0.2, 106, 'x')[1]?.href).toContain('query=0.3,106');
	});
});

describe('coordinateText', () => {
	it('gives five decimals', () => expect(coordinateText(22.8, 106.72427)).toBe('22.80000, 106.72427'));
});
