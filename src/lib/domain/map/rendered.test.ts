import { describe, expect, it } from 'vitest';
import { pickNearest, summarizeRendered } from './rendered';

const layers = { points: ['points', 'approx'], clusters: 'clusters', areas: 'areas', legs: 'legs' };

describe('summarizeRendered', () => {
	it('counts places alone and inside clusters, once each even when a tile edge repeats them', () => {
		const summary = summarizeRendered(
			[
				{ layer: 'points', properties: { id: 'falls' } },
				{ layer: 'points', properties: { id: 'falls' } },
				{ layer: 'approx', properties: { id: 'village' } },
				{ layer: 'clusters', properties: { cluster_id: 7, point_count: 12 } },
				{ layer: 'clusters', properties: { cluster_id: 7, point_count: 12 } },
				{ layer: 'clusters', properties: { cluster_id: 9, point_count: 3 } },
				{ layer: 'areas', properties: { id: 'village' } },
				{ layer: 'legs', properties: { id: 'east', from: 'a', to: 'b' } },
				{ layer: 'legs', properties: { id: 'east', from: 'b', to: 'c' } },
				{ layer: 'legs', properties: { id: 'east', from: 'a', to: 'b' } },
				{ layer: 'labels', properties: { id: 'falls' } }
			],
			layers
		);
		expect(summary).toEqual({ places: 17, points: 2, clusters: 2, areas: 1, legs: 2 });
	});

	it('is all zeros for an empty screen', () => {
		expect(summarizeRendered([], layers)).toEqual({ places: 0, points: 0, clusters: 0, areas: 0, legs: 0 });
	});
});

describe('pickNearest', () => {
	it('picks the candidate nearest the tap, within reach', () => {
		const candidates = [
			{ item: 'far', x: 100, y: 100 },
			{ item: 'near', x: 14, y: 10 },
			{ item: 'nearer', x: 10, y: 12 }
		];
		expect(pickNearest(candidates, { x: 10, y: 10 })).toBe('nearer');
		expect(pickNearest(candidates, { x: 60, y: 60 })).toBeUndefined();
		expect(pickNearest(candidates, { x: 60, y: 60 }, 100)).toBe('far');
		expect(pickNearest([], { x: 0, y: 0 })).toBeUndefined();
	});

	it('keeps the first (top-most) of equally near candidates', () => {
		expect(
			pickNearest(
				[
					{ item: 'top', x: 5, y: 0 },
					{ item: 'below', x: 0, y: 5 }
				],
				{ x: 0, y: 0 }
			)
		).toBe('top');
	});
});
