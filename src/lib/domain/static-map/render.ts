/**
 * Draws a small static locator map as an SVG string (no DOM, no JavaScript in the page): land, water, roads by
 * class with casings, villages, peaks and route numbers from OpenStreetMap, then a place (its point or its
 * uncertainty circle) or a route (its line along the roads and numbered stops), a scale bar and the attribution.
 * Used at build time for place and route pages, and by the itinerary print view. Budget: 15 KB gzip.
 */
import { ROAD_CLASSES, type RoadClass } from '../roads/road-class';
import type { LonLat } from '../roads/polyline';
import { clipLine, clipRing, pathData, thin, type Px, type Rect } from './clip';
import { LabelPlacer, escapeXml, estimateTextWidth, type PlacedText } from './labels';
import { createProjector, type Projector } from './projection';
import { ATTRIBUTION, FONT_FAMILY, MAP_COLORS, ROAD_STYLES } from './tokens';
import type { MapSettlement, PlaceOverlay, PointsOverlay, RouteOverlay, StaticMapInput } from './types';

export const LAYER_IDS = ['land', 'water', 'roads', 'boundary', 'overlay', 'labels', 'scale', 'attribution'] as const;

/** The least important road class drawn at a zoom: everything at street zoom, fewer as the map zooms out. */
export function roadClassesAt(zoom: number): readonly RoadClass[] {
	if (zoom >= 13) return ROAD_CLASSES;
	if (zoom >= 12) return ROAD_CLASSES.slice(0, 6);
	if (zoom >= 11) return ROAD_CLASSES.slice(0, 5);
	if (zoom >= 9.5) return ROAD_CLASSES.slice(0, 4);
	return ROAD_CLASSES.slice(0, 3);
}

const SETTLEMENT_RANK: Record<string, number> = { city: 0, town: 1, suburb: 2, village: 3, hamlet: 4, neighbourhood: 5 };
const WATER_TEXT = '#2b5d87';
/** Route shields for Vietnamese numbers only (QL, ĐT, ĐH); Chinese G/S/X numbers stay unlabelled. */
const VIETNAMESE_REF = /^(QL|ĐT|ĐH)/;
const TOLERANCE_PX = 0.7;

