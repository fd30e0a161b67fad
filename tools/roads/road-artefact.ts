/**
 * Build step for offline road distances: a matrix of road km and drive minutes between every located place and
 * service (src/lib/domain/roads/road-artefact.ts), measured on the province road graph. Chosen over shipping a
 * compact graph with A* by measurement (docs/roads.md): 4.9 KB gzip instead of 130 KB, and a lookup instead of an A*
 * search (mean 10 ms, slowest 107 ms with a 4× CPU slowdown).
 * The content build calls it through tools/roads/content-roads.ts and publishes it in `content/roads.<hash>.json`.
 */
import { ROAD_ARTEFACT_VERSION, pairIndex, type RoadArtefact } from '../../src/lib/domain/roads/road-artefact.ts';
import { MAX_SPEED_MS } from '../../src/lib/domain/roads/drive-time.ts';
import { decodeCompact, encodeCompact, fastest } from './compact-graph.ts';
import { readLocatedEntries, type LocatedEntry } from './located-entries.ts';
import { buildRoadNetwork, type RoadNetwork } from './network.ts';

export const ROAD_ATTRIBUTION = '© OpenStreetMap contributors';

export function buildRoadArtefact(
	entries: readonly LocatedEntry[] = readLocatedEntries(),
	network: RoadNetwork = buildRoadNetwork(entries)
): RoadArtefact {
	const ids = entries.map((e) => e.id);
	const nodes: number[] = [];
	const pointOfNode = new Map<number, number>();
	const point = ids.map((id) => {
		const snap = network.snapOf.get(id);
		if (!snap) return -1;
		let p = pointOfNode.get(snap.node);
		if (p === undefined) {
			p = nodes.push(snap.node) - 1;
			pointOfNode.set(snap.node, p);
		}
		return p;
	});
	const keep = new Set(nodes);
	const compact = decodeCompact(encodeCompact(network.graph, keep));
	const compactOf = new Map([...compact.keptIds].map((id, i) => [id, compact.keptOf[i]!]));
	const n = nodes.length;
	const km10 = new Array<number>((n * (n - 1)) / 2).fill(-1);
	const min = new Array<number>((n * (n - 1)) / 2).fill(-1);
	for (let i = 0; i < n; i++) {
		const source = compactOf.get(nodes[i]!) ?? -1;
		if (source < 0) continue;
		const { s, m } = fastest(compact, source, -1, MAX_SPEED_MS);
		for (let j = i + 1; j < n; j++) {
			const target = compactOf.get(nodes[j]!) ?? -1;
			if (target < 0 || !Number.isFinite(s[target]!)) continue;
			km10[pairIndex(n, i, j)] = Math.round(m[target]! / 100);
			min[pairIndex(n, i, j)] = Math.max(1, Math.round(s[target]! / 60));
		}
	}
	return {
		v: ROAD_ARTEFACT_VERSION,
		attribution: ROAD_ATTRIBUTION,
		ids,
		point,
		snapM: ids.map((id) => Math.round(network.snapOf.get(id)?.distM ?? 0)),
		uncertaintyM: entries.map((e) => Math.round(e.uncertaintyM)),
		km10,
		min
	};
}
