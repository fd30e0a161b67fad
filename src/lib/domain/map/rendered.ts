/**
 * Making sense of what the map drew: which rendered feature a tap meant, and a summary of
 * what is on screen (read by the browser tests through attributes on the map element).
 */

/** A rendered feature, reduced to what these functions need. */
export type RenderedFeature = { layer: string; properties: Record<string, unknown> };

export type RenderedSummary = {
	/** Places on screen, alone or inside a cluster. */
	places: number;
	/** Places drawn as their own marker. */
	points: number;
	clusters: number;
	/** Uncertainty areas of approximate places. */
	areas: number;
	/** Straight route legs. */
	legs: number;
};

/**
 * Counts what is on screen. MapLibre may return a feature once per tile it touches, so
 * places are counted by id, clusters by cluster_id and legs by route and stops.
 */
export function summarizeRendered(
	features: readonly RenderedFeature[],
	layers: { points: readonly string[]; clusters: string; areas: string; legs: string }
): RenderedSummary {
	const points = new Set<string>();
	const clusters = new Map<string, number>();
	const areas = new Set<string>();
	const legs = new Set<string>();
	for (const { layer, properties: p } of features) {
		if (layers.points.includes(layer)) points.add(String(p['id']));
		else if (layer === layers.clusters) clusters.set(String(p['cluster_id']), Number(p['point_count']) || 0);
		else if (layer === layers.areas) areas.add(String(p['id']));
		else if (layer === layers.legs) legs.add(`${String(p['id'])}:${String(p['from'])}:${String(p['to'])}`);
	}
	const clustered = [...clusters.values()].reduce((sum, n) => sum + n, 0);
	return { places: points.size + clustered, points: points.size, clusters: clusters.size, areas: areas.size, legs: legs.size };
}

/** A candidate under the finger: its position on screen in pixels. */
export type Candidate<T> = { item: T; x: number; y: number };

/** The candidate nearest to the tap within `maxPx`, or undefined. Ties keep the first (the top-most). */
export function pickNearest<T>(candidates: readonly Candidate<T>[], at: { x: number; y: number }, maxPx = 24): T | undefined {
	let best: { item: T; d: number } | undefined;
	for (const c of candidates) {
		const d = Math.hypot(c.x - at.x, c.y - at.y);
		if (d <= maxPx && (best === undefined || d < best.d)) best = { item: c.item, d };
	}
	return best?.item;
}
