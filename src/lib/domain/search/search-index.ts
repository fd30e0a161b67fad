/**
 * Full-text search over places, routes and services, in Vietnamese and English at once.
 * The index is built with MiniSearch at build time (`buildSearchIndex` in build-index.ts),
 * shipped as JSON and loaded in the browser (`loadSearchIndex`); queries run on engine.ts,
 * which scores as MiniSearch does but fast enough per keystroke at 10,000 entries, and hits
 * are ranked in rank.ts. No Node or DOM APIs.
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
 *   returned. Only the first 30 words of a longer query are searched. When there are still none, `suggest` (suggest.ts) proposes close spellings.
 */
import type { AsPlainObject } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { MAX_WORDS, popcount, SearchEngine, type EngineResult, type WordQuery } from './engine.ts';
import { BOOST, EXACT_FIELDS, FORMAT, FORMAT_VERSION, STRONG_FIELDS, type SearchDoc, type StoredHit } from './index-format.ts';
import { queryTerms, type QueryTerm } from './normalize.ts';
import {
	best,
	compareRanked,
	kthLargest,
	nameTokens,
	rank,
	startsANameWord,
	type ExactMatch,
	type RankQuery,
	type Ranked
} from './rank.ts';

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
	/** Document number → folded words of its names, filled as hits are ranked. */
	readonly names: (string[][] | undefined)[];
	/** What the ranking looks up by name (`nameLookupsOf`): built when the search is idle, or by the first search. */
	lookups: NameLookups | null;
};

export type NameLookups = {
	/**
	 * A whole name or other name (folded words joined by spaces) → the documents it names: one lookup per query
	 * tells which hits are whole-name matches, where testing each hit was a quarter of a short prefix's time at
	 * 10,000 entries.
	 */
	whole: Map<string, number[]>;
	/**
	 * Document number → the first letters (a–z, one bit each) of its names' folded words: "thác b" keeps the hits of
	 * "thác" with a name word starting with "b" by one test each, where reading their names was a fifth of such a
	 * keystroke's time at 10,000 entries.
	 */
	initials: Int32Array;
};

const DEFAULT_LIMIT = 20;
/** A whole-name hit's tier: above any count of exactly matched words (a query has at most MAX_WORDS). */
const WHOLE_TIER = 1_000;
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
	return { engine: new SearchEngine<StoredHit>(engine as AsPlainObject, 'hit'), vocabulary, names: [], lookups: null };
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

function toHit({ ref, stored, score, distanceM: distance }: Ranked): SearchHit {
	const hit: SearchHit = { ref, type: stored.type, id: stored.id, kind: stored.kind, name: stored.name, score };
	if (stored.commune !== undefined) hit.commune = stored.commune;
	if (distance !== undefined) hit.distanceM = distance;
	return hit;
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
	const q: RankQuery = { words, joined: words.join(' '), near: opts.near };
	const limit = opts.limit ?? DEFAULT_LIMIT;
	if (limit <= 0) return [];
	const { engine } = index;
	const hits: number[] = [];
	const bases: number[] = [];
	for (const i of keep) {
		const d = result.docs[i] as number;
		if (letter && !hasInitial(index, d, letter)) continue;
		hits.push(i);
		bases.push((result.score[i] as number) + (exact.get(d)?.score ?? 0));
	}
	// Hits rank by tier first (a whole name, then more exactly matched marked words: `compareRanked`), then by score,
	// which lies between a hit's base and twice it (name coverage is 0–1). So a hit can be skipped before ranking when
	// `limit` hits are sure to rank above it: those of higher tiers, and those of its own tier with a base at least
	// twice its own (`floors`). "đ" has 1,500 exactly marked hits at 10,000 entries: none of its 9,000 others is ranked.
	const whole = nameLookupsOf(index).whole.get(q.joined);
	const tiers = hits.map((i) => {
		const d = result.docs[i] as number;
		return (whole !== undefined && whole.includes(d) ? WHOLE_TIER : 0) + (exact.get(d)?.count ?? 0);
	});
	const floor = floors(tiers, bases, limit);
	const ranked: Ranked[] = [];
	for (let j = 0; j < hits.length; j += 1) {
		const tier = tiers[j] as number;
		const base = bases[j] as number;
		if (base < (floor.get(tier) as number)) continue;
		const d = result.docs[hits[j] as number] as number;
		ranked.push(rank(engine.ids[d] as string, engine.stored[d] as StoredHit, namesOf(index, d), base, exact.get(d), tier >= WHOLE_TIER, q));
	}
	return best(ranked, limit, compareRanked).map(toHit);
}

/**
 * Per tier, the base below which a hit of that tier cannot make the first `limit`: +Infinity when the higher tiers
 * fill them, half the base of the tier's n-th best when n more are needed (slightly less, for the tolerance of
 * `compareRanked`), else -Infinity.
 */
export function floors(tiers: readonly number[], bases: readonly number[], limit: number): Map<number, number> {
	const byTier = new Map<number, number[]>();
	tiers.forEach((t, j) => {
		const list = byTier.get(t);
		if (list) list.push(bases[j] as number);
		else byTier.set(t, [bases[j] as number]);
	});
	const out = new Map<number, number>();
	let above = 0;
	for (const t of [...byTier.keys()].sort((a, b) => b - a)) {
		const list = byTier.get(t) as number[];
		const need = limit - above;
		if (need <= 0) out.set(t, Infinity);
		else if (list.length > need) out.set(t, (kthLargest(list, need) / 2) * (1 - 1e-8));
		else out.set(t, -Infinity);
		above += list.length;
	}
	return out;
}

/**
 * Every document's whole names and other names (its names' folded words joined by spaces: folded words hold none, so
 * equal joined names are equal word lists; and its folded aliases), and the initials of its names' words. The query
 * ("tiger cave", "ban gioc") is a whole name of the documents listed under its own folded words joined the same way.
 */
export function nameLookupsOf(index: SearchIndex): NameLookups {
	if (index.lookups) return index.lookups;
	const byName = new Map<string, number[]>();
	const initials = new Int32Array(index.engine.stored.length);
	const add = (key: string, d: number) => {
		const docs = byName.get(key);
		if (!docs) byName.set(key, [d]);
		else if (docs.at(-1) !== d) docs.push(d);
	};
	index.engine.stored.forEach((stored, d) => {
		if (!stored) return;
		for (const tokens of namesOf(index, d)) {
			if (tokens.length > 0) add(tokens.join(' '), d);
			for (const t of tokens) initials[d] = (initials[d] as number) | initialBit(t);
		}
		for (const alias of stored.alias ?? []) add(alias, d);
	});
	index.lookups = { whole: byName, initials };
	return index.lookups;
}

/** The bit of a folded word's first letter a–z; 0 for another character (a digit). */
function initialBit(word: string): number {
	const c = word.charCodeAt(0) - 97;
	return c >= 0 && c < 26 ? 1 << c : 0;
}

/** Whether a name word of document `d` starts with the one folded character `letter`. */
function hasInitial(index: SearchIndex, d: number, letter: string): boolean {
	const bit = initialBit(letter);
	if (bit === 0) return startsANameWord(namesOf(index, d), letter);
	const mask = nameLookupsOf(index).initials[d] as number;
	return (mask & bit) !== 0;
}

/** Folded words of the names of document `d`, computed once per loaded index. */
function namesOf(index: SearchIndex, d: number): string[][] {
	let names = index.names[d];
	if (!names) {
		names = nameTokens((index.engine.stored[d] as StoredHit).name);
		index.names[d] = names;
	}
	return names;
}
