/**
 * Words for the kinds of places, across the guide's two languages (and the Tày–Nùng words in
 * Cao Bằng names), so "waterfall" finds "Thác …", "hang" finds "… Cave" and "núi" finds
 * "… Peak". An entry's kind word is read where each language puts it: first in a Vietnamese
 * name ("Thác Bản Giốc"), last in an English one ("Tiger Cave"); the other words of its group
 * are indexed beside it, with a low weight, so an entry that carries the typed word in its
 * own name still comes first.
 */
import { exactWord, foldedTerm } from './normalize.ts';

/** One group per kind: Vietnamese (with marks, as written first in a name), then English. */
export const KIND_GROUPS: { vi: string[]; en: string[] }[] = [
	{ vi: ['thác'], en: ['waterfall', 'falls', 'cascade'] },
	{ vi: ['hang', 'động', 'ngườm'], en: ['cave', 'grotto'] },
	{ vi: ['suối'], en: ['stream', 'creek', 'spring'] },
	{ vi: ['núi', 'phja', 'phia', 'đỉnh'], en: ['mountain', 'peak', 'hill'] },
	{ vi: ['đèo'], en: ['pass'] },
	{ vi: ['hồ'], en: ['lake'] },
	{ vi: ['sông'], en: ['river'] },
	{ vi: ['chợ'], en: ['market'] },
	{ vi: ['đền', 'chùa', 'miếu'], en: ['temple', 'pagoda', 'shrine'] },
	{ vi: ['làng', 'bản'], en: ['village', 'hamlet'] },
	{ vi: ['mỏ'], en: ['mine'] }
];

/** Entry kinds (content types) that name a group by themselves. */
const KIND_OF_ENTRY: Record<string, string> = { market: 'market' };

const byVi = new Map(KIND_GROUPS.flatMap((g) => g.vi.map((w) => [exactWord(w), g] as const)));
const byEn = new Map(KIND_GROUPS.flatMap((g) => g.en.map((w) => [foldedTerm(w), g] as const)));

/** The folded words of a group, as the index stores them. */
const groupTerms = (g: { vi: string[]; en: string[] }): string[] => [...g.vi, ...g.en].map(foldedTerm);

/** Words of the same kind as the entry, from its names and kind: what the `syn` field indexes. */
export function kindSynonyms(name: { vi: string; en: string }, kind: string): string[] {
	const groups = new Set<{ vi: string[]; en: string[] }>();
	const first = name.vi.trim().split(/\s+/)[0];
	const viGroup = first ? byVi.get(exactWord(first)) : undefined;
	if (viGroup) groups.add(viGroup);
	const last = name.en.trim().split(/\s+/).at(-1);
	const enGroup = last ? byEn.get(foldedTerm(last)) : undefined;
	if (enGroup) groups.add(enGroup);
	const fromKind = KIND_OF_ENTRY[kind];
	const kindGroup = fromKind ? byEn.get(fromKind) : undefined;
	if (kindGroup) groups.add(kindGroup);
	return [...new Set([...groups].flatMap(groupTerms))];
}
