import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { RoadsState } from './roads.svelte';

/** Two places 12.3 km (25 min) apart by road, and a third on the same road point as the second. */
const FILE = JSON.stringify({
	artefact: {
		v: 1,
		attribution: '© OpenStreetMap contributors',
		ids: ['bridge', 'market', 'temple'],
		point: [0, 1, 1],
		snapM: [5, 10, 20],
		uncertaintyM: [50, 50, 300],
		km10: [123],
		min: [25]
	},
	legs: [
		{
			from: 'bridge',
			to: 'market',
			coords: [
				[106.2, 22.6],
				[106.3, 22.7]
			]
		}
	]
});

describe('RoadsState', () => {
	it('loads the road file once, when a component first reads it, then answers road distances', async () => {
		const asked: string[] = [];
		const roads = new RoadsState('/content/roads.0123456789.json', (url) => {
			asked.push(url);
			return Promise.resolve(FILE);
		});
		expect(roads.roadBetween('bridge', 'market')).toBeNull();
		expect(asked).toEqual([]);
		let seen: unknown = null;
		const stop = $effect.root(() => {
			$effect(() => void (seen = roads.reader?.roadBetween('bridge', 'market') ?? null));
			$effect(() => void roads.reader);
		});
		flushSync();
		// The read above started the load (the file and its reader's chunk): wait for that one.
		await roads.ensureLoaded();
		flushSync();
		expect(asked).toEqual(['/content/roads.0123456789.json']);
		expect(seen).toEqual({
			km: 12.3,
			driveMin: 25,
			geometry: [
				[106.2, 22.6],
				[106.3, 22.7]
			],
			closerThanPositions: false
		});
		expect(roads.roadBetween('market', 'temple')).toMatchObject({ km: 0, closerThanPositions: true });
		expect(roads.error).toBeNull();
		stop();
	});

	it('keeps a failure as an error, never throws, and tries again on the next read', async () => {
		let calls = 0;
		const roads = new RoadsState('/content/roads.0123456789.json', () =>
			++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(FILE)
		);
		await roads.ensureLoaded();
		expect(roads.error).toBe('offline');
		expect(roads.reader).toBeNull();
		await roads.ensureLoaded();
		expect(roads.error).toBeNull();
		expect(roads.reader?.roadBetween('bridge', 'market')?.km).toBe(12.3);
	});

	it('says so when the file is broken or the build has none', async () => {
		const broken = new RoadsState('/content/roads.0123456789.json', () => Promise.resolve('{"artefact":{"v":9}}'));
		await broken.ensureLoaded();
		expect(broken.error).toMatch(/version 9/);
		const none = new RoadsState(undefined);
		await none.ensureLoaded();
		expect(none.error).toMatch(/no road data/);
	});
});
