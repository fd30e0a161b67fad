/**
 * The shape of the offline road-distance artefact (built by tools/roads/road-artefact.ts, read by road-reader.ts):
 * a distance and drive-time matrix between every located place and service, by road on OpenStreetMap 2021.
 * Kept in its own module so the builder and the reader agree on one type and one parser.
 */

export const ROAD_ARTEFACT_VERSION = 1;

export type RoadArtefact = {
	v: typeof ROAD_ARTEFACT_VERSION;
	/** Shown wherever a figure from this artefact is shown. */
	attribution: string;
	/** Entry ids (places and services with a position), sorted. */
	ids: string[];
	/** Matrix point of each id (entries that snap to the same road point share one), or -1 when off the network. */
	point: number[];
	/** Metres from each entry's position to the road it was snapped to. */
	snapM: number[];
	/** Each entry's position uncertainty in metres, from its content file. */
	uncertaintyM: number[];
	/** Upper triangle (i < j, row by row) of the point matrix: road km × 10, or -1 when no road joins them. */
	km10: number[];
	/** Same layout: drive minutes. */
	min: number[];
};

/** Index of the pair (i, j), i < j, in the upper-triangle arrays of an n-point matrix. */
export function pairIndex(n: number, i: number, j: number): number {
	return i * n - (i * (i + 1)) / 2 + (j - i - 1);
}

export function pointCount(artefact: Pick<RoadArtefact, 'point'>): number {
	return Math.max(-1, ...artefact.point) + 1;
}

const isIntArray = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => Number.isInteger(n));

/** Checks a parsed artefact (it comes from the network or a cache) and returns it typed, or throws saying what is wrong. */
export function parseRoadArtefact(data: unknown): RoadArtefact {
	const a = data as Partial<RoadArtefact> | null;
	if (!a || typeof a !== 'object') throw new Error('road artefact: not an object');
	if (a.v !== ROAD_ARTEFACT_VERSION) throw new Error(`road artefact: version ${String(a.v)}, expected ${ROAD_ARTEFACT_VERSION}`);
	if (typeof a.attribution !== 'string') throw new Error('road artefact: attribution missing');
	if (!Array.isArray(a.ids) || !a.ids.every((id) => typeof id === 'string')) throw new Error('road artefact: ids must be strings');
	for (const key of ['point', 'snapM', 'uncertaintyM'] as const) {
		const list = a[key];
		if (!isIntArray(list) || list.length !== a.ids.length) throw new Error(`road artefact: ${key} must hold one integer per id`);
	}
	const n = pointCount(a as RoadArtefact);
	const pairs = (n * (n - 1)) / 2;
	for (const key of ['km10', 'min'] as const) {
		const list = a[key];
		if (!isIntArray(list) || list.length !== pairs) throw new Error(`road artefact: ${key} must hold ${pairs} integers`);
	}
	return a as RoadArtefact;
}
