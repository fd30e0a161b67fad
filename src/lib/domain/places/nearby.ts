/**
 * What is near a point: places and services with distance and direction, nearest first.
 * Entries without a known location are left out (they cannot be "near").
 */
import { isLocated, type Location, type Place, type Service } from '../content/types.ts';
import { bearingDeg, compassPoint, distanceM, type CompassPoint, type LatLon } from '../geo/distance.ts';
import { compareText } from '../format/compare.ts';

/**
 * `blurred` is true when the distance is smaller than the uncertainty of the two positions:
 * "0 m north" between two approximate pins would be false precision.
 */
export type Near<T> = { item: T; distanceM: number; bearingDeg: number; compass: CompassPoint; blurred: boolean };

function point(loc: Location | undefined): LatLon | undefined {
	return isLocated(loc) ? { lat: loc.lat, lon: loc.lon } : undefined;
}

/** Items within `maxM` of `from`, nearest first, at most `limit`. */
export function nearby<T extends { id: string; location?: Location }>(
	items: readonly T[],
	from: LatLon,
	opts: { maxM?: number; limit?: number; excludeId?: string; fromUncertaintyM?: number } = {}
): Near<T>[] {
	const { maxM = Infinity, limit = Infinity, excludeId, fromUncertaintyM = 0 } = opts;
	const out: Near<T>[] = [];
	for (const item of items) {
		if (item.id === excludeId) continue;
		const p = point(item.location);
		if (!p) continue;
		const d = distanceM(from, p);
		if (d > maxM) continue;
		const b = bearingDeg(from, p);
		const uncertainty = Math.max(fromUncertaintyM, isLocated(item.location) ? item.location.uncertaintyM : 0);
		out.push({ item, distanceM: d, bearingDeg: b, compass: compassPoint(b), blurred: d < uncertainty });
	}
	// Ties (points of one site at one spot) by id.
	return out.sort((a, b) => a.distanceM - b.distanceM || compareText(a.item.id, b.item.id)).slice(0, limit);
}

/** Places and services near a place, for its page. */
export function nearPlace(place: Place, places: readonly Place[], services: readonly Service[], maxM = 30_000) {
	const loc = place.location;
	if (!isLocated(loc)) return { places: [], services: [] };
	const fromUncertaintyM = loc.uncertaintyM;
	return {
		places: nearby(places, loc, { maxM, limit: 6, excludeId: place.id, fromUncertaintyM }),
		services: nearby(services, loc, { maxM, limit: 6, fromUncertaintyM })
	};
}

/** The stops before and after a place on a route. */
export function neighbours(stops: readonly string[], placeId: string): { previous?: string; next?: string } {
	const i = stops.indexOf(placeId);
	if (i < 0) return {};
	const previous = stops[i - 1];
	const next = stops[i + 1];
	return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
