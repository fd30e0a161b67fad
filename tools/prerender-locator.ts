/**
 * Locator maps in prerendered pages: each place page (with a position) and route page gets a small SVG map drawn at
 * build time (tools/static-map), with a caption, inside the empty `data-locator-map` element its view renders
 * (src/lib/ui/common/LocatorMap.svelte). So the map is in the HTML: it reads with no JavaScript and prints, and the
 * bundles stay as they are. The app hydrates around it and leaves it alone.
 */
import type { Bundle } from '../src/lib/domain/content/types.ts';
import { isLocated } from '../src/lib/domain/content/types.ts';
import type { Screen } from '../src/lib/domain/routing/url.ts';
import { KIND_COLORS } from '../src/lib/domain/static-map/tokens.ts';
import { loadLocatorData, type LocatorData } from './static-map/locator-data.ts';
import { renderHomeMap, renderPlaceMap, renderRouteMap } from './static-map/locator-maps.ts';

export type Captions = { place: string; route: string };

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The marker a view renders empty; Svelte may add its scoping class. */
const MARKER = /(<div\b[^>]*\bdata-locator-map="([^"]+)"[^>]*>)(<\/div>)/;

/** The SVG of a screen's locator map, or null when it has none (not a place or route, or nothing to draw). */
/** A route leg's line along the roads, from the roads file (absent without road data). */
export type LegLine = (from: string, to: string) => [number, number][] | undefined;

export function locatorSvg(screen: Screen, bundle: Bundle, data: LocatorData, lineOf: LegLine = () => undefined): string | null {
	if (screen.name === 'place') {
		const place = bundle.places.find((p) => p.id === screen.id);
		if (!place || !isLocated(place.location)) return null;
		const { lon, lat, uncertaintyM } = place.location;
		return renderPlaceMap({ id: place.id, lon, lat, uncertaintyM, color: KIND_COLORS[place.kind], title: place.name }, data);
	}
	if (screen.name === 'home') {
		const points = bundle.places.flatMap((p) =>
			isLocated(p.location) ? [{ lon: p.location.lon, lat: p.location.lat, color: KIND_COLORS[p.kind] }] : []
		);
		return renderHomeMap({ points, title: bundle.site.title }, data);
	}
	if (screen.name === 'route') {
		const route = bundle.routes.find((r) => r.id === screen.id);
		if (!route?.roadLegs?.length) return null;
		const byId = new Map(bundle.places.map((p) => [p.id, p]));
		const stops = route.stops.flatMap((id, i) => {
			const loc = byId.get(id)?.location;
			return isLocated(loc) ? [{ lon: loc.lon, lat: loc.lat, n: i + 1 }] : [];
		});
		const legs = route.roadLegs.flatMap((l) => {
			const line = lineOf(l.from, l.to);
			return line ? [line] : [];
		});
		return renderRouteMap({ id: route.id, legs, stops, color: route.color, title: route.name }, data);
	}
	return null;
}

/** Puts a figure with the map and its caption into the page's marker; the page is returned unchanged without one. */
export function insertLocatorMap(html: string, svg: string | null, caption: string): string {
	if (!svg) return html;
	return html.replace(
		MARKER,
		(_all, open: string, _id: string, close: string) =>
			`${open}<figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>${close}`
	);
}

/** Puts the home page's overview map, bare, into its marker. */
export function insertHomeMap(html: string, svg: string | null): string {
	return svg ? html.replace(MARKER, (_all, open: string, _id: string, close: string) => `${open}${svg}${close}`) : html;
}

/** One locator step per build: loads the map data once, then fills each page's marker. */
export function createLocatorStep(lineOf?: LegLine): (html: string, screen: Screen, bundle: Bundle, captions: Captions) => string {
	let data: LocatorData | null = null;
	return (html, screen, bundle, captions) => {
		if (!MARKER.test(html)) return html;
		data ??= loadLocatorData();
		const name = screen.name === 'place' ? bundle.places.find((p) => p.id === screen.id)?.name : undefined;
		// The home map fills its box with no caption: the list below it is its text twin.
		if (screen.name === 'home') return insertHomeMap(html, locatorSvg(screen, bundle, data, lineOf));
		const caption = screen.name === 'route' ? captions.route : captions.place.replace('{{name}}', name ?? '');
		return insertLocatorMap(html, locatorSvg(screen, bundle, data, lineOf), caption);
	};
}
