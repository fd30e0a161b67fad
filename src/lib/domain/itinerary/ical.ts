/**
 * The itinerary as an iCalendar file (RFC 5545): one event per stop, from arrival to departure,
 * in Việt Nam's time zone (with its VTIMEZONE, UTC+7 all year), with the place's name, `GEO` and
 * a link back to its page. UIDs are stable for the same trip, so importing it again updates the
 * events instead of doubling them. Lines are folded at 75 octets without splitting a character.
 */
import { crc32 } from './crc32.ts';
import { addDays, type ScheduledDay } from './schedule.ts';
import type { ExportLabels } from './export-text.ts';
import type { Itinerary } from './types.ts';

const TZID = 'Asia/Ho_Chi_Minh';
const encoder = new TextEncoder();

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const localStamp = (date: string, minute: number) => {
	const day = Math.floor(minute / 1440);
	const m = minute - day * 1440;
	const d = addDays(date, day).replace(/-/g, '');
	return `${d}T${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}00`;
};

export type IcalResult = { ok: true; text: string } | { ok: false; reason: 'no-date' | 'no-stops' };

/** `now` is the DTSTAMP (when the file was made), in UTC. */
export function itineraryToIcal(it: Itinerary, days: readonly ScheduledDay[], labels: ExportLabels, now: Date): IcalResult {
	if (!it.startDate) return { ok: false, reason: 'no-date' };
	const trip = crc32(encoder.encode(`${it.title}\n${it.startDate}\n${it.operatorName}`))
		.toString(16)
		.padStart(8, '0');
	const stamp = now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Cao Bang guide//Itinerary//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(labels.title)}`,
		'BEGIN:VTIMEZONE',
		`TZID:${TZID}`,
		'BEGIN:STANDARD',
		'DTSTART:19750613T000000',
		'TZOFFSETFROM:+0700',
		'TZOFFSETTO:+0700',
		'TZNAME:+07',
		'END:STANDARD',
		'END:VTIMEZONE'
	];
	let events = 0;
	days.forEach((day, d) => {
		const date = day.date ?? addDays(it.startDate!, d);
		day.stops.forEach((stop, s) => {
			if (!stop.facts) return;
			events++;
			const note = it.days[d]?.stops[s]?.note ?? '';
			const url = labels.stopUrl(stop.facts.type, stop.facts.id);
			lines.push(
				'BEGIN:VEVENT',
				`UID:${trip}-d${d + 1}-s${s + 1}-${stop.code}@${labels.host}`,
				`DTSTAMP:${stamp}`,
				`DTSTART;TZID=${TZID}:${localStamp(date, stop.arriveMin)}`,
				`DTEND;TZID=${TZID}:${localStamp(date, stop.leaveMin)}`,
				`SUMMARY:${escapeText(stop.facts.name)}`,
				`LOCATION:${escapeText(stop.facts.name)}`,
				...(stop.facts.location ? [`GEO:${stop.facts.location.lat.toFixed(6)};${stop.facts.location.lon.toFixed(6)}`] : []),
				`DESCRIPTION:${escapeText([labels.dayName(d), note, url].filter(Boolean).join('\n'))}`,
				`URL:${url}`,
				'END:VEVENT'
			);
		});
	});
	if (events === 0) return { ok: false, reason: 'no-stops' };
	lines.push('END:VCALENDAR');
	return { ok: true, text: lines.map(foldLine).join('\r\n') + '\r\n' };
}
