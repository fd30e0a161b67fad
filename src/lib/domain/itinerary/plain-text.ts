/**
 * The itinerary as plain text, day by day, for Web Share and chat apps (Zalo shows the text
 * above the link): what a guest reads before tapping. Text only; the link carries the rest.
 */
import { formatMinutes, type ScheduledDay } from './schedule.ts';
import type { Itinerary } from './types.ts';

export type PlainTextLabels = {
	title: string;
	dayHeading: (index: number, title: string, date?: string) => string;
	unknownStop: (code: number) => string;
	operator?: string;
};

export function itineraryToPlainText(it: Itinerary, days: readonly ScheduledDay[], labels: PlainTextLabels): string {
	const lines = [labels.title];
	if (labels.operator) lines.push(labels.operator);
	days.forEach((day, d) => {
		lines.push('', labels.dayHeading(d, it.days[d]?.title ?? '', day.date));
		day.stops.forEach((stop, s) => {
			const name = stop.facts?.name ?? labels.unknownStop(stop.code);
			const note = it.days[d]?.stops[s]?.note;
			lines.push(`${formatMinutes(stop.arriveMin)} ${name}${note ? ` (${note.replace(/\n+/g, ' ')})` : ''}`);
		});
	});
	return lines.join('\n');
}