export function renderStaticMap(input: StaticMapInput): string {
	const { view, data } = input;
	const { width: W, height: H } = view;
	const id = (layer: string) => `${input.idPrefix ?? 'sm'}-${layer}`;
	const projector = createProjector(view);
	const clipRect: Rect = { x0: -8, y0: -8, x1: W + 8, y1: H + 8 };
	const project = (coords: readonly LonLat[]) => coords.map(projector.project);
	const lines = (coords: readonly LonLat[]) => clipLine(project(coords), clipRect).map((p) => thin(p, TOLERANCE_PX));
	const placer = new LabelPlacer({ x0: 2, y0: 2, x1: W - 2, y1: H - 2 });
	const out: string[] = [];
	const g = (layer: string, attrs: string, body: string) => out.push(`<g id="${id(layer)}"${attrs}>${body}</g>`);

	g('land', '', `<rect width="${W}" height="${H}" fill="${MAP_COLORS.land}"/>`);

	const areas = data.waterAreas.flatMap((polygon) =>
		polygon.map((ring) => thin(clipRing(project(ring), clipRect), TOLERANCE_PX)).filter((r) => r.length > 2)
	);
	const rivers = data.waterways.filter((w) => w.cls === 'river' || view.zoom >= 12);
	const riverD = (cls: string) => pathData(rivers.filter((w) => (w.cls === 'river') === (cls === 'river')).flatMap((w) => lines(w.coords)));
	g(
		'water',
		' fill="none" stroke-linecap="round" stroke-linejoin="round"',
		`<path d="${pathData(areas, true)}" fill="${MAP_COLORS.water}" fill-rule="evenodd"/>` +
			`<path d="${riverD('river')}" stroke="${MAP_COLORS.river}" stroke-width="${view.zoom >= 12 ? 2.5 : 1.6}"/>` +
			`<path d="${riverD('stream')}" stroke="${MAP_COLORS.river}" stroke-width="1"/>`
	);

	const shown = roadClassesAt(view.zoom);
	const roadParts = new Map<RoadClass, Px[][]>();
	for (const road of data.roads) {
		if (!shown.includes(road.cls)) continue;
		const list = roadParts.get(road.cls) ?? [];
		list.push(...lines(road.coords));
		roadParts.set(road.cls, list);
	}
	const order = [...shown].reverse();
	const scale = view.zoom >= 13 ? 1 : view.zoom >= 11 ? 0.8 : 0.65;
	const casings = order
		.filter((c) => ROAD_STYLES[c].casingWidth > 0 && roadParts.get(c)?.length)
		.map(
			(c) =>
				`<path d="${pathData(roadParts.get(c)!)}" stroke="${ROAD_STYLES[c].casing}" stroke-width="${ROAD_STYLES[c].casingWidth * scale}"/>`
		);
	const fills = order
		.filter((c) => roadParts.get(c)?.length)
		.map((c) => {
			const s = ROAD_STYLES[c];
			return `<path d="${pathData(roadParts.get(c)!)}" stroke="${s.fill}" stroke-width="${s.width * scale}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`;
		});
	g('roads', ' fill="none" stroke-linecap="round" stroke-linejoin="round"', casings.join('') + fills.join(''));

	const borderD = pathData((data.border ?? []).flatMap((l) => lines(l)));
	g(
		'boundary',
		' fill="none"',
		borderD ? `<path d="${borderD}" stroke="${MAP_COLORS.border}" stroke-width="1.5" stroke-dasharray="6 3"/>` : ''
	);

	// Marks that labels keep clear of: the attribution, the scale bar, the overlay's markers.
	const attributionSize = 9;
	const attributionWidth = Math.ceil(estimateAttribution(attributionSize));
	placer.block({ x0: W - attributionWidth - 6, y0: H - attributionSize - 6, x1: W, y1: H });
	placer.block({ x0: 0, y0: H - 24, x1: 140, y1: H });
	const overlay = input.overlay ? renderOverlay(input.overlay, projector, placer) : '';
	g('overlay', '', overlay);

	g(
		'labels',
		` font-family="${FONT_FAMILY}" paint-order="stroke" stroke="${MAP_COLORS.textHalo}" stroke-width="3" stroke-linejoin="round"`,
		renderLabels(input, projector, placer, roadParts)
	);
	g('scale', ` font-family="${FONT_FAMILY}"`, renderScale(projector, H, input.units ?? { km: 'km', m: 'm' }));
	g(
		'attribution',
		` font-family="${FONT_FAMILY}"`,
		`<rect x="${W - attributionWidth - 6}" y="${H - attributionSize - 6}" width="${attributionWidth + 6}" height="${attributionSize + 6}" fill="#ffffff" fill-opacity="0.8"/>` +
			`<text x="${W - 3}" y="${H - 4}" font-size="${attributionSize}" text-anchor="end" fill="${MAP_COLORS.text}">${escapeXml(ATTRIBUTION)}</text>`
	);

	const title = escapeXml(input.title);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${title}">` +
		`<title>${title}</title>${out.join('')}</svg>`
	);
}

function estimateAttribution(size: number): number {
	return ATTRIBUTION.length * size * 0.55;
}

function renderOverlay(overlay: PlaceOverlay | RouteOverlay | PointsOverlay, projector: Projector, placer: LabelPlacer): string {
	if (overlay.type === 'points') return renderPoints(overlay, projector);
	if (overlay.type === 'place') {
		const [x, y] = projector.project([overlay.lon, overlay.lat]);
		const r = overlay.uncertaintyM / projector.metresPerPixel;
		placer.block({ x0: x - 9, y0: y - 9, x1: x + 9, y1: y + 9 });
		const circle =
			r > 10
				? `<circle cx="${round(x)}" cy="${round(y)}" r="${round(r)}" fill="${overlay.color}" fill-opacity="0.14" stroke="${overlay.color}" stroke-width="1.5" stroke-dasharray="5 3"/>`
				: '';
		return `${circle}<circle cx="${round(x)}" cy="${round(y)}" r="7" fill="${overlay.color}" stroke="${MAP_COLORS.markerStroke}" stroke-width="2"/><circle cx="${round(x)}" cy="${round(y)}" r="2.5" fill="#ffffff"/>`;
	}
	const rect: Rect = { x0: -8, y0: -8, x1: projector.view.width + 8, y1: projector.view.height + 8 };
	const d = pathData(overlay.legs.flatMap((leg) => clipLine(leg.map(projector.project), rect).map((p) => thin(p, 0.5))));
	const line = `<path d="${d}" fill="none" stroke="#ffffff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/><path d="${d}" fill="none" stroke="${overlay.color}" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>`;
	const stops = groupStops(overlay.stops, projector)
		.map(({ x, y, label }) => {
			const w = Math.max(16, estimateTextWidth(label, 10) + 8);
			placer.block({ x0: x - w / 2 - 1, y0: y - 9, x1: x + w / 2 + 1, y1: y + 9 });
			return `<rect x="${round(x - w / 2)}" y="${round(y - 8)}" width="${round(w)}" height="16" rx="8" fill="${overlay.color}" stroke="#ffffff" stroke-width="2"/><text x="${round(x)}" y="${round(y + 3.5)}" font-size="10" text-anchor="middle" font-weight="700" fill="#ffffff">${escapeXml(label)}</text>`;
		})
		.join('');
	return `${line}<g font-family="${FONT_FAMILY}">${stops}</g>`;
}

