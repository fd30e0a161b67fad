import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { isStyleReady, setControlStrings } from './maplibre-private';

/** Just the private fields MapLibre 6 has, as the helpers read and write them. */
const fakeMap = (fields: { style?: { _loaded: boolean }; _locale?: Record<string, string> }) => fields as unknown as MaplibreMap;

describe('isStyleReady', () => {
	it('is true once the style is parsed, before any tile', () => {
		expect(isStyleReady(fakeMap({ style: { _loaded: true } }))).toBe(true);
	});

	it('is false while the style loads, and when the map has no style yet', () => {
		expect(isStyleReady(fakeMap({ style: { _loaded: false } }))).toBe(false);
		expect(isStyleReady(fakeMap({}))).toBe(false);
	});
});

describe('setControlStrings', () => {
	it('replaces the strings given and keeps the others', () => {
		const map = fakeMap({ _locale: { 'NavigationControl.ZoomIn': 'Zoom in', 'ScaleControl.Meters': 'm' } });
		setControlStrings(map, { 'NavigationControl.ZoomIn': 'Phóng to' });
		expect(map._locale).toEqual({ 'NavigationControl.ZoomIn': 'Phóng to', 'ScaleControl.Meters': 'm' });
	});
});
