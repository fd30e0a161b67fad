/**
 * Road distance and drive time between any two located places or services, offline, from the precomputed matrix
 * (road-artefact.ts). A lookup, so it costs nothing on a phone. Route legs drawn along the roads can be handed in
 * as well, so that the same call also gives their line.
 */
import type { LonLat } from './polyline.ts';
import { pairIndex, pointCount, type RoadArtefact } from './road-artefact.ts';

export type RoadBetween = {
	km: number;
	driveMin: number;
	/** The line along the roads, when this pair is a route leg whose line was built. */
	geometry?: LonLat[];
	/**
	 * True when the two positions are closer by road than their own uncertainty (or share a road point): the UI
	 * should say "close by" rather than a distance, and never "0 m".
	 */
	closerThanPositions: boolean;
};

export type RoadLegLine = { from: string; to: string; coords: LonLat[] };

export type RoadReader = {
	/** Whether the entry is on the road network (has a position and a road within reach). */
	has(id: string): boolean;
	/** Metres from the entry's position to the road it was put on, or null when it is not on the network. */
	snapM(id: string): number | null;
	roadBetween(a: string, b: string): RoadBetween | null;
	attribution: string;
};

export function createRoadReader(artefact: RoadArtefact, legs: readonly RoadLegLine[] = []): RoadReader {
	const index = new Map(artefact.ids.map((id, i) => [id, i]));
	const n = pointCount(artefact);
	const lines = new Map<string, LonLat[]>();
	for (const leg of legs) {
		lines.set(`${leg.from}\n${leg.to}`, leg.coords);
		lines.set(`${leg.to}\n${leg.from}`, leg.coords.slice().reverse());
	}
	const pointOf = (id: string) => {
		const i = index.get(id);
		return i === undefined ? -1 : artefact.point[i]!;
	};
	return {
		attribution: artefact.attribution,
		has: (id) => pointOf(id) >= 0,
		snapM: (id) => (pointOf(id) >= 0 ? artefact.snapM[index.get(id)!]! : null),
		roadBetween(a, b) {
			const pa = pointOf(a);
			const pb = pointOf(b);
			if (pa < 0 || pb < 0) return null;
			let km = 0;
			let driveMin = 0;
			if (pa !== pb) {
				const k = pairIndex(n, Math.min(pa, pb), Math.max(pa, pb));
				if (artefact.km10[k]! < 0) return null;
				km = artefact.km10[k]! / 10;
				driveMin = artefact.min[k]!;
			}
			const uncertaintyM = Math.max(artefact.uncertaintyM[index.get(a)!]!, artefact.uncertaintyM[index.get(b)!]!);
			const geometry = lines.get(`${a}\n${b}`);
			return { km, driveMin, ...(geometry ? { geometry } : {}), closerThanPositions: pa === pb || km * 1000 < uncertaintyM };
		}
	};
}
