/**
 * Checks suggested trips (content/itineraries/<id>/) against the rest of the content: every stop is a place or
 * service the guide has (by folder name or code), the route they follow exists and has those stops, and each
 * language gives one title per day.
 */
import type { LoadedContent } from './load-content.ts';
import type { Collector } from './problems.ts';

export function checkTrips(content: LoadedContent, out: Collector): void {
	const ids = new Set([...content.folders.places, ...content.folders.services]);
	const codes = new Set([...content.places, ...content.services].map((e) => e.facts.code));
	// A place or service that could not be read has a code nobody knows: say nothing about codes then, rather than
	// blame the trip for another file's mistake.
	const allRead = content.places.length + content.services.length === content.folders.places.length + content.folders.services.length;
	const routes = new Map(content.routes.map((r) => [r.id, new Set(r.facts.stops)]));
	for (const trip of content.trips) {
		const { facts, parsed } = trip;
		const routeStops = facts.route ? routes.get(facts.route) : undefined;
		if (facts.route && !routeStops && !content.folders.routes.includes(facts.route)) {
			out.add({ file: parsed.file, line: parsed.lineOf(['route']), field: 'route' }, 'unknown-route', { id: facts.route });
		}
		facts.days.forEach((day, d) =>
			day.stops.forEach((stop, s) => {
				const where = { file: parsed.file, line: parsed.lineOf(['days', d, 'stops', s]), field: `days[${d}].stops[${s}]` };
				const known = typeof stop === 'number' ? codes.has(stop) || !allRead : ids.has(stop);
				if (!known) out.add(where, 'trip-unknown-stop', { stop: String(stop) });
				else if (routeStops && typeof stop === 'string' && !routeStops.has(stop)) {
					out.add(where, 'trip-stop-off-route', { stop, route: facts.route! });
				}
			})
		);
		for (const text of Object.values(trip.texts)) {
			if (text.data.days.length !== facts.days.length) {
				out.add({ file: text.file, line: 1, field: 'days' }, 'trip-day-titles', { days: facts.days.length, titles: text.data.days.length });
			}
		}
	}
}
