/**
 * The part of a language's bundle that one place page draws: the place, its routes and their
 * neighbouring stops, the services linked to it or around it, the places and services near it.
 * The prerenderer embeds it in the page so a page opened from a QR code hydrates without the
 * whole-guide bundle; its size depends on the place's surroundings, not on the guide's size.
 * The full bundle follows when the browser is idle (src/main.ts).
 */
import type { Bundle, Place, Service } from './types.ts';
import { findPlace, routesFor, servicesFor } from './lookup.ts';
import { nearPlace, neighbours } from '../places/nearby.ts';
import { aroundPlace } from '../services/around.ts';

/** Keeps the entries whose id is in `ids`, in the bundle's order (so every selector sorts alike). */
const keep = <T extends { id: string }>(all: readonly T[], ids: ReadonlySet<string>): T[] => all.filter((x) => ids.has(x.id));

/**
 * An entry the page only links to: its text and sources are left out (they are most of its
 * bytes and the page draws neither; the prerenderer checks that the page comes out the same).
 */
const lean = <T extends { html: string; sources: unknown[] }>(entry: T): T => ({ ...entry, html: '', sources: [] });

/** The slice of `bundle` the page of place `placeId` needs, or null if there is no such place. */
export function placePageSlice(bundle: Bundle, placeId: string): Bundle | null {
	const place = findPlace(bundle, placeId);
	if (!place) return null;
	const routes = routesFor(bundle, placeId);
	const touches = (leg: { from: string; to: string }) => leg.from === placeId || leg.to === placeId;
	const near = nearPlace(place, bundle.places, bundle.services);
	const placeIds = new Set<string>([place.id, ...near.places.map((n) => n.item.id)]);
	for (const route of routes) {
		const n = neighbours(route.stops, placeId);
		if (n.previous) placeIds.add(n.previous);
		if (n.next) placeIds.add(n.next);
	}
	const serviceIds = new Set<string>([
		...servicesFor(bundle, placeId).map((s) => s.id),
		...near.services.map((n) => n.item.id),
		...aroundPlace(place, bundle.services).flatMap((g) => g.items.map((i) => i.service.id))
	]);
	return {
		lang: bundle.lang,
		version: bundle.version,
		site: bundle.site,
		places: keep<Place>(bundle.places, placeIds).map((p) => (p.id === placeId ? p : lean(p))),
		// Only the legs to and from this place: its "Getting there" draws them.
		routes: routes.map((r) => ({
			...lean(r),
			legs: r.legs.filter(touches),
			...(r.roadLegs ? { roadLegs: r.roadLegs.filter(touches) } : {})
		})),
		services: keep<Service>(bundle.services, serviceIds).map(lean),
		pages: []
	};
}
