import { describe, expect, it } from 'vitest';
import { describeDays, describeRule } from './hours-text.ts';

describe('describeDays', () => {
	it('says "every day" for all seven days', () => {
		expect(describeDays(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], 'en', 'Every day')).toBe('Every day');
	});
	it('joins consecutive days into ranges', () => {
		expect(describeDays(['mon', 'tue', 'wed', 'fri'], 'en', 'x')).toBe('Mon–Wed, Fri');
	});
	it('names days in Vietnamese', () => {
		expect(describeDays(['sat', 'sun'], 'vi', 'x')).toBe('Thứ 7–CN');
	});
});

describe('describeRule', () => {
	it('adds months for seasonal rules', () => {
		expect(describeRule({ days: ['sat'], open: '07:00', close: '18:00', months: [6, 7] }, 'en', 'x')).toBe('Sat 07:00–18:00 (Jun, Jul)');
	});
});
