/**
 * How long a stretch of road takes to drive: a speed per road class, slowed by a mountain factor read from how much
 * the road turns per kilometre. Cao Bằng has no elevation data in the project, and its passes are where the roads
 * wind, so curvature stands in for gradient. The numbers and their limits are explained in docs/roads.md.
 */
import type { RoadClass } from './road-class.ts';

/** Typical car/motorbike speeds on open stretches, km/h. */
export const SPEED_KMH: Record<RoadClass, number> = {
	trunk: 50,
	primary: 45,
	secondary: 40,
	tertiary: 35,
	minor: 25,
	track: 12,
	path: 0
};

/** Turning (degrees per km) at which the mountain factor halves the speed. */
export const HALF_SPEED_TURNING_DEG_PER_KM = 600;
/** The factor never slows a road below this share of its class speed. */
export const MIN_MOUNTAIN_FACTOR = 0.4;

/** 1 on a straight road, about 0.7 at 250°/km (a winding valley road), 0.5 at 600°/km (hairpins). */
export function mountainFactor(turningDegPerKm: number): number {
	return Math.max(MIN_MOUNTAIN_FACTOR, 1 / (1 + Math.max(0, turningDegPerKm) / HALF_SPEED_TURNING_DEG_PER_KM));
}

/** Seconds to drive `lengthM` metres of a road of class `cls` that turns `turningDeg` degrees in all. */
export function driveSeconds(lengthM: number, cls: RoadClass, turningDeg: number): number {
	const speed = SPEED_KMH[cls];
	if (speed <= 0) return Infinity;
	const perKm = lengthM > 0 ? turningDeg / (lengthM / 1000) : 0;
	return lengthM / ((speed / 3.6) * mountainFactor(perKm));
}

/** The fastest any road is driven: A* uses it so that its estimate never exceeds the true time. */
export const MAX_SPEED_MS = Math.max(...Object.values(SPEED_KMH)) / 3.6;