/** One dot per place, grouped by colour so the SVG stays small (one path of circles per kind). */
function renderPoints(overlay: PointsOverlay, projector: Projector): string {
	const byColor = new Map<string, string[]>();
	for (const p of overlay.points) {
		const [x, y] = projector.project([p.lon, p.lat]);
		if (x < 0 || y < 0 || x > projector.view.width || y > projector.view.height) continue;
		const list = byColor.get(p.color) ?? [];
		list.push(`M${round(x - 4)} ${round(y)}a4 4 0 1 0 8 0a4 4 0 1 0-8 0`);
		byColor.set(p.color, list);
	}
	return [...byColor]
		.map(([color, d]) => `<path d="${d.join('')}" fill="${color}" stroke="${MAP_COLORS.markerStroke}" stroke-width="1.5"/>`)
		.join('');
}

/**
 * Stops whose markers would overlap share one marker labelled with their numbers ("10–15", "1, 16"), kept inside
 * the frame, so that no number hides another.
 */
export function groupStops(stops: RouteOverlay['stops'], projector: Projector): { x: number; y: number; label: string }[] {
	let groups = stops.map((s) => {
		const [x, y] = projector.project([s.lon, s.lat]);
		return { x, y, ns: [s.n] };
	});
	const halfWidth = (ns: number[]) => Math.max(16, estimateTextWidth(numberRanges(ns), 10) + 8) / 2;
	const clash = (a: (typeof groups)[number], b: (typeof groups)[number]) =>
		Math.abs(a.x - b.x) < halfWidth(a.ns) + halfWidth(b.ns) + 1 && Math.abs(a.y - b.y) < 17;
	for (let merged = true; merged;) {
		merged = false;
		const next: typeof groups = [];
		for (const g of groups) {
			const other = next.find((o) => clash(o, g));
			if (!other) next.push({ ...g, ns: g.ns.slice() });
			else {
				const n = other.ns.length;
				other.x = (other.x * n + g.x * g.ns.length) / (n + g.ns.length);
				other.y = (other.y * n + g.y * g.ns.length) / (n + g.ns.length);
				other.ns.push(...g.ns);
				merged = true;
			}
		}
		groups = next;
	}
	const { width: W, height: H } = projector.view;
	return groups.map((g) => {
		const half = halfWidth(g.ns) + 2;
		return { x: Math.min(W - half, Math.max(half, g.x)), y: Math.min(H - 10, Math.max(10, g.y)), label: numberRanges(g.ns) };
	});
}

/** [10, 11, 12, 1] → "1, 10–12". */
export function numberRanges(ns: readonly number[]): string {
	const sorted = [...new Set(ns)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length; i++) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
		parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
		i = j;
	}
	return parts.join(', ');
}

