/**
 * Ranking of search hits (search-index.ts finds and scores them): a whole name first, then
 * more exactly marked words, then score raised by how much of the name the query covers,
 * then nearer, then ref. Kept apart so the per-keystroke loop stays small and allocation-free.
 */
import { distanceM } from '../geo/distance.ts';
import type { StoredHit } from './index-format.ts';
import { foldedTerms } from './normalize.ts';
import { compareText } from '../format/compare.ts';

/** What the exact (marked) pass found for one document. */
export type ExactMatch = { count: number; score: number };

/** A hit with what ranking needs; turned into a search hit only if it makes the cut. */
export type Ranked = {
	ref: string;
	stored: StoredHit;
	score: number;
	/** The query is one of the entry's names, whole: it outranks every partial match. */
	whole: boolean;
	exactCount: number;
	distanceM?: number;
};

/** The folded words of an entry's Vietnamese and English names. */
export function nameTokens(name: StoredHit['name']): string[][] {
	return [foldedTerms(name.vi), foldedTerms(name.en)];
}

/** True when a word of one of the names starts with `prefix`. */
export function startsANameWord(names: readonly string[][], prefix: string): boolean {
	for (const tokens of names) {
		for (const t of tokens) if (t.startsWith(prefix)) return true;
	}
	return false;
}

/**
 * How much of an entry's name the query covers (0–1), in its better language: "ban gioc" is
 * most of "Thác Bản Giốc" but only part of "Bè mảng ở thác Bản Giốc", so the waterfall itself
 * comes before the services named after it.
 */
export function nameCoverage(names: readonly string[][], words: readonly string[]): number {
	let best = 0;
	for (const tokens of names) {
		if (tokens.length === 0) continue;
		let covered = 0;
		for (const tok of tokens) {
			for (const w of words) {
				if (tok.startsWith(w)) {
					covered += 1;
					break;
				}
			}
		}
		best = Math.max(best, covered / tokens.length);
	}
	return best;
}

/** The query, as ranking reads it. */
export type RankQuery = { words: readonly string[]; joined: string; near: { lat: number; lon: number } | undefined };

export function rank(
	ref: string,
	stored: StoredHit,
	names: readonly string[][],
	base: number,
	exact: ExactMatch | undefined,
	/** The query is one of its names or other names, whole (`nameLookupsOf` in search-index.ts). */
	whole: boolean,
	q: RankQuery
): Ranked {
	const ranked: Ranked = {
		ref,
		stored,
		score: base * (1 + nameCoverage(names, q.words)),
		whole,
		exactCount: exact?.count ?? 0
	};
	if (q.near && stored.lat !== undefined && stored.lon !== undefined) {
		ranked.distanceM = distanceM(q.near, { lat: stored.lat, lon: stored.lon });
	}
	return ranked;
}

/** Best first: a whole name, then more exactly matched marked words, then score, then nearer, then ref. */
export function compareRanked(a: Ranked, b: Ranked): number {
	if (a.whole !== b.whole) return a.whole ? -1 : 1;
	if (a.exactCount !== b.exactCount) return b.exactCount - a.exactCount;
	const tolerance = 1e-9 * Math.max(Math.abs(a.score), Math.abs(b.score));
	if (Math.abs(a.score - b.score) > tolerance) return b.score - a.score;
	if (a.distanceM !== b.distanceM) {
		if (a.distanceM === undefined) return 1;
		if (b.distanceM === undefined) return -1;
		return a.distanceM - b.distanceM;
	}
	return compareText(a.ref, b.ref);
}

/**
 * The best `limit` of `items`, best first, as a full sort would give them: one pass that keeps
 * the best so far, so ranking thousands of hits costs about one comparison each.
 */
export function best<T>(items: Iterable<T>, limit: number, compare: (a: T, b: T) => number): T[] {
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

/**
 * The k-th largest number (k ≥ 1, at most the count). One pass keeping the k largest in order: a short prefix
 * has up to 20,000 hits and k is the page's limit (20), where sorting them all was a twentieth of its time.
 */
export function kthLargest(values: readonly number[], k: number): number {
	const top: number[] = []; // the k largest so far, ascending
	for (const v of values) {
		if (top.length === k && v <= (top[0] as number)) continue;
		let at = 0;
		while (at < top.length && (top[at] as number) < v) at += 1;
		top.splice(at, 0, v);
		if (top.length > k) top.shift();
	}
	return top[0] as number;
}
