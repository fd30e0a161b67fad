/**
 * The office's gap table (issue 12): for each stop of a route, which links of the visitor's chain
 * (stay, eat, move, guide, information) the guide can fill. A link is "ok" with the number of
 * named services, "generic" when only a group entry covers it ("homestays in Khuổi Ky"), or a
 * "gap". A route may list `gapAccepted: [{ stop, reason, until }]` in route.yaml: its gaps are then listed
 * as accepted until that day, and count again after it. Also the dated facts that have grown old
 * and the services nobody can contact. Pure: tools/content/report*.ts prints it.
 */
import type { Place, Route, Service } from '../content/types.ts';
import { aroundPlace } from './around.ts';
import type { ChainGroup } from './chain.ts';

/** The links the office is asked to fill at every stop ("buy" is a bonus, not a gap). */
export const GAP_LINKS = ['stay', 'eat', 'move', 'guide', 'info'] as const satisfies readonly ChainGroup[];
export type GapLink = (typeof GAP_LINKS)[number];

export type LinkCell = { state: 'ok' | 'generic'; count: number } | { state: 'gap' };
export type GapAcceptance = { reason: string; until: string };
export type StopRow = {
	stop: string;
	name: string;
	cells: Record<GapLink, LinkCell>;
	/** Present when the stop's gaps are accepted; `expired` once `until` is before today. */
	accepted?: GapAcceptance & { expired: boolean };
};
export type RouteGapTable = { route: string; name: string; rows: StopRow[] };

function cellOf(services: Service[]): LinkCell {
	const named = services.filter((s) => !s.generic).length;
	if (named > 0) return { state: 'ok', count: named };
	return services.length > 0 ? { state: 'generic', count: services.length } : { state: 'gap' };
}

export function routeGapTable(
	route: Route,
	places: readonly Place[],
	services: readonly Service[],
	accepted: Readonly<Record<string, GapAcceptance>>,
	today: string
): RouteGapTable {
	const rows = route.stops.map((stop): StopRow => {
		const place = places.find((p) => p.id === stop);
		// Every service within reach counts for the office, not only those a page lists.
		const groups = place ? aroundPlace(place, services, undefined, Infinity) : [];
		const inGroup = (link: GapLink) => groups.find((g) => g.group === link)?.items.map((i) => i.service) ?? [];
		const cells = Object.fromEntries(GAP_LINKS.map((link) => [link, cellOf(inGroup(link))])) as Record<GapLink, LinkCell>;
		const acc = accepted[stop];
		return { stop, name: place?.name ?? stop, cells, ...(acc ? { accepted: { ...acc, expired: acc.until < today } } : {}) };
	});
	return { route: route.id, name: route.name, rows };
}

/** Every link known, by a named service or at least a group entry. */
export function isComplete(row: StopRow): boolean {
	return GAP_LINKS.every((link) => row.cells[link].state !== 'gap');
}

/** Every link known by at least one named service. */
export function isFullyNamed(row: StopRow): boolean {
	return GAP_LINKS.every((link) => row.cells[link].state === 'ok');
}

/** Gaps that count: a stop's gaps are not counted while its acceptance runs. */
export function openGaps(table: RouteGapTable): { stop: string; link: GapLink }[] {
	return table.rows.flatMap((row) =>
		row.accepted && !row.accepted.expired
			? []
			: GAP_LINKS.filter((link) => row.cells[link].state === 'gap').map((link) => ({ stop: row.stop, link }))
	);
}

/** The month 12 months before `today` (YYYY-MM-DD): a date before it is older than a year. */
function yearBefore(today: string): string {
	return `${Number(today.slice(0, 4)) - 1}${today.slice(4, 10)}`;
}

/** Whether a YYYY-MM or YYYY-MM-DD date lies more than 12 months before today. */
export function olderThanYear(date: string, today: string): boolean {
	// A month alone counts from its last possible day, so "2025-12" is not old on 2026-12-15.
	const full = date.length === 7 ? `${date}-31` : date;
	return full < yearBefore(today);
}

export type StaleFact = { service: string; name: string; fact: 'price' | 'hours'; date: string };

/** Services whose price was true, or whose hours were read, more than 12 months ago. */
export function staleServiceFacts(services: readonly Service[], today: string): StaleFact[] {
	return services.flatMap((s) => {
		const out: StaleFact[] = [];
		if (s.priceRange && olderThanYear(s.priceRange.asOf, today)) {
			out.push({ service: s.id, name: s.name, fact: 'price', date: s.priceRange.asOf });
		}
		if (s.hours.checked && (s.hours.rules?.length || s.hours.always) && olderThanYear(s.hours.checked, today)) {
			out.push({ service: s.id, name: s.name, fact: 'hours', date: s.hours.checked });
		}
		return out;
	});
}

/** Named services a visitor cannot reach: no phone, Zalo, website or e-mail. */
export function withoutContact(services: readonly Service[]): Service[] {
	return services.filter((s) => !s.generic && !s.contact.phone && !s.contact.zalo && !s.contact.website && !s.contact.email);
}
