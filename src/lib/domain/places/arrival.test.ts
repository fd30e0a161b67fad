import { describe, expect, it } from 'vitest';
import type { Location, Place } from '../content/types.ts';
import { arrivalRadiusM, arrivedAt, isNearProvince } from './arrival.ts';

function place(id: string, location: Location): Place {
	return { id, location } as Place;
}
const cocBo = place('coc-bo-cave', { confidence: 'single-source', lat: 22.97344, lon: 106.04933, uncertaintyM: 300, source: 't' });
const lenin = place('lenin-stream', { confidence: 'derived', lat: 22.9722, lon: 106.0502, uncertaintyM: 500, source: 't' });
const commune = place('some-commune', { confidence: 'commune-area', lat: 22.9735, lon: 106.0494, uncertaintyM: 6000, source: 't' });

describe('arrivedAt', () => {
	it('finds the nearest place whose radius the visitor is inside', () => {
		expect(arrivedAt({ lat: 22.9734, lon: 106.0493, accuracyM: 20 }, [lenin, cocBo], new Set())?.id).toBe('coc-bo-cave');
	});
	it('does not announce a place twice', () => {
		expect(arrivedAt({ lat: 22.9734, lon: 106.0493, accuracyM: 20 }, [cocBo, lenin], new Set(['coc-bo-cave']))?.id).toBe('lenin-stream');
	});
	it('ignores areas that stand for a whole commune, and poor fixes', () => {
		expect(arrivedAt({ lat: 22.9735, lon: 106.0494, accuracyM: 20 }, [commune], new Set())).toBeUndefined();
		expect(arrivedAt({ lat: 22.9734, lon: 106.0493, accuracyM: 2000 }, [cocBo], new Set())).toBeUndefined();
	});
	it('says nothing far away', () => {
		expect(arrivedAt({ lat: 22.66, lon: 106.25, accuracyM: 10 }, [cocBo, lenin], new Set())).toBeUndefined();
	});
});

describe('arrivalRadiusM', () => {
	it('keeps the radius between 150 m and 800 m', () => {
		expect(arrivalRadiusM(30)).toBe(150);
		expect(arrivalRadiusM(300)).toBe(300);
		expect(arrivalRadiusM(5000)).toBe(800);
	});
});

describe('isNearProvince', () => {
	it('tells Cao Bằng from Hà Nội', () => {
		expect(isNearProvince({ lat: 22.66568, lon: 106.25786 })).toBe(true);
		expect(isNearProvince({ lat: 21.0285, lon: 105.8542 })).toBe(false);
	});
});
