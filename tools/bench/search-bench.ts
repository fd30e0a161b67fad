/**
 * Search micro-benchmark: query latency (p50/p95), index build time and serialised size, on
 * (a) the 67 real places of seeds/facts/facts-pois.json and (b) 10,000 SYNTHETIC places whose
 * names are random combinations of real Vietnamese syllables taken from those places.
 * The synthetic set only stresses the engine: its names are not places and never ship.
 *
 *   npx tsx tools/bench/search-bench.ts        prints JSON
 *   npx tsx tools/bench/search-bench.ts --md   prints the docs/bench.md table
 *
 * Queries are replayed keystroke by keystroke ("b", "ba", "ban", "ban ", "ban g", …), as the
 * search box sends them. Timings depend on the machine; nothing asserts on them.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { factsToSearchDocs } from '../../tests/helpers/facts-docs.ts';
import { splitWords } from '../../src/lib/domain/search/normalize.ts';
import { buildSearchIndex } from '../../src/lib/domain/search/build-index.ts';
import { loadSearchIndex, searchDocs, type SearchDoc, type SearchIndex } from '../../src/lib/domain/search/search-index.ts';
import { suggest } from '../../src/lib/domain/search/suggest.ts';

const FACTS_PATH = fileURLToPath(new URL('../../seeds/facts/facts-pois.json', import.meta.url));
const SYNTHETIC_COUNT = 10_000;
const SEED = 20_251_123;

/** Queries a visitor could type, with and without marks, typos, English, prefixes. */
const QUERIES = [
	'bản giốc',
	'ban gioc waterfall',
	'ban gioic',
	'nguom ngao cave',
	'ngu om ngao',
	'angel eye',
	'mắt thần',
	'trà lĩnh',
	'quang uyen',
	'trường hà',
	'pac bo',
	'khuoi ki',
	'thang hen',
	'hạ lang',
	'làng',
	'chợ phiên',
	'tin mine',
	'kim đồng',
	'phja oac',
	'đèo mã phục'
];

export type LatencyStats = {
	runs: number;
	p50Ms: number;
	p95Ms: number;
	maxMs: number;
	/** The same percentiles in CPU time of this process: less disturbed by other work on the machine. */
	cpuP50Ms?: number;
	cpuP95Ms?: number;
};

export type IndexBench = {
	label: string;
	docs: number;
	buildMs: number;
	loadMs: number;
	serialisedBytes: number;
	gzipBytes: number;
	search: LatencyStats;
	/** Index postings read per keystroke (mean and largest): work, independent of the machine. */
	postingsPerKeystroke: { mean: number; max: number };
	/** The first keystroke after loading, before anything is decoded or cached ("t"). */
	firstKeystrokeMs: number;
	suggest: LatencyStats;
};

export type SearchBench = { node: string; keystrokesPerQuerySet: number; real: IndexBench; synthetic: IndexBench };

