import { describe, expect, it } from 'vitest';
import { createPlace } from '../../../../tests/helpers/create-fixtures';
import { LIST_FIRST, LIST_PAGE, firstRows, pageGroups, showMore } from './list-pages';
import { groupByKind } from './relevance';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('firstRows', () => {
	it('shows a whole list no longer than a page', () => {
		expect(firstRows(numbers(LIST_PAGE))).toEqual({ items: numbers(LIST_PAGE), hidden: 0 });
		expect(firstRows([])).toEqual({ items: [], hidden: 0 });
	});

	it('cuts a longer list to its limit and counts what is left out', () => {
		const page = firstRows(numbers(10_000));
		expect(page.items).toEqual(numbers(LIST_PAGE));
		expect(page.hidden).toBe(10_000 - LIST_PAGE);
		expect(firstRows(numbers(10_000), 120).items).toHaveLength(120);
	});

	it('widens the cut to reach the row to keep', () => {
		const page = firstRows(numbers(500), LIST_PAGE, 321);
		expect(page.items.at(-1)).toBe(321);
		expect(page.hidden).toBe(500 - 322);
		expect(firstRows(numbers(500), LIST_PAGE, 3).items).toHaveLength(LIST_PAGE);
	});

	it('never shows less than one row for a nonsensical limit', () => {
		expect(firstRows(numbers(100), 0).items).toHaveLength(LIST_PAGE);
		expect(firstRows(numbers(100), Number.NaN).items).toHaveLength(LIST_PAGE);
		expect(firstRows(numbers(100), -5).items).toHaveLength(1);
	});
});

describe('pageGroups', () => {
	const many = groupByKind([
		...numbers(3).map((i) => createPlace({ id: `g${i}`, kind: 'geosite' })),
		...numbers(130).map((i) => createPlace({ id: `r${i}`, kind: 'relic' }))
	]);

	it('cuts each group on its own to a short first page and says how many it hides', () => {
		const paged = pageGroups(many, {});
		expect(LIST_FIRST).toBeLessThan(LIST_PAGE);
		expect(paged.map((g) => [g.kind, g.places.length, g.hidden])).toEqual([
			['geosite', 3, 0],
			['relic', LIST_FIRST, 130 - LIST_FIRST]
		]);
	});

	it('"Show more" adds one page to that group only, until none is hidden', () => {
		let limits = showMore({}, 'relic', LIST_FIRST);
		expect(pageGroups(many, limits)[1]?.places).toHaveLength(LIST_FIRST + LIST_PAGE);
		limits = showMore(limits, 'relic', LIST_FIRST + LIST_PAGE);
		expect(pageGroups(many, limits)[1]?.places).toHaveLength(LIST_FIRST + 2 * LIST_PAGE);
		limits = showMore(limits, 'relic', LIST_FIRST + 2 * LIST_PAGE);
		expect(pageGroups(many, limits).map((g) => g.hidden)).toEqual([0, 0]);
		expect(pageGroups(many, limits)[0]?.places).toHaveLength(3);
	});

	it('keeps the place selected on the map in its list', () => {
		const relics = pageGroups(many, {}, 'r99')[1];
		expect(relics?.places.at(-1)?.id).toBe('r99');
		expect(relics?.hidden).toBe(30);
	});
});
