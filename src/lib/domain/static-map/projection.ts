/**
 * Web Mercator for the static maps: a view (centre and zoom, or a box to fit) on a frame of W×H pixels, with
 * 256-pixel tiles as on the live map, so "zoom 13" means the same scale in both.
 */
import type { LonLat } from '../roads/polyline';

export type View = { center: LonLat; zoom: number; width: number; height: number };
export type Projector = { view: View; project: (p: LonLat) => [number, number]; metresPerPixel: number };

const TILE = 256;

function world(p: LonLat, zoom: number): [number, number] {
	const size = TILE * 2 ** zoom;
	const sin = Math.sin((p[1] * Math.PI) / 180);
	return [((p[0] + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

export function createProjector(view: View): Projector {
	const [cx, cy] = world(view.center, view.zoom);
	const metresPerPixel = (40_075_016.686 * Math.cos((view.center[1] * Math.PI) / 180)) / (TILE * 2 ** view.zoom);
	return {
		view,
		metresPerPixel,
		project: (p) => {
			const [x, y] = world(p, view.zoom);
			return [x - cx + view.width / 2, y - cy + view.height / 2];
		}
	};
}

/** The view that shows the box [west, south, east, north] with `padding` pixels to spare, no closer than `maxZoom`. */
export function fitBox(box: [number, number, number, number], width: number, height: number, padding = 24, maxZoom = 14): View {
	const [w, s, e, n] = box;
	const [x0, y0] = world([w, n], 0);
	const [x1, y1] = world([e, s], 0);
	const scale = Math.min((width - 2 * padding) / Math.max(x1 - x0, 1e-9), (height - 2 * padding) / Math.max(y1 - y0, 1e-9));
	const zoom = Math.min(maxZoom, Math.floor(Math.log2(scale) * 4) / 4);
	return { center: [(w + e) / 2, (s + n) / 2], zoom, width, height };
}

/** Longitude/latitude box covered by a view, with `marginPx` extra on each side. */
export function viewBox(view: View, marginPx = 0): [number, number, number, number] {
	const size = TILE * 2 ** view.zoom;
	const [cx, cy] = world(view.center, view.zoom);
	const lon = (x: number) => (x / size) * 360 - 180;
	const lat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
	const dx = view.width / 2 + marginPx;
	const dy = view.height / 2 + marginPx;
	return [lon(cx - dx), lat(cy + dy), lon(cx + dx), lat(cy - dy)];
}
