import { describe, expect, it } from 'vitest';
import type { Weekday } from '$lib/domain/content/types';
import { describeOpenState } from './open-text';

/** A stand-in for i18n.t: the key and its variables, so the test reads what was chosen. */
const t = (key: string, vars?: Record<string, unknown>) => (vars ? `${key} ${JSON.stringify(vars)}` : key);
/** Thursday 26 November 2026, 10:00 and 20:00 in Vietnam. */
const THU_10 = new Date('2026-11-26T03:00:00Z');
const THU_20 = new Date('2026-11-26T13:00:00Z');
const weekdays = () => ({ rules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] as Weekday[], open: '08:00', close: '17:00' }] });

describe('describeOpenState', () => {
	it('says open and until when', () => {
		expect(describeOpenState(weekdays(), THU_10, 'en', t)).toBe('map.card.hours.open {"time":"17:00"}');
	});

	it('says closed and when it opens next, with the day in the language', () => {
		const hours = weekdays();
		expect(describeOpenState(hours, THU_20, 'en', t)).toBe('map.card.hours.closedUntil {"time":"08:00","day":"Friday, 11/27"}');
		expect(describeOpenState(hours, THU_20, 'vi', t)).toMatch(/^map\.card\.hours\.closedUntil \{"time":"08:00","day":"Thứ Sáu, 27\/11"\}$/);
	});

	it('says always open, or that the hours are not known', () => {
		expect(describeOpenState({ always: true }, THU_20, 'en', t)).toBe('map.card.hours.always');
		expect(describeOpenState({}, THU_20, 'en', t)).toBe('map.card.hours.unknown');
	});
});
