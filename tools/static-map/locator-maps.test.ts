import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR, readLocatedEntries } from '../roads/located-entries';
import { buildRoadNetwork } from '../roads/network';
import { routeLegs } from '../roads/route-legs';
import { loadLocatorData, vietnameseName, type LocatorData } from './locator-data';
import { LOCATOR_BUDGET_GZIP, renderPlaceMap, renderRouteMap } from './locator-maps';

// Real data: the OSM layers in data/osm2021 and the content's positions.
let data: LocatorData;
beforeAll(() => {
	data = loadLocatorData();
}, 60_000);

const entry = (id: string) => readLocatedEntries().find((e) => e.id === id)!;

describe('locator maps on real data', () => {
	it('draws Bản Giốc with its river and the border, under the 15 KB budget', () => {
		const svg = renderPlaceMap({ ...entry('ban-gioc-waterfall'), color: '#E69F00', title: 'Thác Bản Giốc' }, data);
		expect(gzipSync(svg).length).toBeLessThan(LOCATOR_BUDGET_GZIP);
		expect(svg).toContain('>Sông Quây Sơn</text>');
		expect(svg).toMatch(/<g id="map-ban-gioc-waterfall-boundary" fill="none"><path d="M/);
		expect(svg).not.toMatch(/\p{Script=Han}/u);
	});

	it('draws the east route along the roads with its stops, under the 15 KB budget', () => {
		const entries = readLocatedEntries();
		const network = buildRoadNetwork(entries);
		const route = parse(readFileSync(join(CONTENT_DIR, 'routes/east-traditional-cultures/route.yaml'), 'utf8')) as { stops: string[] };
		const { legs, unplaced } = routeLegs(network, route.stops);
		const stops = route.stops.flatMap((s, i) => (unplaced.includes(s) ? [] : [{ ...entry(s), n: i + 1 }]));
		const svg = renderRouteMap({ id: 'east', legs: legs.map((l) => l.coords), stops, color: '#1565c0', title: 'Tuyến 3' }, data);
		expect(gzipSync(svg).length).toBeLessThan(LOCATOR_BUDGET_GZIP);
		expect(svg).toContain('stroke="#1565c0" stroke-width="3.5"');
		expect(svg).toContain('>Cao Bằng</text>');
	}, 60_000);
});

describe('vietnameseName', () => {
	it('keeps the Vietnamese part of a bilingual name and drops Chinese-only or note-like names', () => {
		expect(vietnameseName('Sông Quây Sơn 归春河')).toBe('Sông Quây Sơn');
		expect(vietnameseName('德天')).toBeUndefined();
		expect(vietnameseName('river')).toBeUndefined();
		expect(vietnameseName('Đàm Thủy')).toBe('Đàm Thủy');
	});
});
