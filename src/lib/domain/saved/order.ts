/** The orders saved places and visits are shown in. Dates are compared as instants. */
import type { SavedPlace, Visit } from './types.ts';
import { compareText } from '../format/compare.ts';

/** The most recently saved first, as a "recent" list reads. */
export function newestSavedFirst(saved: Iterable<SavedPlace>): SavedPlace[] {
	return [...saved].sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt) || compareText(a.placeId, b.placeId));
}

/** The first stamp first, as a passport fills up. */
export function visitsInOrder(visits: Iterable<Visit>): Visit[] {
	return [...visits].sort((a, b) => Date.parse(a.visitedAt) - Date.parse(b.visitedAt) || compareText(a.placeId, b.placeId));
}
