import { describe, expect, it } from 'vitest';
import { createRoadReader } from '../../src/lib/domain/roads/road-reader.ts';
import { parseRoadArtefact } from '../../src/lib/domain/roads/road-artefact.ts';
import { buildRoadGraph } from './build-graph.ts';
import { createFixtureRoads } from './fixtures.ts';
import type { LocatedEntry } from './located-entries.ts';
import { buildRoadNetwork } from './network.ts';
import { buildRoadArtefact } from './road-artefact.ts';
import { routeLegs } from './route-legs.ts';

const entry = (id: string, lon: number, lat: number, uncertaintyM = 100): LocatedEntry => ({ id, type: 'place', lon, lat, uncertaintyM });

function createNetwork() {
	const entries = [
		entry('west-end', 106.003, 22.6996),
		entry('east-end', 106.0205, 22.718),
		entry('same-spot', 106.0205, 22.718, 500),
		entry('far-away', 106.8, 22.0)
	];
	return { entries, network: buildRoadNetwork(entries, buildRoadGraph(createFixtureRoads())) };
}

describe('buildRoadArtefact + createRoadReader', () => {
	it('gives the road distance and drive time between two places, both ways', () => {
		const { entries, network } = createNetwork();
		const reader = createRoadReader(parseRoadArtefact(JSON.parse(JSON.stringify(buildRoadArtefact(entries, network)))));
		const there = reader.roadBetween('west-end', 'east-end')!;
		// Along the national road (1.75 km east, 1.99 km north), not the shorter track.
		expect(there.km).toBeCloseTo(3.7, 1);
		expect(there.driveMin).toBe(4); // 3.7 km of straight national road at 50 km/h
		expect(reader.roadBetween('east-end', 'west-end')).toEqual(there);
		expect(reader.attribution).toBe('© OpenStreetMap contributors');
	});

	it('says two entries on the same road point are close by, not 0 m apart', () => {
		const { entries, network } = createNetwork();
		const reader = createRoadReader(buildRoadArtefact(entries, network));
		expect(reader.roadBetween('east-end', 'same-spot')).toMatchObject({ km: 0, closerThanPositions: true });
		expect(reader.roadBetween('west-end', 'east-end')!.closerThanPositions).toBe(false);
	});

	it('answers null for an entry with no road within reach or not in the artefact', () => {
		const { entries, network } = createNetwork();
		const reader = createRoadReader(buildRoadArtefact(entries, network));
		expect(reader.has('far-away')).toBe(false);
		expect(reader.roadBetween('west-end', 'far-away')).toBeNull();
		expect(reader.roadBetween('west-end', 'nowhere')).toBeNull();
	});

	it('hands back the line of a route leg when it was given one', () => {
		const { entries, network } = createNetwork();
		const { legs } = routeLegs(network, ['west-end', 'east-end']);
		const reader = createRoadReader(buildRoadArtefact(entries, network), legs);
		const back = reader.roadBetween('east-end', 'west-end')!.geometry!;
		expect(back[0]).toEqual([106.0205, 22.718]);
		expect(back.at(-1)).toEqual([106.003, 22.6996]);
	});

	it('rejects an artefact whose matrix does not fit its points', () => {
		const { entries, network } = createNetwork();
		const artefact = buildRoadArtefact(entries, network);
		expect(() => parseRoadArtefact({ ...artefact, km10: artefact.km10.slice(1) })).toThrow(/km10 must hold/);
		expect(() => parseRoadArtefact({ ...artefact, v: 2 })).toThrow(/version 2/);
	});
});

describe('routeLegs', () => {
	it('draws each leg along the roads from stop to stop and lists stops with no position', () => {
		const { network } = createNetwork();
		const { legs, unplaced } = routeLegs(network, ['west-end', 'no-position', 'east-end']);
		expect(unplaced).toEqual(['no-position']);
		expect(legs).toHaveLength(1);
		const [leg] = legs;
		expect(leg!.coords[0]).toEqual([106.003, 22.6996]);
		expect(leg!.coords).toContainEqual([106.02, 22.7]); // the corner at B: the line follows the road, not the track
		expect(leg!.km).toBeCloseTo(3.7, 1);
	});
});
