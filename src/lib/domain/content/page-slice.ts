/**
 * The part of a language's bundle that one place page draws: the place, its routes and their
 * neighbouring stops, the relic site it is part of or the points it has, the services linked to
 * it or around it, the places and services near it.
 * The prerenderer embeds it in the page so a page opened from a QR code hydrates without the
 * whole-guide bundle; its size depends on the place's surroundings, not on the guide's size.
 * The full bundle follows when the browser is idle (src/main.ts). The home has a slice of its own
 * (`homePageSlice`): what its list and map draw of every place; so has a route page (`routePageSlice`):
 * its stops and the services "Around" each.
 */
import { isLocated, type Bundle, type Location, type Place, type Service } from './types.ts';
import { findPlace, findRoute, routesFor, servicesFor } from './lookup.ts';
import { nearPlace, neighbours } from '../places/nearby.ts';
import { AROUND_MAX_UNLINKED, aroundPlace } from '../services/around.ts';

/** Keeps the entries whose id is in `ids`, in the bundle's order (so every selector sorts alike). */
const keep = <T extends { id: string }>(all: readonly T[], ids: ReadonlySet<string>): T[] => all.filter((x) => ids.has(x.id));

/**
 * An entry the page only links to: its text and sources are left out (they are most of its
 * bytes and the page draws neither; the prerenderer checks that the page comes out the same).
 */
const lean = <T extends { html: string; sources: unknown[] }>(entry: T): T => ({ ...entry, html: '', sources: [] });

/** A position without how it is known (`source`: a sentence for the office that no page shows; a seventh of a slice in the real guide). */
const positionOnly = (l: Location): Location => (isLocated(l) ? { ...l, source: '' } : l);

/** A place as a list row, a marker and the map's card draw it: its name, kind, summary, position and hours, none of its page's text. */
function placeListed(p: Place): Place {
	const { border: _b, access: _a, ticketsNote: _t, hoursNote: _h, accessibilityNote: _n, season: _s, timeNeeded: _d, ...rest } = p;
	return { ...rest, location: positionOnly(p.location), aliases: [], html: '', sources: [], images: [] };
}

/** A place the page only names in a list (nearby, route neighbours, points of a site): its text left out. */
const placeLinkOnly = (p: Place): Place => ({ ...placeListed(p), summary: '' });

/**
 * A service the page only names in a list ("Around", "Nearby"): its name, kind, place and links,
 * nothing of what its own page says. Most of a slice at 10,000 places is such services.
 */
const linkOnly = (s: Service): Service => ({
	id: s.id,
	code: s.code,
	kind: s.kind,
	order: s.order,
	name: s.name,
	summary: '',
	aliases: [],
	html: '',
	untranslated: s.untranslated,
	places: s.places,
	...(s.location ? { location: positionOnly(s.location) } : {}),
	...(s.generic ? { generic: s.generic } : {}),
	contact: {},
	languages: [],
	hours: {},
	sources: [],
	checked: ''
});

/** The slice of `bundle` the page of place `placeId` needs, or null if there is no such place. */
export function placePageSlice(bundle: Bundle, placeId: string): Bundle | null {
	const place = findPlace(bundle, placeId);
	if (!place) return null;
	const routes = routesFor(bundle, placeId);
	const touches = (leg: { from: string; to: string }) => leg.from === placeId || leg.to === placeId;
	const near = nearPlace(place, bundle.places, bundle.services);
	const placeIds = new Set<string>([place.id, ...near.places.map((n) => n.item.id)]);
	// A special relic site lists its points; a point names the site it belongs to (RelicParts).
	if (place.partOf) placeIds.add(place.partOf);
	for (const p of bundle.places) if (p.partOf === place.id) placeIds.add(p.id);
	for (const route of routes) {
		const n = neighbours(route.stops, placeId);
		if (n.previous) placeIds.add(n.previous);
		if (n.next) placeIds.add(n.next);
	}
	const linked = new Set(servicesFor(bundle, placeId).map((s) => s.id));
	const serviceIds = new Set<string>([
		...linked,
		...near.services.map((n) => n.item.id),
		...aroundIds(place, bundle.services)
	]);
	return {
		lang: bundle.lang,
		version: bundle.version,
		site: bundle.site,
		places: keep<Place>(bundle.places, placeIds).map((p) => (p.id === placeId ? p : placeLinkOnly(p))),
		// Only the legs to and from this place: its "Getting there" draws them.
		routes: routes.map((r) => ({
			...lean(r),
			legs: r.legs.filter(touches),
			...(r.roadLegs ? { roadLegs: r.roadLegs.filter(touches) } : {})
		})),
		services: keep<Service>(bundle.services, serviceIds).map((s) => (linked.has(s.id) ? lean(s) : linkOnly(s))),
		pages: []
	};
}

/** The services "Around" a place lists, plus one per group: the page says there are more (AroundPlace) from the slice alone. */
const aroundIds = (place: Place, services: readonly Service[]): string[] =>
	aroundPlace(place, services, undefined, AROUND_MAX_UNLINKED + 1).flatMap((g) => g.items.map((i) => i.service.id));

/**
 * The slice of `bundle` the page of route `routeId` draws, or null if there is no such route: the route, its stops as
 * the list names them (with their positions, for the legs and "Around"), and the services "Around" each stop names.
 * Its size follows the route's length, not the guide's.
 */
export function routePageSlice(bundle: Bundle, routeId: string): Bundle | null {
	const route = findRoute(bundle, routeId);
	if (!route) return null;
	const stops = new Set(route.stops);
	const places = keep<Place>(bundle.places, stops);
	const serviceIds = new Set(places.flatMap((p) => aroundIds(p, bundle.services)));
	return {
		lang: bundle.lang,
		version: bundle.version,
		site: bundle.site,
		places: places.map(placeLinkOnly),
		routes: [route],
		services: keep<Service>(bundle.services, serviceIds).map(linkOnly),
		pages: []
	};
}

/**
 * The slice of `bundle` the home draws: every place as its list and map show it (a row with its summary, a marker, the
 * card), the routes without their text (the map draws their legs, the filter lists them), the services as the map's
 * services layer names them. The home reads no page's text, no source and no suggested trip: without them its slice
 * is a fifth of the bundle (gzip) in the real guide. Unlike a place page's slice it grows with the number of places
 * (the map draws them all): a sixth of the bundle at 10,000 places (docs/bench.md).
 */
export function homePageSlice(bundle: Bundle): Bundle {
	return {
		lang: bundle.lang,
		version: bundle.version,
		site: bundle.site,
		places: bundle.places.map(placeListed),
		routes: bundle.routes.map(lean),
		services: bundle.services.map(linkOnly),
		pages: []
	};
}
