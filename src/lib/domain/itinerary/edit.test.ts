import { describe, expect, it } from 'vitest';
import {
	addDay,
	addStop,
	dropStop,
	itineraryFromCodes,
	itineraryFromDays,
	moveStop,
	nudgeStop,
	removeDay,
	removeStop,
	updateDay,
	updateStop
} from './edit.ts';
import { ITINERARY_LIMITS, type Itinerary } from './types.ts';

const codes = (it: Itinerary) => it.days.map((d) => d.stops.map((s) => s.code));

function createTwoDays(): Itinerary {
	return addStop(addStop(addDay(addStop(addStop(itineraryFromCodes([1]), 2), 3)), 4), 5);
}

describe('itinerary edits', () => {
	it('build days of stops in order', () => {
		expect(codes(createTwoDays())).toEqual([
			[1, 2, 3],
			[4, 5]
		]);
	});

	it('never change the itinerary they were given', () => {
		const it = createTwoDays();
		const before = JSON.stringify(it);
		moveStop(it, { day: 0, index: 0 }, { day: 1, index: 1 });
		removeDay(it, 1);
		updateStop(it, { day: 0, index: 0 }, { note: 'x' });
		expect(JSON.stringify(it)).toBe(before);
	});

	it('drop a dragged stop into the gap it was let go over, in its day or another', () => {
		const it = createTwoDays();
		// Gaps are counted before the move: the gap after stop 3 of day 1 is slot 3.
		const down = dropStop(it, { day: 0, index: 0 }, { day: 0, slot: 3 });
		expect(codes(down.itinerary)).toEqual([
			[2, 3, 1],
			[4, 5]
		]);
		expect(down.at).toEqual({ day: 0, index: 2 });
		const up = dropStop(it, { day: 0, index: 2 }, { day: 0, slot: 0 });
		expect(codes(up.itinerary)).toEqual([
			[3, 1, 2],
			[4, 5]
		]);
		const across = dropStop(it, { day: 1, index: 1 }, { day: 0, slot: 1 });
		expect(codes(across.itinerary)).toEqual([[1, 5, 2, 3], [4]]);
		expect(across.at).toEqual({ day: 0, index: 1 });
		const toEnd = dropStop(it, { day: 0, index: 0 }, { day: 1, slot: 2 });
		expect(codes(toEnd.itinerary)).toEqual([
			[2, 3],
			[4, 5, 1]
		]);
		expect(toEnd.at).toEqual({ day: 1, index: 2 });
	});

	it('leave the trip as it is when a stop is dropped on either side of itself', () => {
		const it = createTwoDays();
		expect(dropStop(it, { day: 0, index: 1 }, { day: 0, slot: 1 }).itinerary).toBe(it);
		expect(dropStop(it, { day: 0, index: 1 }, { day: 0, slot: 2 }).itinerary).toBe(it);
		expect(dropStop(it, { day: 0, index: 1 }, { day: 0, slot: 2 }).at).toEqual({ day: 0, index: 1 });
	});

	it('move a stop within a day and to another day', () => {
		const it = createTwoDays();
		expect(codes(moveStop(it, { day: 0, index: 0 }, { day: 0, index: 2 }))).toEqual([
			[2, 3, 1],
			[4, 5]
		]);
		expect(codes(moveStop(it, { day: 0, index: 1 }, { day: 1, index: 1 }))).toEqual([
			[1, 3],
			[4, 2, 5]
		]);
		expect(codes(moveStop(it, { day: 1, index: 0 }, { day: 0, index: 99 }))).toEqual([[1, 2, 3, 4], [5]]);
		expect(moveStop(it, { day: 0, index: 1 }, { day: 0, index: 1 })).toBe(it);
		expect(moveStop(it, { day: 5, index: 0 }, { day: 0, index: 0 })).toBe(it);
	});

	it('nudge a stop up and down by keyboard, crossing day boundaries at the ends', () => {
		const it = createTwoDays();
		const down = nudgeStop(it, { day: 0, index: 2 }, 1);
		expect(codes(down.itinerary)).toEqual([
			[1, 2],
			[3, 4, 5]
		]);
		expect(down.at).toEqual({ day: 1, index: 0 });
		const up = nudgeStop(down.itinerary, down.at, -1);
		expect(codes(up.itinerary)).toEqual([
			[1, 2, 3],
			[4, 5]
		]);
		expect(up.at).toEqual({ day: 0, index: 2 });
		expect(nudgeStop(it, { day: 0, index: 0 }, -1)).toEqual({ itinerary: it, at: { day: 0, index: 0 } });
		expect(nudgeStop(it, { day: 1, index: 1 }, 1).itinerary).toBe(it);
	});

	it('remove days but always keep one', () => {
		const it = createTwoDays();
		expect(codes(removeDay(it, 0))).toEqual([[4, 5]]);
		expect(removeDay(removeDay(it, 0), 0).days).toHaveLength(1);
	});

	it('rename days, set start times and notes, and clear them again', () => {
		let it = updateDay(createTwoDays(), 1, { title: 'Về nguồn', startMin: 450 });
		expect(it.days[1]).toMatchObject({ title: 'Về nguồn', startMin: 450 });
		it = updateDay(it, 1, { startMin: undefined });
		expect('startMin' in it.days[1]!).toBe(false);
		it = updateStop(it, { day: 0, index: 1 }, { note: 'Ăn trưa', visitMin: 90 });
		expect(it.days[0]!.stops[1]).toEqual({ code: 2, note: 'Ăn trưa', visitMin: 90 });
		expect(codes(removeStop(it, { day: 0, index: 1 }))).toEqual([
			[1, 3],
			[4, 5]
		]);
	});

	it('stop at the limits instead of growing without end', () => {
		let it = itineraryFromCodes([]);
		for (let i = 0; i < ITINERARY_LIMITS.days + 5; i++) it = addDay(it);
		expect(it.days).toHaveLength(ITINERARY_LIMITS.days);
		let one = itineraryFromCodes([]);
		for (let i = 0; i < ITINERARY_LIMITS.stopsPerDay + 5; i++) one = addStop(one, i + 1, 0);
		expect(one.days[0]!.stops).toHaveLength(ITINERARY_LIMITS.stopsPerDay);
	});

	it('copy a suggested trip day by day, titles included, and never past the limits', () => {
		const it = itineraryFromDays(
			[
				{ title: 'North', stops: [36, 35] },
				{ title: 'East', stops: [2] }
			],
			'Three days'
		);
		expect(codes(it)).toEqual([[36, 35], [2]]);
		expect(it.days.map((d) => d.title)).toEqual(['North', 'East']);
		expect(it.title).toBe('Three days');
		const huge = itineraryFromDays(Array.from({ length: ITINERARY_LIMITS.days + 3 }, () => ({ title: 'x'.repeat(500), stops: [1] })));
		expect(huge.days).toHaveLength(ITINERARY_LIMITS.days);
		expect(huge.days[0]!.title).toHaveLength(ITINERARY_LIMITS.title);
		expect(itineraryFromDays([]).days).toHaveLength(1);
	});
});
