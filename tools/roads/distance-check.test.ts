import { beforeAll, describe, expect, it } from 'vitest';
import { checkPublishedDistances, type CheckRow } from './distance-check.ts';
import { readLocatedEntries } from './located-entries.ts';
import { buildRoadNetwork, type RoadNetwork } from './network.ts';
import { buildRoadArtefact } from './road-artefact.ts';
import { createRoadReader } from '../../src/lib/domain/roads/road-reader.ts';
import { gzipSync } from 'node:zlib';

// Builds the real province graph from data/osm2021 (a few seconds) and measures on it.
let network: RoadNetwork;
let rows: CheckRow[];
beforeAll(() => {
	network = buildRoadNetwork(readLocatedEntries());
	rows = checkPublishedDistances(network);
}, 120_000);

describe('road distances from Cao Bằng city against the published ones', () => {
	it('puts every checked place on the road network', () => {
		expect(rows.filter((r) => r.km === null).map((r) => r.id)).toEqual([]);
	});

	it('agrees within 20 % (or the position uncertainty, or a documented exception whose own check holds)', () => {
		expect(rows.filter((r) => r.status === 'fails').map((r) => `${r.id}: ${r.km?.toFixed(1)} km ${r.note}`)).toEqual([]);
	});

	it('matches the three best-known figures outright', () => {
		const km = (id: string) => rows.find((r) => r.id === id)!.km!;
		expect(km('pac-bo-special-national-relic')).toBeGreaterThan(50 * 0.8);
		expect(km('pac-bo-special-national-relic')).toBeLessThan(55 * 1.2);
		expect(km('ban-gioc-waterfall')).toBeGreaterThan(85 * 0.8);
		expect(km('ban-gioc-waterfall')).toBeLessThan(90 * 1.2);
		expect(km('thang-hen-lake')).toBeGreaterThan(25 * 0.8);
		expect(km('thang-hen-lake')).toBeLessThan(30 * 1.2);
	});
});

describe('the offline matrix on the real network', () => {
	it('gives the same distances as ngraph.path for every checked place, within its 0.1 km rounding', () => {
		const reader = createRoadReader(buildRoadArtefact(network.entries, network));
		for (const row of rows) {
			expect(reader.roadBetween('cao-bang-city', row.id)!.km, row.id).toBeCloseTo(row.km!, 1);
			expect(Math.abs(reader.roadBetween('cao-bang-city', row.id)!.driveMin - row.minutes!), row.id).toBeLessThanOrEqual(1);
		}
	});

	it('stays far under the 300 KB offline budget', () => {
		expect(gzipSync(JSON.stringify(buildRoadArtefact(network.entries, network))).length).toBeLessThan(300 * 1024);
	});
});
