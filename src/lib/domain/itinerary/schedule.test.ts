import { describe, expect, it } from 'vitest';
import type { Located } from '../content/types.ts';
import { estimateLeg } from './estimate-leg.ts';
import { scheduleItinerary, formatMinutes, visitMinutes, type StopFacts, type ScheduleDeps } from './schedule.ts';
import type { Itinerary } from './types.ts';

const at = (lat: number, lon: number): Located => ({ confidence: 'strong', lat, lon, uncertaintyM: 50, source: 'test' });

function createFacts(): Map<number, StopFacts> {
	return new Map<number, StopFacts>([
		[1, { id: 'city', type: 'place', name: 'City', location: at(22.666, 106.258), borderArea: false }],
		[2, { id: 'falls', type: 'place', name: 'Falls', location: at(22.854, 106.724), borderArea: true, timeNeededMin: [90, 150] }],
		[
			3,
			{
				id: 'museum',
				type: 'place',
				name: 'Museum',
				location: at(22.67, 106.26),
				borderArea: false,
				hours: { rules: [{ days: ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '08:00', close: '17:00' }] }
			}
		],
		[4, { id: 'lost', type: 'place', name: 'Lost cave', borderArea: false }],
		[5, { id: 'stay', type: 'service', name: 'Homestay', location: at(22.86, 106.72), borderArea: false }]
	]);
}

/** Legs of a fixed, known length, so the totals can be checked by hand. */
const fixedLeg = (): ScheduleDeps['leg'] => () => ({ km: 30, driveMin: 60, basis: 'road' });

function trip(days: Itinerary['days'], startDate?: string): Itinerary {
	return { title: 't', operatorName: '', operatorPhone: '', days, ...(startDate ? { startDate } : {}) };
}

describe('scheduleItinerary', () => {
	it('adds up drives and visits into the day and the time it ends', () => {
		const facts = createFacts();
		const [day] = scheduleItinerary(
			trip([
				{
					title: '',
					startMin: 7 * 60,
					note: '',
					stops: [
						{ code: 1, visitMin: 30, note: '' },
						{ code: 2, note: '' },
						{ code: 3, visitMin: 45, note: '' }
					]
				}
			]),
			{
				resolve: (c) => facts.get(c),
				leg: fixedLeg()
			}
		);
		expect(day!.stops.map((s) => [formatMinutes(s.arriveMin), formatMinutes(s.leaveMin)])).toEqual([
			['07:00', '07:30'],
			['08:30', '10:30'],
			['11:30', '12:15']
		]);
		expect(day).toMatchObject({ km: 60, driveMin: 120, visitMin: 195, endMin: 12 * 60 + 15, estimated: false });
	});

	it('uses the entry’s own time needed, else an hour', () => {
		expect(visitMinutes(undefined, createFacts().get(2))).toBe(120);
		expect(visitMinutes(undefined, createFacts().get(1))).toBe(60);
		expect(visitMinutes(20, createFacts().get(2))).toBe(20);
	});

	it('warns of a stop that is closed when the group arrives, on the trip’s real date', () => {
		const facts = createFacts();
		// 2027-03-15 is a Monday: the museum is closed on Mondays.
		const days = scheduleItinerary(
			trip(
				[
					{ title: '', note: '', stops: [{ code: 3, note: '' }] },
					{ title: '', note: '', stops: [{ code: 3, note: '' }] }
				],
				'2027-03-15'
			),
			{ resolve: (c) => facts.get(c), leg: fixedLeg() }
		);
		expect(days[0]!.date).toBe('2027-03-15');
		expect(days[0]!.warnings).toContainEqual({ type: 'closed', code: 3, name: 'Museum', at: '08:00' });
		expect(days[1]!.warnings.filter((w) => w.type === 'closed')).toEqual([]);
	});

	it('cannot say a stop is closed without a date', () => {
		const facts = createFacts();
		const [day] = scheduleItinerary(trip([{ title: '', note: '', stops: [{ code: 3, note: '' }] }]), {
			resolve: (c) => facts.get(c),
			leg: fixedLeg()
		});
		expect(day!.warnings).toEqual([]);
	});

	it('warns of border areas, unknown locations, unknown codes and long days', () => {
		const facts = createFacts();
		const [day] = scheduleItinerary(
			trip([
				{
					title: '',
					startMin: 6 * 60,
					note: '',
					stops: [
						{ code: 2, visitMin: 300, note: '' },
						{ code: 4, note: '' },
						{ code: 99, note: '' },
						{ code: 1, visitMin: 300, note: '' }
					]
				}
			]),
			{ resolve: (c) => facts.get(c), leg: fixedLeg() }
		);
		expect(day!.warnings).toEqual([
			{ type: 'border', code: 2, name: 'Falls' },
			{ type: 'no-location', code: 4, name: 'Lost cave' },
			{ type: 'unknown-code', code: 99 },
			{ type: 'long-day', minutes: 300 + 60 + 60 + 60 + 300 }
		]);
	});

	it('warns of a night with nowhere to stay near the last stop, but not after the last day', () => {
		const facts = createFacts();
		const deps: ScheduleDeps = { resolve: (c) => facts.get(c), leg: fixedLeg(), lodgingNear: (p) => p.lat > 22.8 };
		const days = scheduleItinerary(
			trip([
				{ title: '', note: '', stops: [{ code: 1, note: '' }] },
				{ title: '', note: '', stops: [{ code: 2, note: '' }] },
				{ title: '', note: '', stops: [{ code: 1, note: '' }] }
			]),
			deps
		);
		expect(days.map((d) => d.warnings.filter((w) => w.type === 'no-stay'))).toEqual([[{ type: 'no-stay', name: 'City' }], [], []]);
	});

	it('marks a day whose drives are straight-line estimates', () => {
		const facts = createFacts();
		const [day] = scheduleItinerary(
			trip([
				{
					title: '',
					note: '',
					stops: [
						{ code: 1, note: '' },
						{ code: 2, note: '' }
					]
				}
			]),
			{ resolve: (c) => facts.get(c), leg: (a, b) => estimateLeg(a.location, b.location) }
		);
		expect(day!.estimated).toBe(true);
		expect(day!.stops[1]!.legBefore?.basis).toBe('estimate');
		// City to Bản Giốc is about 55 km as the crow flies; the estimate is longer.
		expect(day!.km).toBeGreaterThan(60);
	});
});
