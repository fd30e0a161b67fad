// What the office reads and pastes into its spreadsheet: the marks, the counts and the CSV columns.
import { describe, expect, it } from 'vitest';
import { makeBundle, makePlace, makeRoute, makeService, northOfCity } from '../../tests/fixtures/bundle.ts';
import { buildGapReport, gapCsv, gapMarkdown } from './report-gaps.ts';

const bundle = makeBundle({
	places: [makePlace({ id: 'falls', name: 'Falls', location: northOfCity(0) }), makePlace({ id: 'pass', name: 'Pass, high', location: northOfCity(1) })],
	routes: [makeRoute({ id: 'east', name: 'East', stops: ['falls', 'pass'] })],
	services: [
		makeService({ id: 'hotel', name: 'Hotel', kind: 'hotel', places: ['falls'], contact: { phone: '+84 206 3852 000' } }),
		makeService({ id: 'dishes', name: 'Dishes', kind: 'local-dish', places: ['falls'], generic: true }),
		makeService({
			id: 'bus',
			name: 'Bus',
			kind: 'coach',
			places: ['falls'],
			priceRange: { minVnd: 1, maxVnd: 2, unit: 'trip', asOf: '2019-03', source: 'https://example.vn', checked: '2026-11-22' }
		})
	]
});
const accepted = { east: { pass: { reason: 'a pass, nobody lives there', until: '2027-06-30' } } };
const report = buildGapReport(bundle, accepted, '2026-12-02');

describe('gap report', () => {
	it('prints one table per route with ✔ count, ~ for a group entry, ✖ for a gap, in both languages', () => {
		const en = gapMarkdown(report, 'en');
		expect(en).toContain('| Stop | Stay | Eat | Move | Guide | Information | Accepted |');
		expect(en).toContain('| Falls | ✔ 1 | ~ 1 | ✔ 1 | ✖ | ✖ |  |');
		expect(en).toContain('| Pass, high | ✖ | ✖ | ✖ | ✖ | ✖ | a pass, nobody lives there (until 2027-06-30) |');
		expect(en).toContain('0 of 2 stops have every link known (0 by named services only); 2 open gaps.');
		expect(en).toContain('- Bus (`content/services/bus`): price as of 2019-03');
		expect(en).toContain('- Bus (`content/services/bus`)');
		const vi = gapMarkdown(report, 'vi');
		expect(vi).toContain('| Điểm dừng | Nghỉ | Ăn | Đi lại | Hướng dẫn | Thông tin | Chấp nhận |');
	});

	it('writes every unfilled link as a CSV row, quoting commas', () => {
		const lines = gapCsv(report).trim().split('\n');
		expect(lines[0]).toBe('route,stop,stop_name,link,status,count,accepted_reason,accepted_until,accepted_expired');
		expect(lines).toContain('east,falls,Falls,eat,generic,1,,,');
		expect(lines).toContain('east,pass,"Pass, high",stay,gap,0,"a pass, nobody lives there",2027-06-30,false');
		expect(lines).toHaveLength(1 + 3 + 5); // header, Falls: eat, guide, info; Pass: all five
	});
});
