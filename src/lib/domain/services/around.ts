/**
 * "Around <place>": the services of the visitor's chain near one place, grouped in the chain's
 * fixed order and sorted nearest first. Where both ends are on the road network the distance is
 * the road distance from the roads matrix (OpenStreetMap 2021, docs/roads.md); otherwise it is a
 * straight line, labelled as such, and sorted as the straight line times ROAD_FACTOR (mountain
 * roads wind; docs/services.md). Pure: the component only draws what this returns.
 */
import type { Place, Service } from '../content/types.ts';
import { isLocated } from '../content/types.ts';
import { distanceM } from '../geo/distance.ts';
import { CHAIN_GROUPS, chainGroup, type ChainGroup } from './chain.ts';

/** Straight line to estimated road distance, used for sorting where no road distance is known. */
export const ROAD_FACTOR = 1.4;
/** A located service this close in a straight line counts as "around" even when it does not name the place. */
export const AROUND_RADIUS_M = 30_000;

/** The port for road distances: `roads.reader?.roadBetween` in the app, a fake in tests. */
export type RoadLookup = (a: string, b: string) => { km: number; closerThanPositions: boolean } | null;

export type AroundDistance =
	/** By road, from the roads matrix; `closeBy` when the two are closer than their positions are known. */
	| { basis: 'road'; m: number; closeBy: boolean }
	/** In a straight line: one end is not on the road network (or the road file has not loaded). */
	| { basis: 'line'; m: number };

export type AroundItem = {
	service: Service;
	/** Undefined when the service (or the place) has no known location. */
	distance?: AroundDistance;
};
/** `more`: how many services of the group within reach are left out (beyond the nearest `maxUnlinked`). */
export type AroundGroup = { group: ChainGroup; items: AroundItem[]; more: number };

/**
 * Per group, the services that do not name the place are cut to the nearest few: a page lists
 * what a visitor can choose from, and its cost stays the same however many homestays the office
 * adds around a busy stop (a place page's slice was 28.7 KB at 10,000 places, uncut). Services
 * that name the place are always listed. The guide's own content has at most 8 per group.
 */
export const AROUND_MAX_UNLINKED = 6;

function distanceBetween(place: Place, service: Service, road: RoadLookup | undefined): AroundDistance | undefined {
	if (!isLocated(place.location) || !isLocated(service.location)) return undefined;
	const byRoad = road?.(place.id, service.id);
	if (byRoad) return { basis: 'road', m: byRoad.km * 1000, closeBy: byRoad.closerThanPositions };
	return { basis: 'line', m: distanceM(place.location, service.location) };
}

/** The distance used for ordering: a road distance as it is, a straight line times ROAD_FACTOR. */
export function sortKeyM(d: AroundDistance | undefined): number {
	if (!d) return Infinity;
	return d.basis === 'road' ? d.m : d.m * ROAD_FACTOR;
}

export function aroundPlace(
	place: Place,
	services: readonly Service[],
	road?: RoadLookup,
	maxUnlinked = AROUND_MAX_UNLINKED
): AroundGroup[] {
	const items: AroundItem[] = [];
	for (const service of services) {
		const linked = service.places.includes(place.id);
		const distance = distanceBetween(place, service, road);
		const line = isLocated(place.location) && isLocated(service.location) ? distanceM(place.location, service.location) : Infinity;
		if (linked || line <= AROUND_RADIUS_M) items.push(distance ? { service, distance } : { service });
	}
	// Known distances first, nearest first; then the rest in the content's order.
	const byDistance = (a: AroundItem, b: AroundItem) =>
		sortKeyM(a.distance) - sortKeyM(b.distance) || a.service.order - b.service.order || a.service.name.localeCompare(b.service.name);
	return CHAIN_GROUPS.map((group) => {
		const all = items.filter((i) => chainGroup(i.service.kind) === group).sort(byDistance);
		let unlinked = 0;
		const kept = all.filter((i) => i.service.places.includes(place.id) || unlinked++ < maxUnlinked);
		return { group, items: kept, more: all.length - kept.length };
	});
}
