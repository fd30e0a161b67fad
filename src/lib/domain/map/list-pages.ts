/**
 * The map's list twin at any size of guide (issue 14): each group shows its first rows and a
 * "Show more" button, so a guide of 10,000 places does not put 10,000 rows in the page (the
 * style and layout of such a list kept a phone busy for tens of seconds before the map could
 * start). The map itself still draws every place; the list reaches each of them, a page at a time.
 */
import type { KindGroup } from './relevance.ts';
import type { PlaceKind } from '../content/types.ts';

/** Rows each "Show more" adds: above the largest group of the real guide (46), so one tap lists a whole kind. */
export const LIST_PAGE = 50;

/**
 * Rows each kind of the home's list shows at first. The home's list was every place of the guide (95
 * rows with their summaries, 58 KB of the page): laying it out and hydrating it were most of the
 * home's blocking time on a phone (Lighthouse TBT, median of 9 paired runs: 466 ms with every row,
 * 285 ms with 12 per kind). The most relevant places of each kind come first (domain/map/relevance.ts).
 */
export const LIST_FIRST = 12;

export type ListPage<T> = {
	/** The rows shown. */
	items: T[];
	/** Rows left out after them (0: the whole list is shown). */
	hidden: number;
};

/**
 * The first `limit` items (at least one page), widened to reach the item at `keep` when it lies beyond (a
 * place selected on the map is always in its list).
 */
export function firstRows<T>(items: readonly T[], limit: number = LIST_PAGE, keep = -1): ListPage<T> {
	const count = Math.min(items.length, Math.max(1, Math.floor(limit) || LIST_PAGE, keep + 1));
	return { items: items.slice(0, count), hidden: items.length - count };
}

export type PagedGroup = KindGroup & { hidden: number };

/** Rows each kind shows, as asked by "Show more"; a kind not named shows LIST_FIRST. */
export type RowLimits = Readonly<Partial<Record<PlaceKind, number>>>;

/** Each group cut to its limit, keeping the selected place (if any) in its group's rows. */
export function pageGroups(groups: readonly KindGroup[], limits: RowLimits, selectedId?: string): PagedGroup[] {
	return groups.map((group) => {
		const keep = selectedId === undefined ? -1 : group.places.findIndex((p) => p.id === selectedId);
		const page = firstRows(group.places, limits[group.kind] ?? LIST_FIRST, keep);
		return { kind: group.kind, places: page.items, hidden: page.hidden };
	});
}

/** The limits after "Show more" on `kind`, whose group shows `shown` rows now: one page more. */
export function showMore(limits: RowLimits, kind: PlaceKind, shown: number): RowLimits {
	return { ...limits, [kind]: shown + LIST_PAGE };
}
