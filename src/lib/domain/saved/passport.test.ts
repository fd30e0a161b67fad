import { describe, expect, it } from 'vitest';
import type { PlaceKind } from '../content/types.ts';
import { passportProgress, placeKinds } from './passport.ts';
import type { Visit } from './types.ts';

const createKinds = (): Map<string, PlaceKind> =>
	new Map<string, PlaceKind>([
		['ban-gioc', 'geosite'],
		['nguom-ngao', 'geosite'],
		['thang-hen', 'geosite'],
		['pac-bo', 'relic'],
		['tran-hung-dao-forest', 'relic'],
		['khuoi-ky', 'culture'],
		['homestay', 'service']
	]);

const createRoutes = () => [
	{ id: 'east', stops: ['khuoi-ky', 'ban-gioc', 'nguom-ngao'] },
	{ id: 'north', stops: ['pac-bo', 'thang-hen'] }
];

const visit = (placeId: string, visitedAt = '2026-03-05T10:00:00.000+07:00'): Visit => ({ placeId, visitedAt });

describe('passportProgress', () => {
	it('counts nothing when there are no visits', () => {
		const p = passportProgress(createRoutes(), [], createKinds());
		expect(p.routes.map((r) => [r.routeId, r.visited, r.total])).toEqual([
			['east', 0, 3],
			['north', 0, 2]
		]);
		expect(p.geosites).toEqual({ visited: 0, total: 3 });
		expect(p.relics).toEqual({ visited: 0, total: 2 });
	});

	it('lists the stops of a route in route order with the date of each stamp', () => {
		const p = passportProgress(createRoutes(), [visit('nguom-ngao', '2026-03-06T09:00:00.000+07:00'), visit('khuoi-ky')], createKinds());
		expect(p.routes[0]).toEqual({
			routeId: 'east',
			visited: 2,
			total: 3,
			stops: [
				{ placeId: 'khuoi-ky', visitedAt: '2026-03-05T10:00:00.000+07:00' },
				{ placeId: 'ban-gioc', visitedAt: null },
				{ placeId: 'nguom-ngao', visitedAt: '2026-03-06T09:00:00.000+07:00' }
			]
		});
	});

	it('counts geosites and relic sites across all places, on a route or not', () => {
		const p = passportProgress([], [visit('ban-gioc'), visit('thang-hen'), visit('pac-bo'), visit('khuoi-ky')], createKinds());
		expect(p.geosites).toEqual({ visited: 2, total: 3 });
		expect(p.relics).toEqual({ visited: 1, total: 2 });
	});

	it('counts a stop listed twice in a route once', () => {
		const p = passportProgress([{ id: 'loop', stops: ['ban-gioc', 'nguom-ngao', 'ban-gioc'] }], [visit('ban-gioc')], createKinds());
		expect(p.routes[0]).toMatchObject({ visited: 1, total: 2 });
		expect(p.routes[0]?.stops.map((s) => s.placeId)).toEqual(['ban-gioc', 'nguom-ngao']);
	});

	it('leaves visits to places the guide no longer has out of the totals', () => {
		const p = passportProgress(createRoutes(), [visit('gone-place')], createKinds());
		expect(p.geosites.visited + p.relics.visited).toBe(0);
		expect(p.routes.every((r) => r.visited === 0)).toBe(true);
	});

	it('keeps the order of the routes it is given', () => {
		const p = passportProgress([...createRoutes()].reverse(), [], createKinds());
		expect(p.routes.map((r) => r.routeId)).toEqual(['north', 'east']);
	});
});

describe('placeKinds', () => {
	it('maps each place id to its kind', () => {
		expect(
			placeKinds([
				{ id: 'a', kind: 'geosite' },
				{ id: 'b', kind: 'relic' }
			])
		).toEqual(
			new Map<string, PlaceKind>([
				['a', 'geosite'],
				['b', 'relic']
			])
		);
	});
});
