/**
 * What one place page costs as the guide grows: the slice of the bundle it fetches
 * (src/lib/domain/content/page-slice.ts), beside a route page's and the home's slice (every place as its list and
 * map draw it), for the real guide and for SYNTHETIC guides of
 * 1,000 and 10,000 places and 2,000 services made by copying the real entries to random
 * positions in the province's bounding box. The copies only stress the size; they never ship.
 */
import { gzipSync } from 'node:zlib';
import type { Bundle } from '../../src/lib/domain/content/types.ts';
import { homePageSlice, placePageSlice, routePageSlice } from '../../src/lib/domain/content/page-slice.ts';
import { createRandom } from './search-bench.ts';

export type PageCost = {
	label: string;
	places: number;
	services: number;
	bundleGzip: number;
	sliceGzipMedian: number;
	sliceGzipMax: number;
	/** The largest slice of a route page: its stops and the services around them. */
	routeSliceGzipMax: number;
	/** The home's slice: grows with the places (the map draws them all), without their pages' text. */
	homeSliceGzip: number;
};

/** `places` places and `services` services copied from `real`, each at a random spot of the province. */
export function syntheticBundle(real: Bundle, places: number, services: number, seed = 20_261_202): Bundle {
	const random = createRandom(seed);
	const spot = () => ({
		confidence: 'strong' as const,
		lat: 22.3 + random() * 0.9,
		lon: 105.3 + random() * 1.5,
		uncertaintyM: 50,
		source: 'SYNTHETIC'
	});
	return {
		...real,
		places: Array.from({ length: places }, (_, i) => ({
			...real.places[i % real.places.length]!,
			id: `synthetic-place-${i}`,
			location: spot()
		})),
		services: Array.from({ length: services }, (_, i) => ({
			...real.services[i % real.services.length]!,
			id: `synthetic-service-${i}`,
			places: [],
			location: spot()
		})),
		// The real routes, through the copies of their stops (copy i is real place i, moved): a route page's slice
		// then holds the services around stops in a guide this dense.
		routes: real.routes.map((r) => {
			const copy = (id: string) => `synthetic-place-${real.places.findIndex((p) => p.id === id)}`;
			const leg = <T extends { from: string; to: string }>(l: T): T => ({ ...l, from: copy(l.from), to: copy(l.to) });
			return { ...r, stops: r.stops.map(copy), legs: r.legs.map(leg), ...(r.roadLegs ? { roadLegs: r.roadLegs.map(leg) } : {}) };
		})
	};
}

const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;

/** Median and largest gzip size of the slices of (up to) `sample` place pages. */
export function pageCost(label: string, bundle: Bundle, sample = 200): PageCost {
	const step = Math.max(1, Math.floor(bundle.places.length / sample));
	const sizes = bundle.places
		.filter((_, i) => i % step === 0)
		.map((p) => gz(placePageSlice(bundle, p.id)))
		.sort((a, b) => a - b);
	return {
		label,
		places: bundle.places.length,
		services: bundle.services.length,
		bundleGzip: gz(bundle),
		sliceGzipMedian: sizes[Math.floor(sizes.length / 2)] ?? 0,
		sliceGzipMax: sizes.at(-1) ?? 0,
		routeSliceGzipMax: Math.max(0, ...bundle.routes.map((r) => gz(routePageSlice(bundle, r.id)))),
		homeSliceGzip: gz(homePageSlice(bundle))
	};
}