function renderLabels(input: StaticMapInput, projector: Projector, placer: LabelPlacer, roadParts: Map<RoadClass, Px[][]>): string {
	const texts: string[] = [];
	const text = (t: PlacedText | null, attrs: string) => {
		if (t) {
			texts.push(
				`<text x="${round(t.x)}" y="${round(t.y)}" font-size="${t.size}" text-anchor="${t.anchor}"${attrs}>${escapeXml(t.text)}</text>`
			);
		}
		return t;
	};
	const { width: W, height: H, zoom } = input.view;
	const inFrame = ([x, y]: Px) => x >= 0 && y >= 0 && x <= W && y <= H;

	// Route numbers on the national and provincial roads, one shield per number, on its longest piece in view.
	for (const cls of ['trunk', 'primary', 'secondary'] as const) {
		const byRef = new Map<string, Px[]>();
		for (const road of input.data.roads.filter((r) => r.cls === cls && r.ref && VIETNAMESE_REF.test(r.ref))) {
			for (const part of clipLine(road.coords.map(projector.project), { x0: 0, y0: 0, x1: W, y1: H })) {
				if (part.length > (byRef.get(road.ref!)?.length ?? 1)) byRef.set(road.ref!, part);
			}
		}
		for (const [ref, part] of byRef) {
			if (!roadParts.has(cls)) continue;
			const [x, y] = part[Math.floor(part.length / 2)]!;
			const t = placer.placeCentred(x, y, ref, 9);
			if (!t) continue;
			const national = ref.startsWith('QL');
			texts.push(
				`<rect x="${round(t.rect.x0)}" y="${round(t.rect.y0)}" width="${round(t.rect.x1 - t.rect.x0)}" height="${round(t.rect.y1 - t.rect.y0)}" rx="2" fill="${national ? MAP_COLORS.roadMajor : '#ffffff'}" stroke="${national ? MAP_COLORS.roadMajorCasing : MAP_COLORS.roadCasing}" stroke-width="1" paint-order="normal"/>`
			);
			text(t, ` font-weight="700" fill="${MAP_COLORS.text}" stroke="none"`);
		}
	}

	const settlements = input.data.settlements
		.filter((s) => (SETTLEMENT_RANK[s.cls] ?? 9) <= (zoom >= 12 ? 4 : zoom >= 10 ? 3 : 1))
		.sort((a, b) => (SETTLEMENT_RANK[a.cls] ?? 9) - (SETTLEMENT_RANK[b.cls] ?? 9) || a.name.localeCompare(b.name, 'vi'));
	let count = 0;
	for (const s of settlements) {
		if (count >= 14) break;
		const p = projector.project([s.lon, s.lat]);
		if (!inFrame(p)) continue;
		const size = settlementSize(s);
		const t = text(
			placer.place(p[0], p[1], s.name, size),
			` fill="${(SETTLEMENT_RANK[s.cls] ?? 9) >= 4 ? MAP_COLORS.textMuted : MAP_COLORS.text}"${size >= 12 ? ' font-weight="600"' : ''}`
		);
		if (t) {
			count++;
			texts.unshift(
				`<circle cx="${round(p[0])}" cy="${round(p[1])}" r="${size >= 12 ? 3 : 2}" fill="${MAP_COLORS.textMuted}" stroke="none"/>`
			);
		}
	}

	for (const peak of input.data.peaks) {
		const p = projector.project([peak.lon, peak.lat]);
		if (!inFrame(p) || (!peak.name && !peak.ele)) continue;
		const label = [peak.name, peak.ele ? `${Math.round(peak.ele)} m` : ''].filter(Boolean).join(' ');
		if (text(placer.place(p[0], p[1], label, 10, 6), ` fill="${MAP_COLORS.textMuted}" font-style="italic"`)) {
			texts.unshift(`<path d="M${round(p[0])} ${round(p[1] - 4)}l4 7h-8z" fill="${MAP_COLORS.textMuted}" stroke="none"/>`);
		}
	}

	const named = new Map<string, Px[]>();
	for (const w of input.data.waterways.filter((w) => w.name && w.cls === 'river')) {
		for (const part of clipLine(w.coords.map(projector.project), { x0: 0, y0: 0, x1: W, y1: H })) {
			if (part.length > (named.get(w.name!)?.length ?? 1)) named.set(w.name!, part);
		}
	}
	for (const [name, part] of named) {
		const [x, y] = part[Math.floor(part.length / 2)]!;
		text(placer.place(x, y, name, 10, 5), ` fill="${WATER_TEXT}" font-style="italic"`);
	}
	return texts.join('');
}

function settlementSize(s: MapSettlement): number {
	const rank = SETTLEMENT_RANK[s.cls] ?? 9;
	return rank <= 1 ? 12 : rank <= 3 ? 11 : 10;
}

const NICE = [50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000];

function renderScale(projector: Projector, H: number, units: { km: string; m: string }): string {
	const metres = NICE.filter((m) => m / projector.metresPerPixel <= 90).at(-1) ?? NICE[0]!;
	const px = round(metres / projector.metresPerPixel);
	const label = metres >= 1000 ? `${metres / 1000} ${units.km}` : `${metres} ${units.m}`;
	return (
		`<path d="M6 ${H - 12}v4h${px}v-4" fill="none" stroke="#ffffff" stroke-width="3"/><path d="M6 ${H - 12}v4h${px}v-4" fill="none" stroke="${MAP_COLORS.text}" stroke-width="1.2"/>` +
		`<text x="${round(6 + px + 4)}" y="${H - 7}" font-size="9" fill="${MAP_COLORS.text}" paint-order="stroke" stroke="#ffffff" stroke-width="3">${label}</text>`
	);
}

const round = (v: number) => Math.round(v * 10) / 10;
