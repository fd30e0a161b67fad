/**
 * Two strings in code-unit order, for sorting ids, slugs, refs and ISO dates (ASCII): the same order
 * as `localeCompare` gives them, without starting ICU's collator (its first use costs ≈ 70 ms at 4× CPU
 * slowdown, inside a page's hydration; docs/bench.md). Not for names people read.
 */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
