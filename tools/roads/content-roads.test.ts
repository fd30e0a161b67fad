/**
 * The road step of the content build gives the app one file it can read offline and each route its legs along the
 * roads, with "close by" where two stops share a road point: what the route pages and the map show.
 */
import { describe, expect, it } from 'vitest';
import { readRoadsFile } from '../../src/lib/domain/roads/roads-file.ts';
import { buildRoadGraph } from './build-graph.ts';
import { buildContentRoads } from './content-roads.ts';
import { createFixtureRoads } from './fixtures.ts';
import type { LocatedEntry } from './located-entries.ts';

const entry = (id: string, lon: number, lat: number, uncertaintyM = 100): LocatedEntry => ({ id, type: 'place', lon, lat, uncertaintyM });
const entries = [entry('east-end', 106.0205, 22.718), entry('same-spot', 106.0205, 22.718, 500), entry('west-end', 106.003, 22.6996)];

describe('buildContentRoads', () => {
	const roads = buildContentRoads(
		entries,
		[{ id: 'loop', stops: ['west-end', 'unplaced', 'east-end', 'same-spot'] }],
		buildRoadGraph(createFixtureRoads())
	);

	it('gives each route its legs along the roads between consecutive located stops', () => {
		const legs = roads.legsOf.get('loop')!;
		expect(legs.map((l) => [l.from, l.to, l.closeBy])).toEqual([
			['west-end', 'east-end', false],
			['east-end', 'same-spot', true]
		]);
		expect(legs[0]!.km).toBeCloseTo(3.7, 1);
		const line = roads.file.legs.find((l) => l.from === 'west-end' && l.to === 'east-end')!.coords;
		expect(line).toContainEqual([106.02, 22.7]); // along the national road, round the corner at B
	});

	it('writes a file the app reads back into the same figures and lines', () => {
		const reader = readRoadsFile(JSON.stringify(roads.file));
		const leg = roads.legsOf.get('loop')![0]!;
		expect(reader.roadBetween('west-end', 'east-end')).toMatchObject({
			km: leg.km,
			driveMin: leg.driveMin,
			geometry: roads.file.legs.find((l) => l.from === leg.from && l.to === leg.to)!.coords
		});
		expect(() => readRoadsFile(JSON.stringify({ ...roads.file, legs: [{ from: 'a' }] }))).toThrow(/leg needs/);
	});
});
