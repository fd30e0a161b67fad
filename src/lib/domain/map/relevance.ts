/**
 * The order places are shown in, on the map and in its list twin: by kind (geosites first,
 * services last, as PLACE_KINDS lists them), then by the editors' `order`, then by id.
 * One function, so the map's draw order and the list's reading order never drift apart.
 */
import { PLACE_KINDS, type Place, type PlaceKind } from '../content/types.ts';
import { compareText } from '../format/compare.ts';

const KIND_RANK = new Map<PlaceKind, number>(PLACE_KINDS.map((kind, i) => [kind, i]));

export function compareByRelevance(a: Place, b: Place): number {
	return (KIND_RANK.get(a.kind) ?? 99) - (KIND_RANK.get(b.kind) ?? 99) || a.order - b.order || compareText(a.id, b.id);
}

/** A sorted copy; the input is not changed. */
export function orderByRelevance(places: readonly Place[]): Place[] {
	return [...places].sort(compareByRelevance);
}

export type KindGroup = { kind: PlaceKind; places: Place[] };

/** Consecutive runs of one kind, in the order given (use on an ordered list); empty kinds are left out. */
export function groupByKind(places: readonly Place[]): KindGroup[] {
	const groups: KindGroup[] = [];
	for (const place of places) {
		const last = groups.at(-1);
		if (last?.kind === place.kind) last.places.push(place);
		else groups.push({ kind: place.kind, places: [place] });
	}
	return groups;
}
