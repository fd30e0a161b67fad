/**
 * The services layer of the home map and its list twin (issue 12): the same services, in the
 * same order, from one function, so that every marker on the map is also a link in the list.
 * Only services with a known position are drawn; the list says how many others exist.
 */
import type { FeatureCollection, Point } from 'geojson';
import { isLocated, type Service } from '../content/types.ts';
import { CHAIN_GROUPS, chainGroup, type ChainGroup } from './chain.ts';

export type MapService = { service: Service; group: ChainGroup; lat: number; lon: number; approx: boolean };

/** Located services, in the chain's order of groups, then by the content's order and name. */
export function mapServices(services: readonly Service[]): MapService[] {
	const rank = (g: ChainGroup) => CHAIN_GROUPS.indexOf(g);
	return services
		.flatMap((service) => {
			const loc = service.location;
			if (!loc || !isLocated(loc)) return [];
			const approx = loc.confidence === 'derived' || loc.confidence === 'commune-area' || loc.uncertaintyM > 250;
			return [{ service, group: chainGroup(service.kind), lat: loc.lat, lon: loc.lon, approx }];
		})
		.sort((a, b) => rank(a.group) - rank(b.group) || a.service.order - b.service.order || a.service.name.localeCompare(b.service.name));
}

export type ServiceFeatureProps = { id: string; name: string; kind: string; group: ChainGroup; approx: boolean };

export function serviceFeatures(items: readonly MapService[]): FeatureCollection<Point, ServiceFeatureProps> {
	return {
		type: 'FeatureCollection',
		features: items.map((m) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
			properties: { id: m.service.id, name: m.service.name, kind: m.service.kind, group: m.group, approx: m.approx }
		}))
	};
}
