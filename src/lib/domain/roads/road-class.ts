/**
 * One vocabulary for roads. OpenStreetMap (through the OpenMapTiles schema) tags roads with `class` and `highway`,
 * and route numbers as mappers typed them (`34`, `QL.34`, `QL 34`, `ĐT.206`, `DT.207`, `TL 256`). The map, the road
 * graph and the static maps all need the same seven classes and one spelling of each route number.
 */

export const ROAD_CLASSES = ['trunk', 'primary', 'secondary', 'tertiary', 'minor', 'track', 'path'] as const;
export type RoadClass = (typeof ROAD_CLASSES)[number];

const BY_HIGHWAY: Record<string, RoadClass> = {
	motorway: 'trunk',
	trunk: 'trunk',
	primary: 'primary',
	secondary: 'secondary',
	tertiary: 'tertiary',
	minor: 'minor',
	residential: 'minor',
	unclassified: 'minor',
	living_street: 'minor',
	road: 'minor',
	service: 'minor',
	track: 'track',
	path: 'path',
	footway: 'path',
	cycleway: 'path',
	bridleway: 'path',
	steps: 'path'
};

/**
 * The road class of an OSM way from its OpenMapTiles `class` and raw `highway` (e.g. `trunk_link`).
 * Returns null for what is not a road to draw or drive: rail, ferries, roads under construction.
 */
export function normaliseRoadClass(cls: string | undefined, highway?: string): RoadClass | null {
	const raw = (highway ?? '').replace(/_link$/, '');
	return BY_HIGHWAY[raw] ?? BY_HIGHWAY[cls ?? ''] ?? null;
}

/** Roads a car or motorbike uses; paths are drawn but not driven. */
export function isDrivable(cls: RoadClass): boolean {
	return cls !== 'path';
}

/**
 * National roads (quốc lộ) that appear with a `QL` prefix somewhere in the 2021 extract of the region. A bare number
 * from this list is read as that national road (`34` → `QL34`); any other bare 2–3 digit number is a provincial road
 * (`258` → `ĐT258`), as it is in Cao Bằng and its neighbours.
 */
const NATIONAL_ROUTES = new Set(['1', '1A', '1B', '2', '3', '3B', '4', '4A', '4C', '34', '70', '279']);

const PREFIXES: Record<string, string> = { QL: 'QL', ĐT: 'ĐT', DT: 'ĐT', TL: 'ĐT', ĐH: 'ĐH', DH: 'ĐH', ĐƯỜNG: '' };

/**
 * One spelling per route number: `QL34`, `QL4A`, `ĐT206`, `ĐH05`. Chinese numbers (`G219`, `S210`, `X458`) are kept as
 * they are. Text that is not a route number (an address typed into `ref`) gives null.
 */
export function normaliseRouteRef(ref: string | undefined): string | null {
	if (!ref) return null;
	// Some refs carry an address after a comma ("QL 34, Ngọc Đường, Hà Giang") or a remark ("TL 256 ROUTE UNCERTAIN").
	const head = ref.split(/[,;]/)[0]!.trim().toUpperCase();
	const m = /^(QL|ĐT|DT|TL|ĐH|DH|ĐƯỜNG)?\s*\.?\s*(\d{1,3}[A-Z]?)\b/u.exec(head);
	if (m) {
		const number = m[2]!;
		const prefix = m[1] ? PREFIXES[m[1]]! : '';
		if (prefix) return `${prefix}${number}`;
		return NATIONAL_ROUTES.has(number) ? `QL${number}` : `ĐT${number}`;
	}
	if (/^[GSXY]\d{1,4}$/.test(head)) return head;
	return null;
}
