import { describe, expect, it } from 'vitest';
import { dayMapShape, renderDayMap } from './day-map.ts';
import type { ScheduledDay, ScheduledStop } from './schedule.ts';

function stop(code: number, at?: [number, number]): ScheduledStop {
	return {
		code,
		facts: {
			id: `p${code}`,
			type: 'place',
			name: `Place ${code}`,
			borderArea: false,
			...(at ? { location: { confidence: 'strong', lon: at[0], lat: at[1], uncertaintyM: 50, source: 'test' } } : {})
		},
		arriveMin: 0,
		leaveMin: 0,
		visitMin: 60
	};
}

function createDay(stops: ScheduledStop[]): ScheduledDay {
	return { startMin: 480, stops, km: 0, driveMin: 0, visitMin: 0, endMin: 0, estimated: false, warnings: [] };
}

const road: [number, number][] = [
	[106.25, 22.67],
	[106.3, 22.7],
	[106.4, 22.75]
];

describe('the map of a day on the printed sheet', () => {
	it('numbers the located stops as the sheet does, skipping the ones with no position', () => {
		const shape = dayMapShape(createDay([stop(1, [106.25, 22.67]), stop(2), stop(3, [106.4, 22.75])]), () => undefined)!;
		expect(shape.stops.map((s) => s.n)).toEqual([1, 3]);
	});

	it('follows the roads where a line is known and says when a drive is drawn straight', () => {
		const day = createDay([stop(1, [106.25, 22.67]), stop(2, [106.4, 22.75]), stop(3, [106.5, 22.8])]);
		const lineOf = (a: string, b: string) => (a === 'p1' && b === 'p2' ? road : undefined);
		const shape = dayMapShape(day, lineOf)!;
		expect(shape.legs[0]).toEqual(road);
		expect(shape.legs[1]).toEqual([
			[106.4, 22.75],
			[106.5, 22.8]
		]);
		expect(shape.basis).toBe('mixed');
		expect(dayMapShape(day, () => undefined)!.basis).toBe('straight');
		expect(dayMapShape(createDay([stop(1, [106.25, 22.67]), stop(2, [106.4, 22.75])]), () => road)!.basis).toBe('road');
	});

	it('draws nothing for a day without a located stop, and one marker with no line for a single stop', () => {
		expect(dayMapShape(createDay([stop(1)]), () => undefined)).toBeNull();
		const one = dayMapShape(createDay([stop(1, [106.25, 22.67])]), () => undefined)!;
		expect(one.basis).toBeNull();
		expect(renderDayMap(one, 'Day 1', 'd1')).toContain('>1</text>');
	});

	it('renders an SVG with its accessible name, every stop number and ids of its own', () => {
		const shape = dayMapShape(createDay([stop(1, [106.25, 22.67]), stop(2, [106.4, 22.75])]), () => road)!;
		const svg = renderDayMap(shape, 'Map of day 2 <Cao Bằng>', 'day-2');
		expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Map of day 2 &lt;Cao Bằng&gt;"/);
		expect(svg).toContain('>1</text>');
		expect(svg).toContain('>2</text>');
		expect(svg).toContain('id="day-2-overlay"');
	});
});
