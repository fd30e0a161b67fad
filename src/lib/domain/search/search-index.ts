/**
 * Full-text search over places, routes and services, in Vietnamese and English at once.
 * Built on MiniSearch; the index is built at build time (`buildSearchIndex`), shipped as JSON
 * and loaded in the browser (`loadSearchIndex`). No Node or DOM APIs.
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
 *   returned. When there are still none, `suggest` proposes close spellings.
 */
import MiniSearch, { type AsPlainObject, type Options, type Query, type SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { distanceM } from '../geo/distance.ts';
import { exactTerms, foldedTerm, foldedTerms, hasMarks, joinedPairs, queryTerms, surfaceWords, type QueryTerm } from './normalize.ts';

export type SearchDocType = 'place' | 'route' | 'service';

/** One searchable entry, in both languages. */
export type SearchDoc = {
	/** Unique across types: `place:ban-gioc-waterfall`. */
	ref: string;
	type: SearchDocType;
	id: string;
	kind: string;
	name: { vi: string; en: string };
	/** Other names: exonyms, old spellings, former communes and districts. */
	aliases: string[];
	commune?: string;
	district?: string;
	summary: { vi: string; en: string };
	lat?: number;
	lon?: number;
};

/** One result, best first. `distanceM` is set when the search had `near` and the entry a position. */
export type SearchHit = {
	ref: string;
	type: SearchDocType;
	id: string;
	kind: string;
	name: { vi: string; en: string };
	commune?: string;
	score: number;
	distanceM?: number;
};

export type SearchDocsOptions = {
	/** Most hits to return; 20 by default. */
	limit?: number;
	/** Reference point: hits get `distanceM`, and equal scores are broken nearest first. */
	near?: { lat: number; lon: number };
};

/** What a hit carries without a lookup: stored in the index next to the terms. */
type StoredHit = Pick<SearchDoc, 'type' | 'id' | 'kind' | 'name' | 'commune' | 'lat' | 'lon'>;

/** A document as MiniSearch indexes it: every field is already a space-separated term list. */
type IndexedDoc = { ref: string; hit: StoredHit } & Record<Field, string>;

/** A loaded index. Treat as opaque: create it with `loadSearchIndex`. */
export type SearchIndex = {
	readonly engine: MiniSearch<IndexedDoc>;
	/** Folded name vocabulary → a spelling as written in the data (for suggestions). */
	readonly vocabulary: SearchableMap<string>;
};

const FORMAT = 'caobang-search-index';
const FORMAT_VERSION = 1;
const DEFAULT_LIMIT = 20;
const FIELDS = ['name', 'alias', 'area', 'joined', 'summary', 'nameX', 'aliasX', 'areaX'] as const;
type Field = (typeof FIELDS)[number];
const STRONG_FIELDS: Field[] = ['name', 'alias', 'area', 'joined'];
const EXACT_FIELDS: Field[] = ['nameX', 'aliasX', 'areaX'];
const BOOST: Record<Field, number> = {
	name: 6,
	alias: 3,
	joined: 3,
	area: 2,
	summary: 1,
	nameX: 6,
	aliasX: 3,
	areaX: 2
};
/** English words dropped from a query (never the last one, which may still be typed on). */
const STOP_WORDS = new Set(['of', 'and', 'at', 'for', 'with']);
/** Joined-word alternatives are tried for queries of up to this many words. */
const MAX_JOIN_TERMS = 4;

const splitSpaces = (text: string): string[] => text.split(' ').filter((t) => t !== '');
const asIs = (term: string): string => term;

const ENGINE_OPTIONS: Options<IndexedDoc> = {
	idField: 'ref',
	fields: [...FIELDS],
	storeFields: ['hit'],
	tokenize: splitSpaces,
	processTerm: asIs,
	searchOptions: { tokenize: splitSpaces, processTerm: asIs, boost: BOOST, maxFuzzy: 2 }
};

/** Typo tolerance: none below 4 letters, then about one edit per five letters. */
function fuzziness(term: string): number | false {
	return term.length < 4 ? false : 0.2;
}

function terms(texts: readonly (string | undefined)[], form: (text: string) => string[]): string {
	return texts.flatMap((t) => (t ? form(t) : [])).join(' ');
}

/** The area names of a document: commune and district. */
function areaTexts(doc: SearchDoc): (string | undefined)[] {
	return [doc.commune, doc.district];
}

/** Turns a document into pre-normalised fields (the engine only splits on spaces). */
function toIndexedDoc(doc: SearchDoc): IndexedDoc {
	const names = [doc.name.vi, doc.name.en];
	const short = [...names, ...doc.aliases, ...areaTexts(doc)];
	const hit: StoredHit = { type: doc.type, id: doc.id, kind: doc.kind, name: doc.name };
	if (doc.commune !== undefined) hit.commune = doc.commune;
	if (doc.lat !== undefined && doc.lon !== undefined) {
		hit.lat = doc.lat;
		hit.lon = doc.lon;
	}
	return {
		ref: doc.ref,
		hit,
		name: terms(names, foldedTerms),
		alias: terms(doc.aliases, foldedTerms),
		area: terms(areaTexts(doc), foldedTerms),
		joined: terms(short, (t) => joinedPairs(foldedTerms(t))),
		summary: terms([doc.summary.vi, doc.summary.en], foldedTerms),
		nameX: terms(names, exactTerms),
		aliasX: terms(doc.aliases, exactTerms),
		areaX: terms(areaTexts(doc), exactTerms)
	};
}

/**
 * Folded name words → one spelling as written, for suggestions. Vietnamese names are read
 * first, so "ban" shows as "Bản" rather than the English "Ban".
 */
function buildDisplayForms(docs: readonly SearchDoc[]): Record<string, string> {
	const passes: ((d: SearchDoc) => (string | undefined)[])[] = [
		(d) => [d.name.vi],
		(d) => [...d.aliases, ...areaTexts(d)],
		(d) => [d.name.en]
	];
	const forms: Record<string, string> = {};
	for (const pass of passes) {
		for (const word of docs.flatMap(pass).flatMap((t) => (t ? surfaceWords(t) : []))) {
			const key = foldedTerm(word);
			if (key !== '' && !(key in forms)) forms[key] = word;
		}
	}
	return forms;
}

/** Builds the serialised index (JSON) for `loadSearchIndex`. Throws on a duplicate `ref`. */
export function buildSearchIndex(docs: readonly SearchDoc[]): string {
	const seen = new Set<string>();
	for (const { ref } of docs) {
		if (seen.has(ref)) throw new Error(`Search index: duplicate ref "${ref}"`);
		seen.add(ref);
	}
	const engine = new MiniSearch<IndexedDoc>(ENGINE_OPTIONS);
	engine.addAll(docs.map(toIndexedDoc));
	const display = buildDisplayForms(docs);
	return JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, engine, display });
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
	return { engine: MiniSearch.loadJS(engine as AsPlainObject, ENGINE_OPTIONS), vocabulary };
}

