import { describe, expect, it } from 'vitest';
import { itineraryToPlainText } from './plain-text.ts';
import { scheduleItinerary } from './schedule.ts';
import type { Itinerary } from './types.ts';

describe('itineraryToPlainText', () => {
	it('lists each day with its stops, times and notes, naming codes it cannot find', () => {
		const it: Itinerary = {
			title: 'Hai ngày',
			startDate: '2027-03-14',
			operatorName: 'An',
			operatorPhone: '',
			days: [
				{
					title: 'Thác',
					startMin: 420,
					note: '',
					stops: [
						{ code: 1, visitMin: 60, note: 'Mang\náo mưa' },
						{ code: 2, note: '' }
					]
				},
				{ title: '', note: '', stops: [{ code: 99, note: '' }] }
			]
		};
		const names = new Map([
			[1, 'Thác Bản Giốc'],
			[2, 'Động Ngườm Ngao']
		]);
		const days = scheduleItinerary(it, {
			resolve: (c) =>
				names.has(c)
					? {
							id: `p${c}`,
							type: 'place',
							name: names.get(c)!,
							borderArea: false,
							location: { confidence: 'strong', lat: 22.85, lon: 106.72, uncertaintyM: 10, source: '' }
						}
					: undefined,
			leg: () => ({ km: 5, driveMin: 15, basis: 'road' })
		});
		const text = itineraryToPlainText(it, days, {
			title: 'Hai ngày',
			operator: 'An',
			dayHeading: (i, title, date) => `Ngày ${i + 1}${title ? `: ${title}` : ''} (${date})`,
			unknownStop: (code) => `Địa điểm số ${code}`
		});
		expect(text).toBe(
			[
				'Hai ngày',
				'An',
				'',
				'Ngày 1: Thác (2027-03-14)',
				'07:00 Thác Bản Giốc (Mang áo mưa)',
				'08:15 Động Ngườm Ngao',
				'',
				'Ngày 2 (2027-03-15)',
				'08:00 Địa điểm số 99'
			].join('\n')
		);
	});
});
