/**
 * The query side of the search index, written for speed per keystroke at 10,000 entries.
 *
 * The index is still built by MiniSearch (build-index.ts) and shipped in its documented plain
 * form (`AsPlainObject`, serialisation version 2); this module reads that form and scores the
 * way MiniSearch 7 does — BM25 per field (k 1.2, b 0.7, d 0.5), field boosts, prefix matches
 * weighted 0.375 and typo matches 0.45 (shrinking with the distance), OR-combined by summing,
 * the sum multiplied by the number of distinct query words matched — so rankings stay as they
 * were. What it does differently, and why it is 10–50× faster (docs/bench.md):
 * - Documents are numbers and scores sit in typed arrays reused across queries; MiniSearch
 *   built a Map entry, a match object and a copy of the stored fields for every matching
 *   document, which at 10,000 places was most of the time and of the garbage.
 * - Each term's postings in each field, with their BM25 weight, are decoded once, on first
 *   use, into typed arrays: a later query only multiplies and adds.
 * - Which query words a document matched is a bit mask, not an array of strings.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { AsPlainObject } from 'minisearch';
import { compareText } from '../format/compare.ts';

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Words per query: one bit each in a 32-bit mask. */
export const MAX_WORDS = 30;

/** One way of matching a query word: in these fields, as a prefix or with typos or neither. */
export type MatchSpec = { fields: readonly string[]; prefix: boolean; maxDistance: number };

/** A query word and how it matches; each word is one bit in a hit's `mask`. */
export type WordQuery = { term: string; specs: readonly MatchSpec[] };

/** The documents a query matched, in no order; `score[i]` and `mask[i]` belong to `docs[i]`. */
export type EngineResult = {
	docs: number[];
	/** Score as MiniSearch gives it: summed weights × number of distinct words matched. */
	score: Float64Array;
	/** Bit i set: word i of the query matched. */
	mask: Int32Array;
};

type Postings = { docs: Int32Array; weight: Float64Array };
type TermData = Record<string, Record<string, number>>;

export class SearchEngine<Stored> {
	readonly count: number;
	/** Document number → its id and its stored fields. */
	readonly ids: string[];
	readonly stored: Stored[];
	/** Postings read since the index was loaded: the work searches did (tools/bench/search-bench.ts). */
	visited = 0;
	/** Term → term number. */
	private readonly numbers = new Map<string, number>();
	/** Fields (joined by commas) → a tree of the terms found in them, for typo matches. */
	private readonly fuzzyTrees = new Map<string, SearchableMap<number>>();
	/** Every term in code-unit order with its number: a prefix's terms are one run of it. */
	private readonly sorted: [string, number][] = [];
	private readonly data: TermData[] = [];
	/** Term number → field id → decoded postings (null: the term is not in that field). */
	private readonly decoded: ((Postings | null)[] | undefined)[] = [];
	private readonly fieldIds: Record<string, number>;
	private readonly fieldLength: number[][];
	private readonly avgFieldLength: number[];
	private readonly documentCount: number;
	private readonly score: Float64Array;
	private readonly mask: Int32Array;
	/** The documents the current search has touched, in `touched[0 … touchedCount)`. */
	private readonly touched: Int32Array;
	private touchedCount = 0;

	constructor(js: AsPlainObject, storedKey: string) {
		if (js.serializationVersion !== 2) throw new Error('Search index: unknown engine serialisation');
		this.count = js.nextId;
		this.documentCount = js.documentCount;
		this.fieldIds = js.fieldIds;
		this.avgFieldLength = js.averageFieldLength;
		this.ids = new Array<string>(this.count);
		this.stored = new Array<Stored>(this.count);
		this.fieldLength = new Array<number[]>(this.count);
		for (const [id, ref] of Object.entries(js.documentIds)) this.ids[Number(id)] = String(ref);
		for (const [id, fields] of Object.entries(js.storedFields)) {
			this.stored[Number(id)] = (fields as Record<string, Stored>)[storedKey] as Stored;
		}
		for (const [id, lengths] of Object.entries(js.fieldLength)) this.fieldLength[Number(id)] = lengths;
		js.index.forEach(([term, data], i) => {
			this.numbers.set(term, i);
			this.sorted.push([term, i]);
			this.data.push(data as unknown as TermData);
		});
		this.sorted.sort((a, b) => compareText(a[0], b[0]));
		this.score = new Float64Array(this.count);
		this.mask = new Int32Array(this.count);
		this.touched = new Int32Array(this.count);
	}

