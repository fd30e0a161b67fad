/**
 * The map of one day on the printed sheet, drawn by the static map renderer (domain/static-map): the day's located
 * stops numbered in order and a line for each drive. A drive follows the roads where the roads file has a line for
 * that pair (the legs of the office's routes); otherwise it is a straight line, and `basis` says so, so the caption
 * can tell the reader. No basemap is drawn (the browser has none to hand): the map shows the shape of the day.
 */
import type { LonLat } from '../roads/polyline.ts';
import { fitBox } from '../static-map/projection.ts';
import { renderStaticMap } from '../static-map/render.ts';
import { MAP_COLORS } from '../static-map/tokens.ts';
import type { ScheduledDay } from './schedule.ts';

/** The line along the roads between two entries (by id), when one is known. */
export type RoadLine = (fromId: string, toId: string) => readonly LonLat[] | undefined;

export type DayMapShape = {
	stops: { lon: number; lat: number; n: number }[];
	legs: LonLat[][];
	/** How the drives are drawn: all along the roads, all straight, or some of each (null: no drive to draw). */
	basis: 'road' | 'straight' | 'mixed' | null;
};

export const DAY_MAP_SIZE = { width: 640, height: 360 } as const;

/** The stops (numbered as on the sheet, 1-based in the day) and drive lines of a day; null with no located stop. */
export function dayMapShape(day: ScheduledDay, lineOf: RoadLine): DayMapShape | null {
	const located = day.stops.flatMap((s, i) => (s.facts?.location ? [{ id: s.facts.id, n: i + 1, loc: s.facts.location }] : []));
	if (located.length === 0) return null;
	const legs: LonLat[][] = [];
	let road = 0;
	let straight = 0;
	for (let i = 1; i < located.length; i++) {
		const a = located[i - 1]!;
		const b = located[i]!;
		const line = lineOf(a.id, b.id);
		if (line && line.length > 1) {
			legs.push([...line]);
			road++;
		} else {
			legs.push([
				[a.loc.lon, a.loc.lat],
				[b.loc.lon, b.loc.lat]
			]);
			straight++;
		}
	}
	const basis = road + straight === 0 ? null : straight === 0 ? 'road' : road === 0 ? 'straight' : 'mixed';
	return { stops: located.map((s) => ({ lon: s.loc.lon, lat: s.loc.lat, n: s.n })), legs, basis };
}

/** The SVG of a day's map. `title` is its accessible name; `idPrefix` keeps ids unique when a sheet has several. */
export function renderDayMap(shape: DayMapShape, title: string, idPrefix: string, units?: { km: string; m: string }): string {
	const points = [...shape.legs.flat(), ...shape.stops.map((s) => [s.lon, s.lat] as LonLat)];
	const lons = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	// A single point (or stops very close together) still gets a view a few kilometres wide.
	const pad = 0.01;
	const box: [number, number, number, number] = [
		Math.min(...lons) - pad,
		Math.min(...lats) - pad,
		Math.max(...lons) + pad,
		Math.max(...lats) + pad
	];
	const { width, height } = DAY_MAP_SIZE;
	return renderStaticMap({
		view: fitBox(box, width, height, 28, 14),
		data: { roads: [], waterAreas: [], waterways: [], settlements: [], peaks: [] },
		overlay: { type: 'route', legs: shape.legs, stops: shape.stops, color: MAP_COLORS.route },
		title,
		idPrefix,
		...(units ? { units } : {})
	});
}
