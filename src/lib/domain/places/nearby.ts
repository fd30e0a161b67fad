/**
 * What is near a point: places and services with distance and direction, nearest first.
 * Entries without a known location are left out (they cannot be "near").
 */
import type { Location, Place, Service } from '../content/types.ts';
import { bearingDeg, compassPoint, distanceM, type CompassPoint, type LatLon } from '../geo/distance.ts';

export type Near<T> = { item: T; distanceM: number; bearingDeg: number; compass: CompassPoint };

function point(loc: Location | undefined): LatLon | undefined {
	return loc && loc.confidence !== 'none' ? { lat: loc.lat, lon: loc.lon } : undefined;
}

/** Items within `maxM` of `from`, nearest first, at most `limit`. */
export function nearby<T extends { id: string; location?: Location }>(
	items: readonly T[],
	from: LatLon,
	opts: { maxM?: number; limit?: number; excludeId?: string } = {}
): Near<T>[] {
	const { maxM = Infinity, limit = Infinity, excludeId } = opts;
	const out: Near<T>[] = [];
	for (const item of items) {
		if (item.id === excludeId) continue;
		const p = point(item.location);
		if (!p) continue;
		const d = distanceM(from, p);
		if (d > maxM) continue;
		const b = bearingDeg(from, p);
		out.push({ item, distanceM: d, bearingDeg: b, compass: compassPoint(b) });
	}
	return out.sort((a, b) => a.distanceM - b.distanceM || a.item.id.localeCompare(b.item.id)).slice(0, limit);
}

/** Places and services near a place, for its page. */
export function nearPlace(place: Place, places: readonly Place[], services: readonly Service[], maxM = 30_000) {
	const from = point(place.location);
	if (!from) return { places: [], services: [] };
	return {
		places: nearby(places, from, { maxM, limit: 6, excludeId: place.id }),
		services: nearby(services, from, { maxM, limit: 6 })
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
