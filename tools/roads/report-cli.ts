/**
 * Prints the distance check (docs/roads.md) and the graph figures:
 *
 *     npx tsx tools/roads/report-cli.ts
 */
import { checkPublishedDistances, checkTable } from './distance-check.ts';
import { readLocatedEntries } from './located-entries.ts';
import { buildRoadNetwork } from './network.ts';
import { loadProvinceGraph } from './province-graph.ts';

const t0 = performance.now();
const base = loadProvinceGraph();
const t1 = performance.now();
const network = buildRoadNetwork(readLocatedEntries(), base);
const km = base.edges.reduce((s, e) => s + e.lengthM, 0) / 1000;
console.log(
	`Graph: ${base.nodes.length} nodes, ${base.edges.length} edges, ${Math.round(km)} km, ${base.snappedEnds} line ends joined; built in ${Math.round(t1 - t0)} ms\n`
);
console.log(checkTable(checkPublishedDistances(network)));
