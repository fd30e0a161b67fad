import { describe, expect, it } from 'vitest';
import { exportData, serializeExport } from './export-data.ts';
import { isIsoDateTime, MAX_IMPORT_CHARS, parseImport } from './parse-import.ts';

const KNOWN = () => new Set(['ban-gioc', 'pac-bo', 'nguom-ngao']);
const AT = '2026-03-05T10:00:00.000+07:00';

/** A well-formed version 1 file, with `patch` laid over it. */
const fileText = (patch: Record<string, unknown> = {}) =>
	JSON.stringify({
		format: 'caobang-guide-export',
		version: 1,
		exportedAt: AT,
		saved: [{ placeId: 'ban-gioc', savedAt: AT }],
		visits: [{ placeId: 'pac-bo', visitedAt: AT }],
		...patch
	});

const errorOf = (text: string) => {
	const result = parseImport(text, KNOWN());
	if (result.ok) throw new Error('expected a failure');
	return result.error;
};

const dataOf = (text: string) => {
	const result = parseImport(text, KNOWN());
	if (!result.ok) throw new Error(`expected success, got ${result.error.code}`);
	return result.data;
};

describe('parseImport', () => {
	it('reads back what exportData wrote (round trip)', () => {
		const saved = [
			{ placeId: 'pac-bo', savedAt: '2026-03-04T08:00:00.000+07:00' },
			{ placeId: 'ban-gioc', savedAt: '2026-03-05T09:15:30.250+07:00' }
		];
		const visits = [{ placeId: 'nguom-ngao', visitedAt: '2026-03-06T16:45:00.000+07:00' }];
		const file = exportData(saved, visits, new Date(2026, 2, 7));
		const data = dataOf(serializeExport(file));
		expect(data).toEqual({ exportedAt: file.exportedAt, saved: file.saved, visits: file.visits, skipped: [] });
	});

	it('refuses text that is not JSON', () => {
		expect(errorOf('{"format": "caobang-guide-export",').code).toBe('not-json');
		expect(errorOf('').code).toBe('not-json');
	});

	it('refuses JSON that is not one of our files', () => {
		expect(errorOf('{"name": "my contacts", "version": 1}').code).toBe('foreign-file');
		expect(errorOf(fileText({ format: 'other-app-export' })).code).toBe('foreign-file');
		expect(errorOf('[1, 2, 3]').code).toBe('foreign-file');
		expect(errorOf('"caobang-guide-export"').code).toBe('foreign-file');
		expect(errorOf('null').code).toBe('foreign-file');
	});

	it('refuses a file from a newer version of the guide, saying which version', () => {
		expect(errorOf(fileText({ version: 2, saved: 'a new shape' }))).toEqual({ code: 'newer-version', detail: '2' });
	});

	it.each([
		['a missing version', { version: undefined }],
		['a version that is text', { version: '1' }],
		['version 0', { version: 0 }],
		['a fractional version', { version: 1.5 }]
	])('refuses %s as invalid', (_name, patch) => {
		expect(errorOf(fileText(patch)).code).toBe('invalid');
	});

	it.each([
		['"saved" missing', { saved: undefined }, '"saved" is not a list'],
		['"visits" not a list', { visits: {} }, '"visits" is not a list'],
		['an entry that is not an object', { saved: ['ban-gioc'] }, 'saved[0] is not an object'],
		['a place id that is not text', { visits: [{ placeId: 7, visitedAt: AT }] }, 'visits[0].placeId is not a place id'],
		['an empty place id', { saved: [{ placeId: '', savedAt: AT }] }, 'saved[0].placeId is not a place id'],
		['a missing date', { saved: [{ placeId: 'ban-gioc' }] }, 'saved[0].savedAt is not an ISO date-time'],
		[
			'a date that is not a date',
			{ visits: [{ placeId: 'pac-bo', visitedAt: 'yesterday' }] },
			'visits[0].visitedAt is not an ISO date-time'
		],
		['a bad export date', { exportedAt: 12 }, '"exportedAt" is not an ISO date-time']
	])('refuses %s as invalid, naming the field', (_name, patch, detail) => {
		expect(errorOf(fileText(patch))).toEqual({ code: 'invalid', detail });
	});

	it('refuses a whole file when one entry is bad, importing none of it', () => {
		const text = fileText({
			saved: [
				{ placeId: 'ban-gioc', savedAt: AT },
				{ placeId: 'pac-bo', savedAt: '2026-02-30T10:00:00Z' }
			]
		});
		expect(parseImport(text, KNOWN()).ok).toBe(false);
	});

	it('refuses a file nested far deeper than ours before parsing it; brackets inside text do not count', () => {
		const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
		expect(errorOf(fileText({ extra: JSON.parse(deep(16)) }))).toEqual({ code: 'invalid', detail: 'nested more than 16 levels deep' });
		expect(errorOf(deep(200_000))).toEqual({ code: 'invalid', detail: 'nested more than 16 levels deep' });
		expect(dataOf(fileText({ extra: JSON.parse(deep(14)), note: '[[[[[[[[[[[[[[[[[[[["' })).saved).toHaveLength(1);
	});

	it('refuses a file far larger than any real export', () => {
		const text = fileText({ padding: 'x'.repeat(MAX_IMPORT_CHARS) });
		expect(errorOf(text)).toEqual({ code: 'too-large' });
	});

	it('imports known places and lists unknown ones as skipped, once each and sorted', () => {
		const data = dataOf(
			fileText({
				saved: [
					{ placeId: 'zz-gone', savedAt: AT },
					{ placeId: 'ban-gioc', savedAt: AT },
					{ placeId: 'aa-gone', savedAt: AT }
				],
				visits: [
					{ placeId: 'zz-gone', visitedAt: AT },
					{ placeId: 'pac-bo', visitedAt: AT }
				]
			})
		);
		expect(data.saved.map((s) => s.placeId)).toEqual(['ban-gioc']);
		expect(data.visits.map((v) => v.placeId)).toEqual(['pac-bo']);
		expect(data.skipped).toEqual(['aa-gone', 'zz-gone']);
	});

	it('keeps one entry per place when the file repeats one, with the earliest date', () => {
		const data = dataOf(
			fileText({
				saved: [
					{ placeId: 'ban-gioc', savedAt: '2026-03-05T10:00:00+07:00' },
					{ placeId: 'ban-gioc', savedAt: '2026-03-04T10:00:00+07:00' },
					{ placeId: 'ban-gioc', savedAt: '2026-03-06T10:00:00+07:00' }
				],
				visits: [
					{ placeId: 'pac-bo', visitedAt: '2026-03-05T02:00:00Z' },
					// 08:59 at +07:00 is 01:59 UTC: it reads later but happened earlier.
					{ placeId: 'pac-bo', visitedAt: '2026-03-05T08:59:00+07:00' }
				]
			})
		);
		expect(data.saved).toEqual([{ placeId: 'ban-gioc', savedAt: '2026-03-04T10:00:00+07:00' }]);
		expect(data.visits).toEqual([{ placeId: 'pac-bo', visitedAt: '2026-03-05T08:59:00+07:00' }]);
	});

	it('accepts empty lists', () => {
		expect(dataOf(fileText({ saved: [], visits: [] }))).toMatchObject({ saved: [], visits: [], skipped: [] });
	});

	it('drops fields it does not know from entries', () => {
		const data = dataOf(fileText({ saved: [{ placeId: 'ban-gioc', savedAt: AT, note: '<script>' }] }));
		expect(data.saved).toEqual([{ placeId: 'ban-gioc', savedAt: AT }]);
	});
});

describe('isIsoDateTime', () => {
	it.each(['2026-03-05T10:00:00.000+07:00', '2026-03-05T10:00Z', '2026-03-05T23:59:59Z', '2024-02-29T00:00:00-03:30'])(
		'accepts %s',
		(s) => {
			expect(isIsoDateTime(s)).toBe(true);
		}
	);
	it.each([
		'2026-03-05',
		'2026-03-05T10:00:00',
		'2026-02-30T10:00:00Z',
		'2025-02-29T10:00:00Z',
		'2026-03-05T24:00:00Z',
		'2026-13-01T00:00:00Z',
		' 2026-03-05T10:00:00Z'
	])('refuses %s', (s) => {
		expect(isIsoDateTime(s)).toBe(false);
	});
});
