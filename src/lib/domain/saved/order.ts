/** The orders saved places and visits are shown in. Dates are compared as instants. */
import type { SavedPlace, Visit } from './types.ts';

/** The most recently saved first, as a "recent" list reads. */
export function newestSavedFirst(saved: Iterable<SavedPlace>): SavedPlace[] {
	return [...saved].sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt) || byText(a.placeId, b.placeId));
}

/** The first stamp first, as a passport fills up. */
export function visitsInOrder(visits: Iterable<Visit>): Visit[] {
	return [...visits].sort((a, b) => Date.parse(a.visitedAt) - Date.parse(b.visitedAt) || byText(a.placeId, b.placeId));
}

/** Ids compared as plain text (ASCII slugs): `localeCompare` would start ICU's collator for nothing. */
function byText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
