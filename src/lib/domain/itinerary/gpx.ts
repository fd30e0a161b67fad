/**
 * The itinerary as GPX 1.1, for navigation apps (OsmAnd, Organic Maps, Garmin): a waypoint for
 * every located stop and a route for every day with two or more of them, named after the itinerary. Valid against the
 * GPX 1.1 schema (tests run xmllint with the schema, and two GPX readers).
 */
import type { ScheduledDay } from './schedule.ts';
import type { ExportLabels } from './export-text.ts';

const xml = (text: string) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		// XML 1.0 forbids most control characters even when escaped.
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const coord = (n: number) => n.toFixed(6);

export function itineraryToGpx(
	days: readonly ScheduledDay[],
	labels: ExportLabels,
	notes: { stop: (day: number, stop: number) => string }
): string {
	const lines: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<gpx version="1.1" creator="Cao Bằng guide" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">',
		`  <metadata><name>${xml(labels.title)}</name></metadata>`
	];
	const point = (tag: 'wpt' | 'rtept', d: number, s: number, indent: string) => {
		const stop = days[d]!.stops[s]!;
		const facts = stop.facts!;
		const loc = facts.location!;
		const note = notes.stop(d, s);
		return [
			`${indent}<${tag} lat="${coord(loc.lat)}" lon="${coord(loc.lon)}">`,
			`${indent}  <name>${xml(facts.name)}</name>`,
			...(note ? [`${indent}  <desc>${xml(note)}</desc>`] : []),
			`${indent}  <link href="${xml(labels.stopUrl(facts.type, facts.id))}"><text>${xml(facts.name)}</text></link>`,
			`${indent}</${tag}>`
		].join('\n');
	};
	const located = (d: number) => days[d]!.stops.flatMap((s, i) => (s.facts?.location ? [i] : []));
	days.forEach((_, d) => located(d).forEach((s) => lines.push(point('wpt', d, s, '  '))));
	days.forEach((_, d) => {
		const stops = located(d);
		if (stops.length < 2) return;
		lines.push('  <rte>', `    <name>${xml(labels.dayName(d))}</name>`, `    <number>${d + 1}</number>`);
		stops.forEach((s) => lines.push(point('rtept', d, s, '    ')));
		lines.push('  </rte>');
	});
	lines.push('</gpx>', '');
	return lines.join('\n');
}
