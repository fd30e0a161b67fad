/**
 * "You have arrived": which place the visitor has just walked into, if any. Only places with a
 * point (not an area standing for a whole commune) can be arrived at, and only with a position
 * accurate enough to tell.
 */
import type { Place } from '../content/types.ts';
import { distanceM, type LatLon } from '../geo/distance.ts';

export type Fix = LatLon & { accuracyM: number };

/** Radius around a place that counts as "there": its uncertainty, kept between 150 m and 800 m. */
export function arrivalRadiusM(uncertaintyM: number): number {
	return Math.min(800, Math.max(150, uncertaintyM));
}

/** The nearest place the fix is inside, skipping places already announced. */
export function arrivedAt(fix: Fix, places: readonly Place[], announced: ReadonlySet<string>): Place | undefined {
	if (fix.accuracyM > 500) return undefined;
	let best: { place: Place; d: number } | undefined;
	for (const place of places) {
		const loc = place.location;
		if (loc.confidence === 'none' || loc.confidence === 'commune-area' || announced.has(place.id)) continue;
		const d = distanceM(fix, loc);
		if (d <= arrivalRadiusM(loc.uncertaintyM) && (!best || d < best.d)) best = { place, d };
	}
	return best?.place;
}

/** The province's bounding box, to tell "outside the province" from "here". */
export const PROVINCE_BOUNDS = { west: 105.27, south: 22.35, east: 106.86, north: 23.12 } as const;

export function isNearProvince(p: LatLon, marginDeg = 0.1): boolean {
	const b = PROVINCE_BOUNDS;
	return p.lon >= b.west - marginDeg && p.lon <= b.east + marginDeg && p.lat >= b.south - marginDeg && p.lat <= b.north + marginDeg;
}
