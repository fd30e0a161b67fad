/**
 * "Did you mean": close spellings for a query that found nothing, taken from the words of the
 * names in the index, and kept only when they do find something.
 */
import { foldedTerm, foldedTerms, hasMarks, surfaceWords } from './normalize.ts';
import { searchDocs, type SearchIndex } from './search-index.ts';

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
