/**
 * Full-text search over places, routes and services, in Vietnamese and English at once.
 * Built on MiniSearch; the index is built at build time (`buildSearchIndex` in build-index.ts),
 * shipped as JSON and loaded in the browser (`loadSearchIndex`). No Node or DOM APIs.
 *
 * How a query is matched (see normalize.ts for the text forms):
 * - Every word must match (AND), each in any field: folded, so tone marks are optional and
 *   case does not matter. The last word is also matched as a prefix (search as you type);
 *   words of 4+ letters also match with one typo (two from 8 letters) in names, aliases and
 *   communes. The long summary field takes exact and prefix matches only, so a typo does
 *   not drag in every description that has a look-alike word.
 * - Neighbouring query words are also tried joined ("ngu om ngao" → "nguom ngao"), and
 *   documents index their name syllables joined in pairs ("bangioc"); a match of both the
 *   split and the joined form scores higher, which rewards words typed next to each other.
 *   A joined pair gets the typo tolerance of its own length, so "thang hne" still finds
 *   Thang Hen through "thanghen".
 * - Words typed with marks are matched a second time against exact (marked) fields. Hits
 *   that match more marked words exactly rank first, so "hạ lang" puts Hạ Lang above Hà …
 * - Fields weigh: name > aliases and joined name syllables > commune/district > summary.
 * - When no hit has every word and the query has three or more, hits missing one word are
 *   returned. When there are still none, `suggest` (suggest.ts) proposes close spellings.
 */
import type { AsPlainObject } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { distanceM } from '../geo/distance.ts';
import { MAX_WORDS, popcount, SearchEngine, type EngineResult, type WordQuery } from './engine.ts';
import { BOOST, EXACT_FIELDS, FORMAT, FORMAT_VERSION, STRONG_FIELDS, type SearchDoc, type StoredHit } from './index-format.ts';
import { foldedTerms, queryTerms, type QueryTerm } from './normalize.ts';

export type { SearchDoc, SearchDocType } from './index-format.ts';

/** One result, best first. `distanceM` is set when the search had `near` and the entry a position. */
export type SearchHit = Pick<SearchDoc, 'ref' | 'type' | 'id' | 'kind' | 'name' | 'commune'> & { score: number; distanceM?: number };

export type SearchDocsOptions = {
	/** Most hits to return; 20 by default. */
	limit?: number;
	/** Reference point: hits get `distanceM`, and equal scores are broken nearest first. */
	near?: { lat: number; lon: number };
};

/** A loaded index. Treat as opaque: create it with `loadSearchIndex`. */
export type SearchIndex = {
	readonly engine: SearchEngine<StoredHit>;
	/** Folded name vocabulary → a spelling as written in the data (for suggestions). */
	readonly vocabulary: SearchableMap<string>;
};

const DEFAULT_LIMIT = 20;
/** English words dropped from a query (never the last one, which may still be typed on). */
const STOP_WORDS = new Set(['of', 'and', 'at', 'for', 'with']);
/** Joined-word alternatives are tried for queries of up to this many words. */
const MAX_JOIN_TERMS = 4;

