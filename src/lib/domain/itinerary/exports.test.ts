// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { gpx as gpxToGeoJson } from '@tmcw/togeojson';
import type { Located } from '../content/types.ts';
import { itineraryToGpx } from './gpx.ts';
import { foldLine, itineraryToIcal } from './ical.ts';
import { scheduleItinerary, type StopFacts } from './schedule.ts';
import type { ExportLabels } from './export-text.ts';
import type { Itinerary } from './types.ts';

const at = (lat: number, lon: number): Located => ({ confidence: 'strong', lat, lon, uncertaintyM: 50, source: 'test' });
const FACTS = new Map<number, StopFacts>([
	[1, { id: 'ban-gioc-waterfall', type: 'place', name: 'Thác Bản Giốc', location: at(22.85436, 106.72427), borderArea: true }],
	[2, { id: 'nguom-ngao-cave', type: 'place', name: 'Động Ngườm Ngao', location: at(22.8467, 106.7053), borderArea: false }],
	[3, { id: 'pac-bo', type: 'place', name: 'Pác Bó; "Cốc Bó", <hang>', location: at(22.9842, 106.0492), borderArea: true }],
	[4, { id: 'unknown-spot', type: 'service', name: 'Chợ phiên', borderArea: false }]
]);

function createTrip(): Itinerary {
	return {
		title: 'Cao Bằng 2 ngày & thác',
		startDate: '2027-03-14',
		operatorName: 'An',
		operatorPhone: '',
		days: [
			{
				title: 'Thác',
				startMin: 7 * 60,
				note: '',
				stops: [
					{ code: 1, visitMin: 120, note: 'Mang áo mưa, giày; "đi bộ" nhiều' },
					{ code: 2, note: '' }
				]
			},
			{
				title: '',
				startMin: 8 * 60,
				note: '',
				stops: [
					{ code: 3, note: 'Đến sớm trước 9 giờ để tránh đông người, nhớ mang theo nước uống và mũ' },
					{ code: 4, note: '' }
				]
			}
		]
	};
}

const labels: ExportLabels = {
	title: 'Cao Bằng 2 ngày & thác',
	dayName: (i) => `Ngày ${i + 1}`,
	stopUrl: (type, id) => `https://guide.example/vi/${type}/${id}`,
	host: 'guide.example'
};

function exportsOf(trip: Itinerary) {
	const days = scheduleItinerary(trip, { resolve: (c) => FACTS.get(c), leg: () => ({ km: 10, driveMin: 30, basis: 'road' }) });
	const gpx = itineraryToGpx(days, labels, { stop: (d, s) => trip.days[d]?.stops[s]?.note ?? '' });
	const ical = itineraryToIcal(trip, days, labels, new Date('2027-01-01T00:00:00Z'));
	return { gpx, ical };
}

const hasTool = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

describe('GPX export', () => {
	it('is valid GPX 1.1 (xmllint with the published schema)', () => {
		if (!hasTool('xmllint')) throw new Error('xmllint is missing: apt-get install libxml2-utils (.ci/run installs it)');
		const dir = mkdtempSync(join(tmpdir(), 'gpx-'));
		const file = join(dir, 'trip.gpx');
		writeFileSync(file, exportsOf(createTrip()).gpx);
		const result = spawnSync(
			'xmllint',
			['--noout', '--schema', join(import.meta.dirname, '../../../../tests/fixtures/gpx/gpx11.xsd'), file],
			{ encoding: 'utf8' }
		);
		expect(result.stderr).toContain('validates');
		expect(result.status).toBe(0);
	});

	it('reads back in togeojson: a waypoint per located stop and a route per day that has two, names intact', () => {
		const doc = new DOMParser().parseFromString(exportsOf(createTrip()).gpx, 'application/xml');
		const geo = gpxToGeoJson(doc);
		const points = geo.features.filter((f) => f.geometry?.type === 'Point');
		const lines = geo.features.filter((f) => f.geometry?.type === 'LineString');
		expect(points.map((f) => f.properties?.name)).toEqual(['Thác Bản Giốc', 'Động Ngườm Ngao', 'Pác Bó; "Cốc Bó", <hang>']);
		expect(points[0]?.geometry).toEqual({ type: 'Point', coordinates: [106.72427, 22.85436] });
		expect(lines.map((f) => f.properties?.name)).toEqual(['Ngày 1']);
		expect(lines[0]?.geometry).toEqual({
			type: 'LineString',
			coordinates: [
				[106.72427, 22.85436],
				[106.7053, 22.8467]
			]
		});
	});

	it('reads back in gpsbabel', () => {
		if (!hasTool('gpsbabel')) throw new Error('gpsbabel is missing: apt-get install gpsbabel (.ci/run installs it)');
		const dir = mkdtempSync(join(tmpdir(), 'gpx-'));
		const file = join(dir, 'trip.gpx');
		writeFileSync(file, exportsOf(createTrip()).gpx);
		const csv = execFileSync('gpsbabel', ['-i', 'gpx', '-f', file, '-o', 'unicsv', '-F', '-'], { encoding: 'utf8' });
		expect(csv).toContain('Thác Bản Giốc');
		expect(csv).toContain('22.854360');
		expect(csv.trim().split('\n').length).toBe(1 + 3);
	});
});

describe('calendar export', () => {
	it('parses in ical.js: an event per stop, in Việt Nam time, with GEO and a link', () => {
		const result = exportsOf(createTrip()).ical;
		if (!result.ok) throw new Error(result.reason);
		const cal = new ICAL.Component(ICAL.parse(result.text));
		ICAL.TimezoneService.register(cal.getFirstSubcomponent('vtimezone')!);
		const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events.map((e) => e.summary)).toEqual(['Thác Bản Giốc', 'Động Ngườm Ngao', 'Pác Bó; "Cốc Bó", <hang>', 'Chợ phiên']);
		// 07:00 in Việt Nam is 00:00 UTC.
		expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2027-03-14T00:00:00.000Z');
		expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2027-03-14T02:00:00.000Z');
		expect(events[2]!.startDate.toJSDate().toISOString()).toBe('2027-03-15T01:00:00.000Z');
		expect(events[0]!.component.getFirstPropertyValue('geo')).toEqual([22.85436, 106.72427]);
		expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://guide.example/vi/place/ban-gioc-waterfall');
		expect(events[0]!.description).toContain('Mang áo mưa, giày; "đi bộ" nhiều');
		expect(events[3]!.component.getFirstPropertyValue('geo')).toBeNull();
	});

	it('gives the same UIDs when the same trip is exported again', () => {
		const uids = (text: string) => [...text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
		const a = exportsOf(createTrip()).ical;
		const b = exportsOf(createTrip()).ical;
		expect(a.ok && b.ok && uids(a.text)).toEqual(b.ok && uids(b.text));
		expect(new Set(a.ok ? uids(a.text) : []).size).toBe(4);
	});

	it('folds long lines at 75 octets without splitting a Vietnamese character', () => {
		const result = exportsOf(createTrip()).ical;
		if (!result.ok) throw new Error(result.reason);
		for (const line of result.text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		const folded = foldLine(`DESCRIPTION:${'Động Ngườm Ngao '.repeat(10)}`);
		expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'Động Ngườm Ngao '.repeat(10)}`);
		expect(folded).not.toContain('\ufffd');
	});

	it('needs a start date', () => {
		const trip = createTrip();
		delete trip.startDate;
		expect(exportsOf(trip).ical).toEqual({ ok: false, reason: 'no-date' });
	});
});
