import { describe, expect, it } from 'vitest';
import type { Hours } from '$lib/domain/content/types';
import { openState } from '$lib/domain/hours/opening-hours';
import { openText } from './open-text';

/** A stand-in for i18n.t: the key and its variables, so the test reads what was chosen. */
const t = (key: string, vars?: Record<string, unknown>) => (vars ? `${key} ${JSON.stringify(vars)}` : key);
/** Thursday 26 November 2026, 10:00 and 20:00 in Vietnam. */
const THU_10 = new Date('2026-11-26T03:00:00Z');
const THU_20 = new Date('2026-11-26T13:00:00Z');
const weekdays = (): Hours => ({ rules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '17:00' }] });
const text = (hours: Hours, now: Date, lang: 'vi' | 'en' = 'en') => openText(openState(hours, now), lang, t);

describe('openText', () => {
	it('says open and until when', () => {
		expect(text(weekdays(), THU_10)).toBe('hours.open {"time":"17:00"}');
	});

	it('says closed and when it opens next, with the day in the language', () => {
		expect(text(weekdays(), THU_20)).toBe('hours.closedUntil {"time":"08:00","day":"Friday, 11/27"}');
		expect(text(weekdays(), THU_20, 'vi')).toBe('hours.closedUntil {"time":"08:00","day":"Thứ Sáu, 27/11"}');
	});

	it('says always open, or that the hours are not known', () => {
		expect(text({ always: true }, THU_20)).toBe('hours.always');
		expect(text({}, THU_20)).toBe('hours.unknown');
	});
});
