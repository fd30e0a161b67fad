/**
 * The two locator maps a page needs, ready to inline in prerendered HTML: a place (its point or uncertainty circle
 * with the roads, villages and water around it) and a route (its line along the roads with numbered stops).
 * Call `loadLocatorData()` once per build and pass it to every map.
 */
import type { LonLat } from '../../src/lib/domain/roads/polyline';
import { renderStaticMap } from '../../src/lib/domain/static-map/render';
import { fitBox, type View } from '../../src/lib/domain/static-map/projection';
import { thin } from '../../src/lib/domain/static-map/clip';
import type { StaticMapData } from '../../src/lib/domain/static-map/types';
import { PROVINCE_BOUNDS } from '../../src/lib/domain/map/view';
import { selectForView, placeView, routeView, type LocatorData } from './locator-data';

/** Budget per map, gzip bytes (issue 10). */
export const LOCATOR_BUDGET_GZIP = 15 * 1024;

export type PlaceMapInput = { id: string; lon: number; lat: number; uncertaintyM: number; color: string; title: string };

export function renderPlaceMap(place: PlaceMapInput, data: LocatorData, units?: { km: string; m: string }): string {
	const view = placeView(place.lon, place.lat, place.uncertaintyM);
	return renderStaticMap({
		view,
		data: selectForView(data, view),
		overlay: { type: 'place', lon: place.lon, lat: place.lat, uncertaintyM: place.uncertaintyM, color: place.color },
		title: place.title,
		idPrefix: `map-${place.id}`,
		...(units ? { units } : {})
	});
}

export type RouteMapInput = {
	id: string;
	/** Lines along the roads, one per leg (tools/roads/route-legs.ts). */
	legs: LonLat[][];
	/** Located stops in route order; `n` is the number the page gives the stop. */
	stops: { lon: number; lat: number; n: number }[];
	color: string;
	title: string;
};

export function renderRouteMap(route: RouteMapInput, data: LocatorData, units?: { km: string; m: string }): string {
	const view = routeView([...route.legs.flat(), ...route.stops.map((s) => [s.lon, s.lat] as LonLat)]);
	return renderStaticMap({
		view,
		data: selectForView(data, view),
		overlay: { type: 'route', legs: route.legs, stops: route.stops, color: route.color },
		title: route.title,
		idPrefix: `map-${route.id}`,
		...(units ? { units } : {})
	});
}

/**
 * The province-wide picture rides in the home page's HTML (budget 26 KB gzip for the whole page), so it keeps what
 * reads at that scale: lines simplified to about 1.5 px, water areas wider than 4 px, rivers, the national and
 * provincial roads.
 */
function overviewData(data: StaticMapData, view: View): StaticMapData {
	const degPerPx = 360 / (256 * 2 ** view.zoom);
	const simplify = (line: readonly LonLat[]) => thin(line, 1.5 * degPerPx);
	const wide = (ring: readonly LonLat[]) => {
		const xs = ring.map((p) => p[0]);
		const ys = ring.map((p) => p[1]);
		return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) > 4 * degPerPx;
	};
	return {
		...data,
		roads: data.roads.filter((r) => r.cls === 'trunk' || r.cls === 'primary').map((r) => ({ ...r, coords: simplify(r.coords) })),
		waterAreas: data.waterAreas.filter((poly) => poly[0] && wide(poly[0])).map((poly) => poly.map(simplify)),
		waterways: data.waterways.filter((w) => w.cls === 'river').map((w) => ({ ...w, coords: simplify(w.coords) })),
		border: data.border?.map(simplify)
	};
}

/** The home page's overview frame: a phone's map box (the map fills the width, ~62% of the height). */
export const HOME_MAP_WIDTH = 390;
export const HOME_MAP_HEIGHT = 520;

export type HomeMapInput = { points: { lon: number; lat: number; color: string }[]; title: string };

/**
 * The province with every located place, painted in the home page's map box before MapLibre starts (issue 14). The
 * view fits the same box MapLibre fits first (PROVINCE_BOUNDS, 8 px padding), so the switch changes little; the
 * picture covers the box (`slice`) at any aspect, so nothing on the page moves.
 */
export function renderHomeMap(home: HomeMapInput, data: LocatorData, units?: { km: string; m: string }): string {
	const view = fitBox(PROVINCE_BOUNDS, HOME_MAP_WIDTH, HOME_MAP_HEIGHT, 8, 14);
	const svg = renderStaticMap({
		view,
		data: overviewData(selectForView(data, view), view),
		overlay: { type: 'points', points: home.points },
		title: home.title,
		idPrefix: 'map-home',
		...(units ? { units } : {})
	});
	return svg.replace('<svg ', '<svg preserveAspectRatio="xMidYMid slice" ');
}
