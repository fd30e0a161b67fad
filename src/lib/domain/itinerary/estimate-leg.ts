/**
 * A drive estimated from the straight line, for stops the road graph cannot join yet: the line
 * times a detour factor for mountain roads, at a mountain average speed. Always labelled an
 * estimate in the UI. The factors are documented in docs/itinerary.md.
 */
import { distanceM, type LatLon } from '../geo/distance.ts';
import type { LegEstimate } from './schedule.ts';

/** Roads in Cao Bằng wind: a road is on average this much longer than the straight line. */
export const DETOUR_FACTOR = 1.4;
/** Average speed on the province's mountain roads, km/h. */
export const ESTIMATE_SPEED_KMH = 35;

export function estimateLeg(from: LatLon, to: LatLon): LegEstimate {
	const km = (distanceM(from, to) / 1000) * DETOUR_FACTOR;
	return { km: Math.round(km * 10) / 10, driveMin: Math.round((km / ESTIMATE_SPEED_KMH) * 60), basis: 'estimate' };
}
