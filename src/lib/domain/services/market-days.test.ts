// Market days are lunar; visitors plan by solar dates. Known Vietnamese dates pin the converter.
import { describe, expect, it } from 'vitest';
import { lunarDay, nextMarketDates, vietnamToday } from './market-days.ts';

describe('market days', () => {
	it('reads Tết and mid-autumn on the Vietnamese calendar', () => {
		expect(lunarDay('2025-01-29')).toBe(1);
		expect(lunarDay('2026-02-17')).toBe(1);
		expect(lunarDay('2027-02-06')).toBe(1);
		expect(lunarDay('2026-09-25')).toBe(15);
	});

	it('uses Vietnam’s UTC+7 new moon, not China’s: Tết 2007 fell a day earlier in Vietnam', () => {
		expect(lunarDay('2007-02-17')).toBe(1);
	});

	it('gives the next sessions of a market on days ending in 5 and 0, from Tết 2026', () => {
		expect(nextMarketDates([5, 10, 15, 20, 25, 30], '2026-02-17', 2)).toEqual(['2026-02-21', '2026-02-26']);
	});

	it('counts today when the market meets today', () => {
		// 4 December 2026 is the 26th of the lunar month: a market on days ending in 1 and 6 meets.
		expect(nextMarketDates([1, 6, 11, 16, 21, 26], '2026-12-04')).toEqual(['2026-12-04']);
		// The next session is the 1st of the next lunar month, after a 30-day month.
		expect(nextMarketDates([1, 6, 11, 16, 21, 26], '2026-12-05')).toEqual(['2026-12-09']);
	});

	it('takes the date in Vietnam, where the day starts seven hours before UTC', () => {
		expect(vietnamToday(new Date('2026-12-03T18:30:00Z'))).toBe('2026-12-04');
		expect(vietnamToday(new Date('2026-12-03T16:30:00Z'))).toBe('2026-12-03');
	});
});