/** Typo tolerance: none below 4 letters, then about one edit per five letters. */
function fuzziness(term: string): number | false {
	return term.length < 4 ? false : 0.2;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Loads an index built by `buildSearchIndex`. Throws if the JSON is not such an index. */
export function loadSearchIndex(json: string): SearchIndex {
	const data: unknown = JSON.parse(json);
	if (!isRecord(data) || data['format'] !== FORMAT || data['version'] !== FORMAT_VERSION) {
		throw new Error(`Search index: not a ${FORMAT} v${FORMAT_VERSION} file; rebuild it`);
	}
	const { engine, display } = data;
	if (!isRecord(engine) || !isRecord(display)) throw new Error('Search index: missing engine or display forms');
	const vocabulary = new SearchableMap<string>();
	for (const [key, form] of Object.entries(display)) {
		if (typeof form === 'string') vocabulary.set(key, form);
	}
	return { engine: new SearchEngine<StoredHit>(engine as AsPlainObject, 'hit'), vocabulary };
}

/** Typo tolerance as MiniSearch counts it: fuzzy 0.2 of the length, at most two edits. */
function maxDistance(term: string): number {
	const fuzzy = fuzziness(term);
	return fuzzy === false ? 0 : Math.min(2, Math.round(term.length * fuzzy));
}

/** One query word in the folded fields: fuzzy in the short fields, plain in the summary. */
function termQuery(term: string, isLast: boolean): WordQuery {
	// A lone first letter matches the start of names only: as a prefix of every field it would
	// score most of a large guide on the first keystroke.
	if (term.length === 1) return { term, specs: [{ fields: ['name'], prefix: isLast, maxDistance: 0 }] };
	return {
		term,
		specs: [
			{ fields: STRONG_FIELDS, prefix: isLast, maxDistance: maxDistance(term) },
			{ fields: ['summary', 'syn'], prefix: isLast && term.length >= 3, maxDistance: 0 }
		]
	};
}

/** The query words, and the same words with each neighbouring pair joined into one. */
function wordAlternatives(words: readonly string[]): string[][] {
	const alternatives = [[...words]];
	if (words.length < 2 || words.length > MAX_JOIN_TERMS) return alternatives;
	for (let i = 0; i + 1 < words.length; i += 1) {
		alternatives.push([...words.slice(0, i), `${words[i]}${words[i + 1]}`, ...words.slice(i + 2)]);
	}
	return alternatives;
}

/** Each distinct word of the alternatives once, as a prefix when it ends its alternative. */
function leafQueries(alternatives: readonly string[][]): WordQuery[] {
	const isLast = new Map<string, boolean>();
	for (const alt of alternatives) {
		alt.forEach((w, i) => isLast.set(w, (isLast.get(w) ?? false) || i === alt.length - 1));
	}
	return [...isLast].map(([w, last]) => termQuery(w, last));
}

/** The bits of a set of words in the masks of a search for `leaves`. */
function maskOf(leaves: readonly WordQuery[], words: readonly string[]): number {
	return words.reduce((m, w) => m | (1 << leaves.findIndex((l) => l.term === w)), 0);
}

/** Positions (in `found.docs`) of the hits to keep. */
type Found = { result: EngineResult; keep: number[] };

/**
 * Hits that match every word of the query, or of one of its joined variants. One OR search
 * scores all words at once, so a hit that also matches words of another variant (the split
 * and the joined form, say) scores higher; then the hits are kept by which words matched.
 * Long queries with no such hit fall back to hits that miss one word.
 */
function searchAll(index: SearchIndex, words: readonly string[]): Found {
	const alternatives = wordAlternatives(words);
	const leaves = leafQueries(alternatives);
	const result = index.engine.search(leaves, BOOST);
	const wanted = alternatives.map((alt) => maskOf(leaves, alt));
	const keep: number[] = [];
	result.mask.forEach((m, i) => {
		if (wanted.some((w) => (m & w) === w)) keep.push(i);
	});
	if (keep.length > 0 || words.length < 3) return { result, keep };
	const bits = words.map((w) => maskOf(leaves, [w]));
	result.mask.forEach((m, i) => {
		if (bits.filter((b) => (m & b) !== 0).length >= words.length - 1) keep.push(i);
	});
	return { result, keep };
}

type ExactMatch = { count: number; score: number };

/** Matches the words the user typed with marks against the exact (marked) fields, by document. */
function searchExact(index: SearchIndex, required: readonly QueryTerm[]): Map<number, ExactMatch> {
	const marked = required.flatMap((t, i) => (t.exact ? [{ exact: t.exact, isLast: i === required.length - 1 }] : []));
	const found = new Map<number, ExactMatch>();
	if (marked.length === 0) return found;
	// Each distinct marked word once (a word typed twice counts once, as before); a lone marked
	// letter ("đ") is a prefix of name words only, as in termQuery.
	const leaves = new Map<string, WordQuery>();
	for (const t of marked) {
		const fields = t.exact.length === 1 ? ['nameX'] : EXACT_FIELDS;
		const spec = { fields, prefix: t.isLast, maxDistance: 0 };
		const known = leaves.get(t.exact);
		if (known) leaves.set(t.exact, { term: t.exact, specs: [...known.specs, spec] });
		else leaves.set(t.exact, { term: t.exact, specs: [spec] });
	}
	const { docs, score, mask } = index.engine.search([...leaves.values()], BOOST);
	docs.forEach((d, i) => found.set(d, { count: popcount(mask[i] ?? 0), score: score[i] ?? 0 }));
	return found;
}

/** Query words that must match: stop words go, unless they are all there is or the last. */
function requiredTerms(all: readonly QueryTerm[]): QueryTerm[] {
	const kept = all.filter((t, i) => i === all.length - 1 || t.exact !== undefined || !STOP_WORDS.has(t.folded));
	return kept.length > 0 ? kept : [...all];
}

/** A result with what ranking needs; turned into a hit only if it makes the cut. */
type Ranked = {
	ref: string;
	stored: StoredHit;
	score: number;
	/** The query is one of the entry's names, whole: it outranks every partial match. */
	whole: boolean;
	exactCount: number;
	distanceM?: number;
};

/** Folded words of each name of a hit, computed once per loaded hit (ranking runs per keystroke). */
const tokenCache = new WeakMap<StoredHit['name'], string[][]>();
function nameTokens(name: StoredHit['name']): string[][] {
	let tokens = tokenCache.get(name);
	if (!tokens) {
		tokens = [foldedTerms(name.vi), foldedTerms(name.en)];
		tokenCache.set(name, tokens);
	}
	return tokens;
}

/** True when a word of one of the hit's names starts with `prefix`. */
function startsANameWord(stored: StoredHit, prefix: string): boolean {
	return nameTokens(stored.name).some((tokens) => tokens.some((t) => t.startsWith(prefix)));
}

/** True when the query is a whole name or other name of the hit ("tiger cave", "ban gioc"). */
function isWholeName(stored: StoredHit, words: readonly string[], query: string): boolean {
	// Folded words hold no spaces, so equal word lists are equal joined names.
	const same = (tokens: string[]): boolean => tokens.length === words.length && tokens.every((t, i) => t === words[i]);
	return nameTokens(stored.name).some(same) || (stored.alias ?? []).includes(query);
}

/**
 * How much of an entry's name the query covers (0–1), in its better language: "ban gioc" is
 * most of "Thác Bản Giốc" but only part of "Bè mảng ở thác Bản Giốc", so the waterfall itself
 * comes before the services named after it.
 */
export function nameCoverage(name: StoredHit['name'], words: readonly string[]): number {
	let best = 0;
	for (const tokens of nameTokens(name)) {
		if (tokens.length === 0) continue;
		const covered = tokens.filter((tok) => words.some((w) => tok === w || tok.startsWith(w))).length;
		best = Math.max(best, covered / tokens.length);
	}
	return best;
}

function rank(
	ref: string,
	stored: StoredHit,
	score: number,
	exact: ExactMatch | undefined,
	near: SearchDocsOptions['near'],
	words: readonly string[],
	query: string
): Ranked {
	const base = score + (exact?.score ?? 0);
	const ranked: Ranked = {
		ref,
		stored,
		score: base * (1 + nameCoverage(stored.name, words)),
		whole: isWholeName(stored, words, query),
		exactCount: exact?.count ?? 0
	};
	if (near && stored.lat !== undefined && stored.lon !== undefined) {
		ranked.distanceM = distanceM(near, { lat: stored.lat, lon: stored.lon });
	}
	return ranked;
}

/** Best first: a whole name, then more exactly matched marked words, then score, then nearer, then ref. */
function compareRanked(a: Ranked, b: Ranked): number {
	if (a.whole !== b.whole) return a.whole ? -1 : 1;
	if (a.exactCount !== b.exactCount) return b.exactCount - a.exactCount;
	const tolerance = 1e-9 * Math.max(Math.abs(a.score), Math.abs(b.score));
	if (Math.abs(a.score - b.score) > tolerance) return b.score - a.score;
	if (a.distanceM !== b.distanceM) {
		if (a.distanceM === undefined) return 1;
		if (b.distanceM === undefined) return -1;
		return a.distanceM - b.distanceM;
	}
	const [x, y] = [a.ref, b.ref];
	return x < y ? -1 : x > y ? 1 : 0;
}

function toHit({ ref, stored, score, distanceM: distance }: Ranked): SearchHit {
	const hit: SearchHit = { ref, type: stored.type, id: stored.id, kind: stored.kind, name: stored.name, score };
	if (stored.commune !== undefined) hit.commune = stored.commune;
	if (distance !== undefined) hit.distanceM = distance;
	return hit;
}

/**
 * The best `limit` of `items`, best first, as a full sort would give them: one pass that keeps
 * the best so far, so ranking thousands of hits costs about one comparison each.
 */
function best<T>(items: Iterable<T>, limit: number, compare: (a: T, b: T) => number): T[] {
	const kept: T[] = [];
	for (const item of items) {
		if (kept.length === limit && compare(item, kept[limit - 1] as T) >= 0) continue;
		let at = kept.length;
		while (at > 0 && compare(item, kept[at - 1] as T) < 0) at -= 1;
		kept.splice(at, 0, item);
		if (kept.length > limit) kept.pop();
	}
	return kept;
}

/** Searches the index; an empty or punctuation-only query gives no hits. */
export function searchDocs(index: SearchIndex, query: string, opts: SearchDocsOptions = {}): SearchHit[] {
	const required = requiredTerms(queryTerms(query)).slice(0, MAX_WORDS);
	if (required.length === 0) return [];
	// A last word of one letter, after whole words ("thác b"), filters the hits of the words
	// before it by the start of a name word instead of searching every word that starts with it.
	const letter = required.length > 1 && required.at(-1)?.folded.length === 1 ? required.at(-1)?.folded : undefined;
	const searched = letter ? required.slice(0, -1) : required;
	const { result, keep } = searchAll(
		index,
		searched.map((t) => t.folded)
	);
	const exact = searchExact(index, required);
	const words = required.map((t) => t.folded);
	const joined = words.join(' ');
	const { engine } = index;
	function* ranked(): Generator<Ranked> {
		for (const i of keep) {
			const d = result.docs[i] as number;
			const stored = engine.stored[d] as StoredHit;
			if (letter && !startsANameWord(stored, letter)) continue;
			yield rank(engine.ids[d] as string, stored, result.score[i] as number, exact.get(d), opts.near, words, joined);
		}
	}
	return best(ranked(), opts.limit ?? DEFAULT_LIMIT, compareRanked).map(toHit);
}