	/**
	 * The terms that occur in any of `fields`, as a tree for typo matches: typos are looked for
	 * among name-like words only, not among the many more words of the summaries.
	 */
	private fuzzyTree(fields: readonly number[]): SearchableMap<number> {
		const key = fields.join(',');
		let tree = this.fuzzyTrees.get(key);
		if (!tree) {
			tree = new SearchableMap<number>();
			for (const [term, t] of this.sorted) {
				const data = this.data[t];
				if (data && fields.some((f) => String(f) in data)) tree.set(term, t);
			}
			this.fuzzyTrees.set(key, tree);
		}
		return tree;
	}

	/** Position of the first term not before `word` in code-unit order. */
	private firstAtLeast(word: string): number {
		let [lo, hi] = [0, this.sorted.length];
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if ((this.sorted[mid] as [string, number])[0] < word) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Postings of term number `t` in field `fieldId`, with each document's BM25 weight. */
	private postings(t: number, fieldId: number): Postings | null {
		let fields = this.decoded[t];
		if (!fields) {
			fields = [];
			this.decoded[t] = fields;
		}
		const known = fields[fieldId];
		if (known !== undefined) return known;
		const freqs = this.data[t]?.[String(fieldId)];
		if (!freqs) {
			fields[fieldId] = null;
			return null;
		}
		const entries = Object.entries(freqs);
		const docs = new Int32Array(entries.length);
		const weight = new Float64Array(entries.length);
		const matching = entries.length;
		const avg = this.avgFieldLength[fieldId] ?? 1;
		const idf = Math.log(1 + (this.documentCount - matching + 0.5) / (matching + 0.5));
		entries.forEach(([doc, tf], i) => {
			const d = Number(doc);
			const length = this.fieldLength[d]?.[fieldId] ?? 0;
			docs[i] = d;
			weight[i] = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avg)));
		});
		const postings = { docs, weight };
		fields[fieldId] = postings;
		return postings;
	}

	/** Adds term number `t`, found for word `bit` with weight `termWeight`, in `fields`. */
	private add(t: number, termWeight: number, bit: number, fields: readonly number[], boosts: readonly number[]): void {
		fields.forEach((fieldId, f) => {
			const p = this.postings(t, fieldId);
			if (!p) return;
			const w = termWeight * (boosts[f] ?? 1);
			const { docs, weight } = p;
			this.visited += docs.length;
			for (let i = 0; i < docs.length; i += 1) {
				const d = docs[i] as number;
				if (this.mask[d] === 0) {
					this.touched[this.touchedCount] = d;
					this.touchedCount += 1;
				}
				this.score[d] = (this.score[d] as number) + w * (weight[i] as number);
				this.mask[d] = (this.mask[d] as number) | bit;
			}
		});
	}

	private run(word: string, spec: MatchSpec, bit: number, boost: Record<string, number>): void {
		const fields = spec.fields.flatMap((f) => (this.fieldIds[f] === undefined ? [] : [this.fieldIds[f]]));
		const boosts = spec.fields.flatMap((f) => (this.fieldIds[f] === undefined ? [] : [boost[f] ?? 1]));
		const exact = this.numbers.get(word);
		if (exact !== undefined) this.add(exact, 1, bit, fields, boosts);
		const fuzzy = spec.maxDistance > 0 ? this.fuzzyTree(fields).fuzzyGet(word, spec.maxDistance) : undefined;
		if (spec.prefix) {
			for (let i = this.firstAtLeast(word); i < this.sorted.length; i += 1) {
				const [term, t] = this.sorted[i] as [string, number];
				if (!term.startsWith(word)) break;
				const distance = term.length - word.length;
				if (distance === 0) continue;
				fuzzy?.delete(term);
				this.add(t, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance), bit, fields, boosts);
			}
		}
		if (fuzzy) {
			for (const [term, [t, distance]] of fuzzy) {
				if (distance === 0) continue;
				this.add(t, (FUZZY_WEIGHT * term.length) / (term.length + distance), bit, fields, boosts);
			}
		}
	}

	/** Scores every document that matches any word (OR). */
	search(words: readonly WordQuery[], boost: Record<string, number>): EngineResult {
		if (words.length > MAX_WORDS) throw new Error(`Search: more than ${MAX_WORDS} words`);
		this.touchedCount = 0;
		words.forEach((w, i) => {
			for (const spec of w.specs) this.run(w.term, spec, 1 << i, boost);
		});
		const touched = Array.from(this.touched.subarray(0, this.touchedCount));
		const score = new Float64Array(touched.length);
		const mask = new Int32Array(touched.length);
		touched.forEach((d, i) => {
			const m = this.mask[d] as number;
			score[i] = (this.score[d] as number) * popcount(m);
			mask[i] = m;
			this.score[d] = 0;
			this.mask[d] = 0;
		});
		return { docs: touched, score, mask };
	}
}

/** Number of bits set. */
export function popcount(x: number): number {
	let n = 0;
	for (let v = x; v !== 0; v &= v - 1) n += 1;
	return n;
}
