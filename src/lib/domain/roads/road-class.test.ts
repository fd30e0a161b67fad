import { describe, expect, it } from 'vitest';
import { isDrivable, normaliseRoadClass, normaliseRouteRef } from './road-class.ts';

describe('normaliseRouteRef', () => {
	it.each([
		['34', 'QL34'],
		['QL.34', 'QL34'],
		['QL 34', 'QL34'],
		['QL34', 'QL34'],
		['QL.3b', 'QL3B'],
		['4A', 'QL4A'],
		['279', 'QL279'],
		['ĐT.206', 'ĐT206'],
		['DT.207', 'ĐT207'],
		['TL 256', 'ĐT256'],
		['TL 256 ROUTE UNCERTAIN', 'ĐT256'],
		['ĐT 257B', 'ĐT257B'],
		['258', 'ĐT258'],
		['ĐH.05', 'ĐH05'],
		['QL 34, NgọcĐường, Hà Giang', 'QL34'],
		['Đường 34,TT Bảo Lạc', 'QL34'],
		['G219', 'G219']
	])('%s → %s', (input, expected) => {
		expect(normaliseRouteRef(input)).toBe(expected);
	});

	it('gives null for an address typed where the number belongs, or nothing', () => {
		expect(normaliseRouteRef('Nguyễn Trãi, TP. Hà Giang, Hà Giang')).toBeNull();
		expect(normaliseRouteRef(undefined)).toBeNull();
		expect(normaliseRouteRef('')).toBeNull();
	});
});

describe('normaliseRoadClass', () => {
	it.each([
		['trunk', 'trunk', 'trunk'],
		['motorway', 'motorway', 'trunk'],
		['primary', 'primary_link', 'primary'],
		['secondary', 'secondary', 'secondary'],
		['tertiary', 'tertiary_link', 'tertiary'],
		['minor', 'residential', 'minor'],
		['minor', 'unclassified', 'minor'],
		['track', 'track', 'track'],
		['path', 'footway', 'path'],
		['path', 'steps', 'path']
	])('class %s, highway %s → %s', (cls, highway, expected) => {
		expect(normaliseRoadClass(cls, highway)).toBe(expected);
	});

	it('leaves out what is not a road to drive or draw', () => {
		expect(normaliseRoadClass('rail', 'rail')).toBeNull();
		expect(normaliseRoadClass('ferry', 'ferry')).toBeNull();
		expect(normaliseRoadClass('construction', 'construction')).toBeNull();
	});

	it('falls back to the class when the raw highway value is unknown', () => {
		expect(normaliseRoadClass('minor', 'busway')).toBe('minor');
	});

	it('treats paths as not drivable', () => {
		expect(isDrivable('path')).toBe(false);
		expect(isDrivable('track')).toBe(true);
	});
});
