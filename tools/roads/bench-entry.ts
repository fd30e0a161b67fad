/**
 * Browser side of the road benchmark (bench-cli.ts bundles this for a test page): times the two offline options,
 * a matrix lookup and A* on the compact graph, over the same pairs, with whatever CPU slowdown the page runs under.
 */
import { createRoadReader } from '../../src/lib/domain/roads/road-reader.ts';
import { parseRoadArtefact } from '../../src/lib/domain/roads/road-artefact.ts';
import { MAX_SPEED_MS } from '../../src/lib/domain/roads/drive-time.ts';
import { decodeCompact, fastest } from './compact-graph.ts';

export type BenchInput = { artefact: unknown; compactBase64: string; idPairs: [string, string][]; nodePairs: [number, number][] };
export type BenchResult = { loadMatrixMs: number; matrixPerPairMs: number; loadGraphMs: number; astarMs: number[] };

export function runBench(input: BenchInput, now: () => number = () => performance.now()): BenchResult {
	let t = now();
	const reader = createRoadReader(parseRoadArtefact(input.artefact));
	const loadMatrixMs = now() - t;
	t = now();
	let sum = 0;
	for (let r = 0; r < 100; r++) for (const [a, b] of input.idPairs) sum += reader.roadBetween(a, b)?.km ?? 0;
	const matrixPerPairMs = (now() - t) / (100 * input.idPairs.length) + (sum < 0 ? 1 : 0);
	t = now();
	const bytes = Uint8Array.from(atob(input.compactBase64), (c) => c.charCodeAt(0));
	const graph = decodeCompact(bytes);
	const loadGraphMs = now() - t;
	const astarMs = input.nodePairs.map(([a, b]) => {
		const t0 = now();
		fastest(graph, a, b, MAX_SPEED_MS);
		return now() - t0;
	});
	return { loadMatrixMs, matrixPerPairMs, loadGraphMs, astarMs };
}