/** Every prefix of each query, as typed one key at a time. */
function keystrokes(queries: readonly string[]): string[] {
	return queries.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

function round(ms: number): number {
	return Math.round(ms * 1000) / 1000;
}

/** Times `fn` once per input after one warm-up pass; returns latency percentiles, wall and CPU. */
function measure(inputs: readonly string[], fn: (input: string) => unknown): LatencyStats {
	for (const input of inputs) fn(input);
	const wall: number[] = [];
	const cpu: number[] = [];
	for (const input of inputs) {
		const [start, cpuStart] = [performance.now(), process.cpuUsage()];
		fn(input);
		wall.push(performance.now() - start);
		const used = process.cpuUsage(cpuStart);
		cpu.push((used.user + used.system) / 1000);
	}
	wall.sort((a, b) => a - b);
	cpu.sort((a, b) => a - b);
	return {
		runs: wall.length,
		p50Ms: round(percentile(wall, 50)),
		p95Ms: round(percentile(wall, 95)),
		maxMs: round(percentile(wall, 100)),
		cpuP50Ms: round(percentile(cpu, 50)),
		cpuP95Ms: round(percentile(cpu, 95))
	};
}

/** Postings the engine reads per keystroke, typed in order. */
function postingsPerKeystroke(index: SearchIndex, inputs: readonly string[]): { mean: number; max: number } {
	const counts = inputs.map((input) => {
		const before = index.engine.visited;
		searchDocs(index, input, { limit: 20 });
		return index.engine.visited - before;
	});
	return { mean: Math.round(counts.reduce((a, b) => a + b, 0) / counts.length), max: Math.max(...counts) };
}

/** Builds, serialises, loads and queries one document set. */
function benchIndex(label: string, docs: SearchDoc[]): IndexBench {
	const buildStart = performance.now();
	const json = buildSearchIndex(docs);
	const buildMs = performance.now() - buildStart;
	const loadStart = performance.now();
	const index: SearchIndex = loadSearchIndex(json);
	const loadMs = performance.now() - loadStart;
	const firstStart = performance.now();
	searchDocs(index, 't', { limit: 20 });
	const firstKeystrokeMs = performance.now() - firstStart;
	return {
		label,
		docs: docs.length,
		buildMs: round(buildMs),
		loadMs: round(loadMs),
		serialisedBytes: Buffer.byteLength(json, 'utf8'),
		gzipBytes: gzipSync(json).length,
		search: measure(keystrokes(QUERIES), (q) => searchDocs(index, q, { limit: 20 })),
		postingsPerKeystroke: postingsPerKeystroke(index, keystrokes(QUERIES)),
		firstKeystrokeMs: round(firstKeystrokeMs),
		suggest: measure(['bna gioc', 'mat thna', 'thang hwn xyz', 'nguomm ngoa'], (q) => suggest(index, q))
	};
}

/** A small deterministic PRNG (mulberry32), so every run indexes the same synthetic set. */
export function createRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** Real syllables, capitalised, from the names, communes and districts of the real places. */
function syllablesOf(docs: readonly SearchDoc[]): string[] {
	const words = docs.flatMap((d) => [d.name.vi, ...d.aliases].flatMap(splitWords));
	const syllables = [...new Set(words)].filter((w) => /^\p{L}+$/u.test(w) && w.length <= 7);
	return syllables.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
}

/**
 * 10,000 SYNTHETIC places: a real kind word and two or three real syllables as the name, an
 * English name without marks, a commune-like alias and a 20–40 syllable summary, scattered
 * over the province's bounding box. Labelled `kind: 'synthetic'` and `synthetic-NNNNN`.
 */
export function syntheticDocs(real: readonly SearchDoc[], count = SYNTHETIC_COUNT, seed = SEED): SearchDoc[] {
	const random = createRandom(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
	const syllables = syllablesOf(real);
	const kinds = [
		['Hang', 'Cave'],
		['Thác', 'Waterfall'],
		['Làng', 'Village'],
		['Chợ', 'Market'],
		['Đèo', 'Pass'],
		['Hồ', 'Lake'],
		['Đền', 'Temple'],
		['Núi', 'Mountain']
	] as const;
	const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');
	return Array.from({ length: count }, (_, i) => {
		const [kindVi, kindEn] = pick(kinds);
		const core = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(syllables)).join(' ');
		const summary = Array.from({ length: 20 + Math.floor(random() * 21) }, () => pick(syllables).toLowerCase()).join(' ');
		const id = `synthetic-${String(i).padStart(5, '0')}`;
		return {
			ref: `place:${id}`,
			type: 'place',
			id,
			kind: 'synthetic',
			name: { vi: `${kindVi} ${core}`, en: `${fold(core)} ${kindEn}` },
			aliases: [`${pick(syllables)} ${pick(syllables)}`],
			commune: `${pick(syllables)} ${pick(syllables)}`,
			summary: { vi: summary, en: fold(summary) },
			lat: 22.3 + random() * 0.9,
			lon: 105.3 + random() * 1.5
		};
	});
}

/** Runs the whole benchmark. */
export function benchSearch(): SearchBench {
	const real = factsToSearchDocs(JSON.parse(readFileSync(FACTS_PATH, 'utf8')));
	return {
		node: process.version,
		keystrokesPerQuerySet: keystrokes(QUERIES).length,
		real: benchIndex('real: seeds/facts/facts-pois.json', real),
		synthetic: benchIndex(`SYNTHETIC: ${SYNTHETIC_COUNT} places from real syllables`, syntheticDocs(real))
	};
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number | undefined): string => (value === undefined ? '–' : `${value.toFixed(2)} ms`);

/** The search section of docs/bench.md (tools/bench.ts writes it; `--md` prints it alone). */
export function searchMarkdown(search: SearchBench): string[] {
	return [
		'| Index | Documents | Build | Load | Serialised (gzip) | p50 | p95 | p50 / p95 CPU | First keystroke | Postings read per keystroke (mean / max) | Keystrokes |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...[search.real, search.synthetic].map(
			(b) =>
				`| ${b.label} | ${b.docs} | ${b.buildMs.toFixed(0)} ms | ${b.loadMs.toFixed(0)} ms | ${kb(b.serialisedBytes)} (${kb(b.gzipBytes)}) | ${ms(b.search.p50Ms)} | ${ms(b.search.p95Ms)} | ${ms(b.search.cpuP50Ms)} / ${ms(b.search.cpuP95Ms)} | ${ms(b.firstKeystrokeMs)} | ${b.postingsPerKeystroke.mean} / ${b.postingsPerKeystroke.max} | ${b.search.runs} |`
		)
	];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const result = benchSearch();
	console.log(process.argv.includes('--md') ? searchMarkdown(result).join('\n') : JSON.stringify(result, null, 2));
}
