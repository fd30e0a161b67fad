/** Finding entries in a bundle. */
import type { Bundle, Page, Place, Route, Service } from './types.ts';

export function findPlace(bundle: Bundle, id: string): Place | undefined {
	return bundle.places.find((p) => p.id === id);
}
export function findRoute(bundle: Bundle, id: string): Route | undefined {
	return bundle.routes.find((r) => r.id === id);
}
export function findService(bundle: Bundle, id: string): Service | undefined {
	return bundle.services.find((s) => s.id === id);
}
export function findPage(bundle: Bundle, id: string): Page | undefined {
	return bundle.pages.find((p) => p.id === id);
}
/** Services linked to a place. */
export function servicesFor(bundle: Bundle, placeId: string): Service[] {
	return bundle.services.filter((s) => s.places.includes(placeId));
}
/** Routes a place is a stop of, in route order. */
export function routesFor(bundle: Bundle, placeId: string): Route[] {
	return bundle.routes.filter((r) => r.stops.includes(placeId));
}
