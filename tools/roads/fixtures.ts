/**
 * A small road network for tests, near Cao Bằng's latitude: a national road A–B–C with a bare `34` route number,
 * a slow track straight from A to C, a minor road from D whose end stops 4 m short of A–B, and an island road far
 * away that joins nothing. 0.01° is about 1.03 km east–west and 1.11 km north–south here.
 */
import type { RoadFeature } from './build-graph.ts';

export const A: [number, number] = [106.0, 22.7];
export const B: [number, number] = [106.02, 22.7];
export const C: [number, number] = [106.02, 22.72];
export const D: [number, number] = [106.012, 22.71];

const road = (cls: string, highway: string, coordinates: [number, number][], ref?: string): RoadFeature => ({
	properties: { class: cls, highway, ...(ref ? { ref } : {}) },
	geometry: { type: 'LineString', coordinates }
});

export function createFixtureRoads(): RoadFeature[] {
	return [
		road('trunk', 'trunk', [A, B], '34'),
		road('trunk', 'trunk', [B, C], 'QL.34'),
		road('track', 'track', [A, C]),
		road('minor', 'residential', [D, [106.012, 22.70004]]),
		road('minor', 'residential', [
			[107.0, 23.0],
			[107.01, 23.0]
		]),
		road('path', 'footway', [D, C])
	];
}
