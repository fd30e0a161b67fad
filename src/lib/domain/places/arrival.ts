/**
 * "You have arrived": which place the visitor has just walked into, if any. Only places with a
 * point (not an area standing for a whole commune) can be arrived at, and only with a position
 * accurate enough to tell.
 */
import { isLocated, type Place } from '../content/types.ts';
import { distanceM, type Fix, type LatLon } from '../geo/distance.ts';
import { PROVINCE_BOUNDS } from '../map/view.ts';

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
		// Not `isApproximate`: a 'derived' point is still a point one can walk to.
		if (!isLocated(loc) || loc.confidence === 'commune-area' || announced.has(place.id)) continue;
		const d = distanceM(fix, loc);
		if (d <= arrivalRadiusM(loc.uncertaintyM) && (!best || d < best.d)) best = { place, d };
	}
	return best?.place;
}

/** Inside the province's bounding box (with a margin), to tell "outside the province" from "here". */
export function isNearProvince(p: LatLon, marginDeg = 0.1): boolean {
	const [west, south, east, north] = PROVINCE_BOUNDS;
	return p.lon >= west - marginDeg && p.lon <= east + marginDeg && p.lat >= south - marginDeg && p.lat <= north + marginDeg;
}
