import { describe, expect, it } from 'vitest';
import { newestSavedFirst, visitsInOrder } from './order.ts';

describe('newestSavedFirst', () => {
	it('puts the most recently saved place first, comparing instants across time zones', () => {
		const saved = [
			{ placeId: 'a', savedAt: '2026-03-05T08:00:00+07:00' }, // 01:00 UTC
			{ placeId: 'b', savedAt: '2026-03-05T02:00:00Z' },
			{ placeId: 'c', savedAt: '2026-03-04T23:00:00Z' }
		];
		expect(newestSavedFirst(saved).map((s) => s.placeId)).toEqual(['b', 'a', 'c']);
	});

	it('breaks ties by place id, so the order never flickers', () => {
		const at = '2026-03-05T08:00:00+07:00';
		expect(
			newestSavedFirst([
				{ placeId: 'b', savedAt: at },
				{ placeId: 'a', savedAt: at }
			]).map((s) => s.placeId)
		).toEqual(['a', 'b']);
	});
});

describe('visitsInOrder', () => {
	it('puts the first stamp first', () => {
		const visits = [
			{ placeId: 'late', visitedAt: '2026-03-07T08:00:00+07:00' },
			{ placeId: 'early', visitedAt: '2026-03-05T08:00:00+07:00' }
		];
		expect(visitsInOrder(visits).map((v) => v.placeId)).toEqual(['early', 'late']);
	});
});
