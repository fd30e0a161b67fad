import { describe, expect, it } from 'vitest';
import type { Hours } from '../content/types.ts';
import { localMoment, openState, parseClock, type HoursRule, type OpeningHours, type Weekday } from './opening-hours.ts';

/** An instant given as Vietnam wall-clock time (UTC+7). 2025-06-02 is a Monday. */
const vn = (local: string): Date => new Date(`${local}:00+07:00`);

const EVERY_DAY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const rules = (...r: HoursRule[]): OpeningHours => ({ rules: r });
const daily = (open: string, close: string, months?: number[]): HoursRule =>
	months ? { days: EVERY_DAY, open, close, months } : { days: EVERY_DAY, open, close };

describe('openState: unknown and always', () => {
	it('is unknown without hours, without rules, or with only malformed rules', () => {
		expect(openState(undefined, vn('2025-06-02T10:00'))).toEqual({ status: 'unknown' });
		expect(openState({}, vn('2025-06-02T10:00'))).toEqual({ status: 'unknown' });
		expect(openState({ rules: [] }, vn('2025-06-02T10:00'))).toEqual({ status: 'unknown' });
		expect(openState(rules(daily('7:00', '17:00'), daily('08:00', '25:00')), vn('2025-06-02T10:00'))).toEqual({
			status: 'unknown'
		});
	});

	it('is always when flagged, whatever the rules say', () => {
		expect(openState({ always: true, rules: [daily('08:00', '09:00')] }, vn('2025-06-02T03:00'))).toEqual({ status: 'always' });
	});

	it('is always when the rules cover every minute', () => {
		expect(openState(rules(daily('00:00', '24:00')), vn('2025-06-02T03:00'))).toEqual({ status: 'always' });
	});
});

describe('openState: daily hours', () => {
	const hours = rules(daily('07:00', '17:00'));

	it('is open inside the hours, with the closing time', () => {
		expect(openState(hours, vn('2025-06-02T10:00'))).toEqual({ status: 'open', closesAt: '17:00' });
		expect(openState(hours, vn('2025-06-02T07:00'))).toEqual({ status: 'open', closesAt: '17:00' });
	});

	it('is closed before opening, opening later the same day', () => {
		expect(openState(hours, vn('2025-06-02T06:59'))).toEqual({
			status: 'closed',
			opensAt: { day: 'mon', time: '07:00', date: '2025-06-02' }
		});
	});

	it('is closed at the closing minute, opening the next day', () => {
		expect(openState(hours, vn('2025-06-02T17:00'))).toEqual({
			status: 'closed',
			opensAt: { day: 'tue', time: '07:00', date: '2025-06-03' }
		});
	});

	it('uses Vietnam time, not UTC or the machine zone: 23:30 UTC Sunday is 06:30 Monday', () => {
		const at = new Date('2025-06-01T23:30:00Z');
		expect(openState(hours, at)).toEqual({ status: 'closed', opensAt: { day: 'mon', time: '07:00', date: '2025-06-02' } });
		expect(openState(hours, new Date('2025-06-02T02:30:00Z'))).toEqual({ status: 'open', closesAt: '17:00' });
	});

	it('follows another time zone when asked, including daylight saving', () => {
		const nineToFive = rules(daily('09:00', '17:00'));
		expect(openState(nineToFive, new Date('2025-06-02T07:30:00Z'), 'UTC').status).toBe('closed');
		expect(openState(nineToFive, new Date('2025-07-01T07:30:00Z'), 'Europe/Paris').status).toBe('open');
		expect(openState(nineToFive, new Date('2025-01-15T07:30:00Z'), 'Europe/Paris').status).toBe('closed');
	});
});

describe('openState: overnight rules', () => {
	const nightMarket = rules({ days: ['fri'], open: '18:00', close: '02:00' });

	it('is open after midnight on the next day', () => {
		expect(openState(nightMarket, vn('2025-06-07T01:00'))).toEqual({ status: 'open', closesAt: '02:00' });
	});

	it('is open on the opening evening, closing after midnight', () => {
		expect(openState(nightMarket, vn('2025-06-06T23:00'))).toEqual({ status: 'open', closesAt: '02:00' });
	});

	it('is closed from the closing time until the next Friday', () => {
		expect(openState(nightMarket, vn('2025-06-07T02:00'))).toEqual({
			status: 'closed',
			opensAt: { day: 'fri', time: '18:00', date: '2025-06-13' }
		});
	});

	it('does not run backwards: 01:00 on Friday is before the Friday opening', () => {
		expect(openState(nightMarket, vn('2025-06-06T01:00'))).toEqual({
			status: 'closed',
			opensAt: { day: 'fri', time: '18:00', date: '2025-06-06' }
		});
	});

	it('treats equal open and close as 24 hours from the opening', () => {
		const fullDay = rules({ days: ['mon'], open: '06:00', close: '06:00' });
		expect(openState(fullDay, vn('2025-06-03T05:59'))).toEqual({ status: 'open', closesAt: '06:00' });
	});
});

