// The office reads this table to decide what to survey: a wrong ✔ hides a gap a visitor will hit.
import { describe, expect, it } from 'vitest';
import { makePlace, makeRoute, makeService, northOfCity } from '../../../../tests/fixtures/bundle.ts';
import { isComplete, isFullyNamed, olderThanYear, openGaps, routeGapTable, staleServiceFacts, withoutContact } from './gaps.ts';

const falls = makePlace({ id: 'falls', name: 'Falls', location: northOfCity(0) });
const pass = makePlace({ id: 'pass', name: 'Pass', location: northOfCity(1) }); // ~110 km north: nothing around
const route = makeRoute({ id: 'east', stops: ['falls', 'pass'] });
const services = [
	makeService({ id: 'hotel', kind: 'hotel', places: ['falls'] }),
	makeService({ id: 'homestay', kind: 'homestay', location: northOfCity(0.05) }),
	makeService({ id: 'dishes', kind: 'local-dish', places: ['falls'], generic: true }),
	makeService({ id: 'coach', kind: 'coach', places: ['falls'] }),
	makeService({ id: 'board', kind: 'information-centre', places: ['falls'] }),
	makeService({ id: 'market', kind: 'market', places: ['pass'] })
];

describe('routeGapTable', () => {
	const table = routeGapTable(route, [falls, pass], services, {}, '2026-12-02');

	it('counts named services per link, ~ for a group entry only, and a gap where nothing is known', () => {
		const [first, second] = table.rows;
		expect(first!.cells).toEqual({
			stay: { state: 'ok', count: 2 },
			eat: { state: 'generic', count: 1 },
			move: { state: 'ok', count: 1 },
			guide: { state: 'gap' },
			info: { state: 'ok', count: 1 }
		});
		// A market is "buy", not one of the five links: the pass has only gaps.
		expect(Object.values(second!.cells).every((c) => c.state === 'gap')).toBe(true);
		expect(openGaps(table)).toHaveLength(6);
	});

	it('calls a stop complete only when no link is a gap, and fully named only without group entries', () => {
		const full = routeGapTable(
			route,
			[falls, pass],
			[...services, makeService({ id: 'guide', kind: 'guide', places: ['falls'] })],
			{},
			'2026-12-02'
		);
		expect(isComplete(full.rows[0]!)).toBe(true);
		expect(isFullyNamed(full.rows[0]!)).toBe(false);
		expect(isComplete(full.rows[1]!)).toBe(false);
	});

	it('stops counting an accepted stop’s gaps until the acceptance runs out', () => {
		const accepted = { pass: { reason: 'nobody lives on the pass', until: '2027-06-30' } };
		const before = routeGapTable(route, [falls, pass], services, accepted, '2026-12-02');
		expect(before.rows[1]!.accepted).toEqual({ ...accepted.pass, expired: false });
		expect(openGaps(before)).toEqual([{ stop: 'falls', link: 'guide' }]);
		const after = routeGapTable(route, [falls, pass], services, accepted, '2027-07-01');
		expect(after.rows[1]!.accepted?.expired).toBe(true);
		expect(openGaps(after)).toHaveLength(6);
	});
});

describe('dated facts and contact', () => {
	it('finds a price from more than a year ago, counting a month from its last day', () => {
		expect(olderThanYear('2019-03', '2026-12-02')).toBe(true);
		expect(olderThanYear('2025-12', '2026-12-02')).toBe(false);
		expect(olderThanYear('2025-11', '2026-12-02')).toBe(true);
		const old = makeService({
			id: 'old',
			priceRange: { minVnd: 1, maxVnd: 2, unit: 'night', asOf: '2016-05', source: 'https://example.vn', checked: '2026-11-22' },
			hours: { always: true, source: 'https://example.vn', checked: '2024-01-10' }
		});
		const fresh = makeService({
			id: 'fresh',
			priceRange: { minVnd: 1, maxVnd: 2, unit: 'night', asOf: '2026-06', source: 'https://example.vn', checked: '2026-11-22' }
		});
		expect(staleServiceFacts([old, fresh], '2026-12-02')).toEqual([
			{ service: 'old', name: 'old', fact: 'price', date: '2016-05' },
			{ service: 'old', name: 'old', fact: 'hours', date: '2024-01-10' }
		]);
	});

	it('lists named services nobody can reach, not group entries', () => {
		const list = withoutContact([
			makeService({ id: 'silent' }),
			makeService({ id: 'zalo', contact: { zalo: '0912345678' } }),
			makeService({ id: 'group', generic: true })
		]);
		expect(list.map((s) => s.id)).toEqual(['silent']);
	});
});
