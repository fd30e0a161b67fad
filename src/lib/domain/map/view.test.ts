import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, MIN_ZOOM, PROVINCE_BOUNDS, REGION_BOUNDS, boundsOf, clampView, clusterTargetZoom, roundView, sameView } from './view';

describe('clampView', () => {
	it('keeps a view inside the region and the zoom range', () => {
		expect(clampView({ lat: 22.85, lon: 106.72, zoom: 12 })).toEqual({ lat: 22.85, lon: 106.72, zoom: 12 });
		expect(clampView({ lat: 21.03, lon: 105.85, zoom: 20 })).toEqual({ lat: REGION_BOUNDS[1], lon: 105.85, zoom: MAX_ZOOM });
		expect(clampView({ lat: 40, lon: 120, zoom: 1 })).toEqual({ lat: REGION_BOUNDS[3], lon: REGION_BOUNDS[2], zoom: MIN_ZOOM });
	});
});

describe('roundView and sameView', () => {
	it('compare views as the URL writes them', () => {
		expect(roundView({ lat: 22.854361234, lon: 106.724271, zoom: 12.3456 })).toEqual({ lat: 22.85436, lon: 106.72427, zoom: 12.35 });
		expect(sameView({ lat: 22.854361, lon: 106.724271, zoom: 12.001 }, { lat: 22.854359, lon: 106.72427, zoom: 12 })).toBe(true);
		expect(sameView({ lat: 22.85, lon: 106.72, zoom: 12 }, { lat: 22.85, lon: 106.72, zoom: 12.5 })).toBe(false);
		expect(sameView(undefined, undefined)).toBe(true);
		expect(sameView({ lat: 1, lon: 1, zoom: 1 }, undefined)).toBe(false);
	});
});

describe('boundsOf', () => {
	it('gives the box around points, or nothing for none', () => {
		expect(
			boundsOf([
				{ lon: 106.7, lat: 22.8 },
				{ lon: 105.9, lat: 23.0 },
				{ lon: 106.2, lat: 22.6 }
			])
		).toEqual([105.9, 22.6, 106.7, 23.0]);
		expect(boundsOf([{ lon: 106, lat: 22 }])).toEqual([106, 22, 106, 22]);
		expect(boundsOf([])).toBeUndefined();
	});
});

describe('clusterTargetZoom', () => {
	it("zooms to the cluster's expansion zoom, at least one level in, never past the maximum", () => {
		expect(clusterTargetZoom(10, 8)).toBe(10);
		expect(clusterTargetZoom(8, 8.4)).toBe(9.4);
		expect(clusterTargetZoom(22, 15.5)).toBe(MAX_ZOOM);
	});
});

describe('PROVINCE_BOUNDS', () => {
	it('holds the whole province outline the content check uses, with at most 0.01° to spare', () => {
		const outline = JSON.parse(
			readFileSync(new URL('../../../../data/basemap/cao_bang_province_osm.geojson', import.meta.url), 'utf8')
		) as {
			features: { geometry: { coordinates: unknown } }[];
		};
		const points: { lon: number; lat: number }[] = [];
		const walk = (c: unknown): void => {
			if (Array.isArray(c) && typeof c[0] === 'number') points.push({ lon: c[0], lat: c[1] as number });
			else if (Array.isArray(c)) c.forEach(walk);
		};
		for (const f of outline.features) walk(f.geometry.coordinates);
		const [west, south, east, north] = boundsOf(points)!;
		const [w, s, e, n] = PROVINCE_BOUNDS;
		expect(w).toBeLessThanOrEqual(west);
		expect(s).toBeLessThanOrEqual(south);
		expect(e).toBeGreaterThanOrEqual(east);
		expect(n).toBeGreaterThanOrEqual(north);
		expect(Math.max(west - w, south - s, e - east, n - north)).toBeLessThan(0.01);
	});
});
