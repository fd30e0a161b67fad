/**
 * "Around <place>": the services of the visitor's chain near one place, grouped in the chain's
 * fixed order and sorted by an estimated road distance. Until road distances exist, the estimate
 * is the straight line times ROAD_FACTOR (mountain roads wind; 1.4 is the factor the guide
 * documents in docs/services.md). Pure: the component only draws what this returns.
 */
import type { Place, Service } from '../content/types.ts';
import { isLocated } from '../content/types.ts';
import { distanceM } from '../geo/distance.ts';
import { CHAIN_GROUPS, chainGroup, type ChainGroup } from './chain.ts';

/** Straight line to estimated road distance. */
export const ROAD_FACTOR = 1.4;
/** A located service this close counts as "around" even when it does not name the place. */
export const AROUND_RADIUS_M = 30_000;

export type AroundItem = {
	service: Service;
	/** Estimated road distance in metres; undefined when the service has no known location. */
	roadM?: number;
};
export type AroundGroup = { group: ChainGroup; items: AroundItem[] };

export function aroundPlace(place: Place, services: readonly Service[]): AroundGroup[] {
	const from = isLocated(place.location) ? place.location : undefined;
	const items: AroundItem[] = [];
	for (const service of services) {
		const linked = service.places.includes(place.id);
		const roadM = from && isLocated(service.location) ? distanceM(from, service.location) * ROAD_FACTOR : undefined;
		if (linked || (roadM !== undefined && roadM <= AROUND_RADIUS_M * ROAD_FACTOR)) items.push({ service, roadM });
	}
	// Known distances first, nearest first; then the rest in the content's order.
	const byDistance = (a: AroundItem, b: AroundItem) =>
		(a.roadM ?? Infinity) - (b.roadM ?? Infinity) || a.service.order - b.service.order || a.service.name.localeCompare(b.service.name);
	return CHAIN_GROUPS.map((group) => ({
		group,
		items: items.filter((i) => chainGroup(i.service.kind) === group).sort(byDistance)
	}));
}
