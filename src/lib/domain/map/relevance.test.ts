import { describe, expect, it } from 'vitest';
import { createPlace } from '../../../../tests/helpers/create-fixtures';
import { groupByKind, orderByRelevance } from './relevance';

describe('orderByRelevance', () => {
	it('orders by kind (geosites first, services last), then by order, then by id', () => {
		const places = [
			createPlace({ id: 'inn', kind: 'service', order: 1 }),
			createPlace({ id: 'b-cave', kind: 'geosite', order: 20 }),
			createPlace({ id: 'relic', kind: 'relic', order: 1 }),
			createPlace({ id: 'a-cave', kind: 'geosite', order: 20 }),
			createPlace({ id: 'falls', kind: 'geosite', order: 10 })
		];
		expect(orderByRelevance(places).map((p) => p.id)).toEqual(['falls', 'a-cave', 'b-cave', 'relic', 'inn']);
		expect(places[0]?.id).toBe('inn');
	});
});

describe('groupByKind', () => {
	it('groups consecutive places of one kind and leaves out empty kinds', () => {
		const groups = groupByKind(
			orderByRelevance([
				createPlace({ id: 'a', kind: 'relic' }),
				createPlace({ id: 'b', kind: 'geosite' }),
				createPlace({ id: 'c', kind: 'relic' })
			])
		);
		expect(groups.map((g) => [g.kind, g.places.map((p) => p.id)])).toEqual([
			['geosite', ['b']],
			['relic', ['a', 'c']]
		]);
	});
});