/** One query word in the folded fields: fuzzy in the short fields, plain in the summary. */
function termQuery(term: string, isLast: boolean): Query {
	return {
		combineWith: 'OR',
		queries: [
			{ queries: [term], fields: STRONG_FIELDS, prefix: isLast, fuzzy: fuzziness(term) },
			{ queries: [term], fields: ['summary'], prefix: isLast && term.length >= 3, fuzzy: false }
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
function leafQueries(alternatives: readonly string[][]): Query[] {
	const isLast = new Map<string, boolean>();
	for (const alt of alternatives) {
		alt.forEach((w, i) => isLast.set(w, (isLast.get(w) ?? false) || i === alt.length - 1));
	}
	return [...isLast].map(([w, last]) => termQuery(w, last));
}

/**
 * Hits that match every word of the query, or of one of its joined variants. One OR search
 * scores all words at once, so a hit that also matches words of another variant (the split
 * and the joined form, say) scores higher; then the hits are kept by which words matched.
 * Long queries with no such hit fall back to hits that miss one word.
 */
function searchAll(index: SearchIndex, words: readonly string[]): SearchResult[] {
	const alternatives = wordAlternatives(words);
	const results = index.engine.search({ combineWith: 'OR', queries: leafQueries(alternatives) });
	const matchesAll = (r: SearchResult, alt: readonly string[]): boolean => alt.every((w) => r.queryTerms.includes(w));
	const full = results.filter((r) => alternatives.some((alt) => matchesAll(r, alt)));
	if (full.length > 0 || words.length < 3) return full;
	return results.filter((r) => words.filter((w) => r.queryTerms.includes(w)).length >= words.length - 1);
}

type ExactMatch = { count: number; score: number };

/** Matches the words the user typed with marks against the exact (marked) fields. */
function searchExact(index: SearchIndex, required: readonly QueryTerm[]): Map<string, ExactMatch> {
	const marked = required.flatMap((t, i) => (t.exact ? [{ exact: t.exact, isLast: i === required.length - 1 }] : []));
	const found = new Map<string, ExactMatch>();
	if (marked.length === 0) return found;
	const queries: Query[] = marked.map((t) => ({ queries: [t.exact], prefix: t.isLast, fuzzy: false }));
	for (const r of index.engine.search({ combineWith: 'OR', fields: EXACT_FIELDS, queries })) {
		found.set(String(r.id), { count: new Set(r.queryTerms).size, score: r.score });
	}
	return found;
}

/** Query words that must match: stop words go, unless they are all there is or the last. */
function requiredTerms(all: readonly QueryTerm[]): QueryTerm[] {
	const kept = all.filter((t, i) => i === all.length - 1 || t.exact !== undefined || !STOP_WORDS.has(t.folded));
	return kept.length > 0 ? kept : [...all];
}

/** A result with what ranking needs; turned into a hit only if it makes the cut. */
type Ranked = { result: SearchResult; stored: StoredHit; score: number; exactCount: number; distanceM?: number };

/**
 * How much of an entry's name the query covers (0–1), in its better language: "ban gioc" is
 * most of "Thác Bản Giốc" but only part of "Bè mảng ở thác Bản Giốc", so the waterfall itself
 * comes before the services named after it.
 */
export function nameCoverage(name: StoredHit['name'], words: readonly string[]): number {
	let best = 0;
	for (const n of [name.vi, name.en]) {
		const tokens = foldedTerms(n);
		if (tokens.length === 0) continue;
		const covered = tokens.filter((tok) => words.some((w) => tok === w || tok.startsWith(w))).length;
		best = Math.max(best, covered / tokens.length);
	}
	return best;
}

function rank(result: SearchResult, exact: ExactMatch | undefined, near: SearchDocsOptions['near'], words: readonly string[]): Ranked {
	const stored = result['hit'] as StoredHit;
	const base = result.score + (exact?.score ?? 0);
	const ranked: Ranked = { result, stored, score: base * (1 + nameCoverage(stored.name, words)), exactCount: exact?.count ?? 0 };
	if (near && stored.lat !== undefined && stored.lon !== undefined) {
		ranked.distanceM = distanceM(near, { lat: stored.lat, lon: stored.lon });
	}
	return ranked;
}

/** Best first: more exactly matched marked words, then score, then nearer, then ref. */
function compareRanked(a: Ranked, b: Ranked): number {
	if (a.exactCount !== b.exactCount) return b.exactCount - a.exactCount;
	const tolerance = 1e-9 * Math.max(Math.abs(a.score), Math.abs(b.score));
	if (Math.abs(a.score - b.score) > tolerance) return b.score - a.score;
	if (a.distanceM !== b.distanceM) {
		if (a.distanceM === undefined) return 1;
		if (b.distanceM === undefined) return -1;
		return a.distanceM - b.distanceM;
	}
	const [x, y] = [String(a.result.id), String(b.result.id)];
	return x < y ? -1 : x > y ? 1 : 0;
}

function toHit({ result, stored, score, distanceM: distance }: Ranked): SearchHit {
	const hit: SearchHit = { ref: String(result.id), type: stored.type, id: stored.id, kind: stored.kind, name: stored.name, score };
	if (stored.commune !== undefined) hit.commune = stored.commune;
	if (distance !== undefined) hit.distanceM = distance;
	return hit;
}

/** Searches the index; an empty or punctuation-only query gives no hits. */
export function searchDocs(index: SearchIndex, query: string, opts: SearchDocsOptions = {}): SearchHit[] {
	const required = requiredTerms(queryTerms(query));
	if (required.length === 0) return [];
	const results = searchAll(
		index,
		required.map((t) => t.folded)
	);
	const exact = searchExact(index, required);
	const words = required.map((t) => t.folded);
	const ranked = results.map((r) => rank(r, exact.get(String(r.id)), opts.near, words)).sort(compareRanked);
	return ranked.slice(0, opts.limit ?? DEFAULT_LIMIT).map(toHit);
}

type Candidate = { word: string; distance: number };

/** The word with each pair of neighbouring letters swapped: the commonest typing slip. */
function transpositions(word: string): string[] {
	const out: string[] = [];
	for (let i = 0; i + 1 < word.length; i += 1) {
		out.push(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
	}
	return out;
}

/** Spellings from the name vocabulary close to one folded query word, nearest first. */
function candidatesFor(index: SearchIndex, original: string, folded: string, isLast: boolean): Candidate[] {
	const { vocabulary } = index;
	const known = vocabulary.get(folded);
	if (known !== undefined) return [{ word: hasMarks(original) ? original : known, distance: 0 }];
	if (isLast && vocabulary.atPrefix(folded).size > 0) return [{ word: original, distance: 0 }];
	const found = new Map<string, number>();
	for (const swapped of transpositions(folded)) {
		const form = vocabulary.get(swapped);
		if (form !== undefined) found.set(form, 1);
	}
	const maxDistance = folded.length < 3 ? 0 : folded.length < 6 ? 1 : 2;
	if (maxDistance > 0) {
		for (const [form, distance] of vocabulary.fuzzyGet(folded, maxDistance).values()) {
			found.set(form, Math.min(distance, found.get(form) ?? distance));
		}
	}
	return [...found]
		.map(([word, distance]) => ({ word, distance }))
		.sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word, 'vi'))
		.slice(0, 3);
}

/** The best spelling of each word, then variants that change one word to its next best. */
function phrasesFrom(options: Candidate[][]): Candidate[][] {
	const best = options.map((o) => o[0]).filter((c): c is Candidate => c !== undefined);
	const phrases = [best];
	options.forEach((o, i) => {
		for (const alt of o.slice(1)) {
			phrases.push(options.map((p, j) => (j === i ? alt : p[0])).filter((c): c is Candidate => c !== undefined));
		}
	});
	return phrases;
}

/**
 * Close spellings for a query, as words from the names ("bna gioc" → "Bản Giốc"), for a
 * "did you mean" line when `searchDocs` finds nothing. Only spellings that find something
 * are returned, best first. Known words typed with marks stay as typed; other known words
 * take their spelling from the data; unknown words that have no close spelling are dropped.
 */
export function suggest(index: SearchIndex, query: string, limit = 5): string[] {
	const words = surfaceWords(query);
	const options = words.map((w, i) => candidatesFor(index, w, foldedTerm(w), i === words.length - 1));
	if (options.every((o) => o[0]?.distance === 0)) return [];
	const seen = new Set<string>([foldedQuery(query)]);
	const scored: { text: string; distance: number; score: number }[] = [];
	for (const phrase of phrasesFrom(options)) {
		const text = phrase.map((c) => c.word).join(' ');
		if (phrase.length === 0 || seen.has(foldedQuery(text))) continue;
		seen.add(foldedQuery(text));
		const top = searchDocs(index, text, { limit: 1 })[0];
		if (top) scored.push({ text, distance: phrase.reduce((sum, c) => sum + c.distance, 0), score: top.score });
	}
	scored.sort((a, b) => a.distance - b.distance || b.score - a.score);
	return scored.slice(0, limit).map((s) => s.text);
}

/** A query's folded words joined, to tell two spellings of the same query apart. */
function foldedQuery(text: string): string {
	return foldedTerms(text).join(' ');
}
