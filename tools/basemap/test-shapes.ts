/** Shapes the basemap tests build on: a fresh object each call. */
import type { Polygon } from 'geojson';

/** A square polygon from its south-west corner and its side, in degrees. */
export function square(west: number, south: number, size: number): Polygon {
	return {
		type: 'Polygon',
		coordinates: [
			[
				[west, south],
				[west + size, south],
				[west + size, south + size],
				[west, south + size],
				[west, south]
			]
		]
	};
}
