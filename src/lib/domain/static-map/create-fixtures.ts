/**
 * Small static-map inputs for tests: a 2 km square around a point near Bản Giốc with one national road, one lane,
 * a river with a Vietnamese name, a lake, villages (one near the edge of the frame) and a peak.
 */
import type { StaticMapData, StaticMapInput } from './types';

export const CENTRE: [number, number] = [106.72, 22.85];

export function createMapData(): StaticMapData {
	const [x, y] = CENTRE;
	return {
		roads: [
			{
				cls: 'secondary',
				ref: 'ĐT206',
				coords: [
					[x - 0.05, y - 0.004],
					[x, y - 0.002],
					[x + 0.05, y + 0.003]
				]
			},
			{
				cls: 'minor',
				coords: [
					[x, y - 0.002],
					[x + 0.002, y + 0.01]
				]
			},
			{
				cls: 'path',
				coords: [
					[x + 0.002, y + 0.01],
					[x + 0.004, y + 0.012]
				]
			}
		],
		waterAreas: [
			[
				[
					[x - 0.006, y + 0.004],
					[x - 0.002, y + 0.004],
					[x - 0.002, y + 0.007],
					[x - 0.006, y + 0.007]
				]
			]
		],
		waterways: [
			{
				cls: 'river',
				name: 'Sông Quây Sơn',
				coords: [
					[x - 0.05, y + 0.002],
					[x + 0.05, y + 0.001]
				]
			}
		],
		settlements: [
			{ name: 'Đàm Thủy', cls: 'village', lon: x + 0.004, lat: y - 0.006 },
			{ name: 'Bản Giốc', cls: 'hamlet', lon: x - 0.003, lat: y - 0.004 },
			{ name: 'Làng ở mép khung hình rất xa', cls: 'village', lon: x + 0.0112, lat: y + 0.001 }
		],
		peaks: [{ name: 'Phja Piót', ele: 812, lon: x - 0.007, lat: y - 0.006 }]
	};
}

export function createPlaceInput(overrides: Partial<StaticMapInput> = {}): StaticMapInput {
	return {
		view: { center: CENTRE, zoom: 14, width: 400, height: 300 },
		data: createMapData(),
		overlay: { type: 'place', lon: CENTRE[0], lat: CENTRE[1], uncertaintyM: 300, color: '#E69F00' },
		title: 'Bản đồ: Thác Bản Giốc & đường đi',
		...overrides
	};
}