describe('openState: closing at 24:00, breaks and back-to-back rules', () => {
	it('reports 24:00 as the closing time', () => {
		expect(openState(rules(daily('08:00', '24:00')), vn('2025-06-02T23:59'))).toEqual({ status: 'open', closesAt: '24:00' });
	});

	it('joins back-to-back and overlapping rules into one stretch', () => {
		const hours = rules({ days: ['mon'], open: '08:00', close: '12:00' }, { days: ['mon'], open: '11:00', close: '17:00' });
		expect(openState(hours, vn('2025-06-02T09:00'))).toEqual({ status: 'open', closesAt: '17:00' });
	});

	it('joins a day closing at 24:00 to the next day opening at 00:00', () => {
		const hours = rules({ days: ['sat', 'sun'], open: '00:00', close: '24:00' });
		expect(openState(hours, vn('2025-06-07T12:00'))).toEqual({ status: 'open', closesAt: '24:00' });
	});

	it('is closed over a lunch break, reopening in the afternoon', () => {
		const office = rules({ days: WEEKDAYS, open: '07:30', close: '11:30' }, { days: WEEKDAYS, open: '13:30', close: '17:00' });
		expect(openState(office, vn('2025-06-02T12:00'))).toEqual({
			status: 'closed',
			opensAt: { day: 'mon', time: '13:30', date: '2025-06-02' }
		});
	});
});

describe('openState: closed days and seasons', () => {
	it('skips closed days to the next open one', () => {
		const office = rules({ days: WEEKDAYS, open: '08:00', close: '17:00' });
		expect(openState(office, vn('2025-06-07T10:00'))).toEqual({
			status: 'closed',
			opensAt: { day: 'mon', time: '08:00', date: '2025-06-09' }
		});
	});

	it('is open in season', () => {
		expect(openState(rules(daily('08:00', '17:00', [6, 7, 8, 9])), vn('2025-07-10T10:00'))).toEqual({
			status: 'open',
			closesAt: '17:00'
		});
	});

	it('opens on the first day of the season', () => {
		expect(openState(rules(daily('08:00', '17:00', [6, 7, 8, 9])), vn('2025-05-31T10:00'))).toEqual({
			status: 'closed',
			opensAt: { day: 'sun', time: '08:00', date: '2025-06-01' }
		});
	});

	it('finds the next season in the following year', () => {
		expect(openState(rules(daily('09:00', '14:00', [10])), vn('2025-11-05T10:00'))).toEqual({
			status: 'closed',
			opensAt: { day: 'thu', time: '09:00', date: '2026-10-01' }
		});
	});

	it('judges the season on the opening day of an overnight rule', () => {
		const lastNight = rules({ days: EVERY_DAY, open: '20:00', close: '02:00', months: [5] });
		expect(openState(lastNight, vn('2025-06-01T01:00'))).toEqual({ status: 'open', closesAt: '02:00' });
	});

	it('is closed with no next opening when no rule ever applies', () => {
		expect(openState(rules({ days: [], open: '08:00', close: '17:00' }), vn('2025-06-02T10:00'))).toEqual({ status: 'closed' });
	});
});

describe('helpers', () => {
	it('parseClock accepts 00:00–24:00 only', () => {
		expect(parseClock('00:00')).toBe(0);
		expect(parseClock('24:00')).toBe(1440);
		expect(parseClock('07:05')).toBe(425);
		for (const bad of ['24:01', '7:00', '07:60', '07:00:00', '']) expect(parseClock(bad)).toBeNull();
	});

	it('localMoment gives the same answer by arithmetic and by Intl for Vietnam', () => {
		const at = new Date('2025-12-31T18:45:00Z');
		expect(localMoment(at)).toEqual({ day: Date.UTC(2026, 0, 1) / 86_400_000, minute: 105 });
		expect(localMoment(at, 'Asia/Saigon')).toEqual(localMoment(at));
	});

	it('accepts the content bundle Hours type', () => {
		const fromContent: Hours = { rules: [{ days: ['mon'], open: '08:00', close: '17:00' }], checked: '2026-11-22' };
		expect(openState(fromContent, vn('2025-06-02T10:00')).status).toBe('open');
	});
});
