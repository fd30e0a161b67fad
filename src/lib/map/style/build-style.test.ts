import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { PLACE_KINDS } from '$lib/domain/content/types';
import { BASEMAP_ATTRIBUTION, DETAIL_ATTRIBUTION } from './attribution';
import { buildStyle, withoutCredits, type BuildStyleOptions } from './build-style';
import { LAYER_IDS, SELECTED_PLACE_STATE, SOURCE_IDS } from './ids';
import { KIND_COLORS, KIND_ICONS } from './tokens';
import { DETAIL_LAYERS } from '$lib/domain/map/detail-schema';

function createOptions(overrides: Partial<BuildStyleOptions> = {}): BuildStyleOptions {
	return {
		lang: 'vi',
		basemapUrl: 'pmtiles://overview',
		glyphsUrl: '/basemap/glyphs/{fontstack}/{range}.pbf',
		spriteUrl: '/basemap/sprites/caobang',
		attribution: BASEMAP_ATTRIBUTION,
		...overrides
	};
}

function layer(style: StyleSpecification, id: string): LayerSpecification {
	const found = style.layers.find((l) => l.id === id);
	if (found === undefined) throw new Error(`no layer ${id}`);
	return found;
}

function filterOf(l: LayerSpecification): unknown {
	return 'filter' in l ? l.filter : undefined;
}

function symbolLayers(style: StyleSpecification): Extract<LayerSpecification, { type: 'symbol' }>[] {
	return style.layers.filter((l): l is Extract<LayerSpecification, { type: 'symbol' }> => l.type === 'symbol');
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const channel = (i: number): number => {
		const v = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const withDetail = createOptions({ detailUrl: 'pmtiles://detail', detailAttribution: '© OpenStreetMap contributors' });

describe('buildStyle', () => {
	it('stacks the layers in the reviewed order', () => {
		expect(buildStyle(withDetail).layers.map((l) => l.id)).toMatchSnapshot();
	});

	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(buildStyle(withDetail))).toEqual([]);
		expect(validateStyleMin(buildStyle(createOptions({ lang: 'en' })))).toEqual([]);
	});

	it('uses only "Noto Sans Regular" in every symbol layer with text', () => {
		const style = buildStyle(withDetail);
		const withText = symbolLayers(style).filter((l) => l.layout?.['text-field'] !== undefined);
		expect(withText.length).toBeGreaterThan(5);
		for (const l of symbolLayers(style)) {
			if (l.layout?.['text-field'] !== undefined || l.layout?.['text-font'] !== undefined) {
				expect(l.layout?.['text-font'], l.id).toEqual(['Noto Sans Regular']);
			}
		}
	});

	it('loads nothing from another host', () => {
		const style = buildStyle(withDetail);
		const urls: string[] = [String(style.glyphs), String(style.sprite)];
		for (const source of Object.values(style.sources)) {
			if ('url' in source && typeof source.url === 'string') urls.push(source.url);
			if ('tiles' in source && Array.isArray(source.tiles)) urls.push(...source.tiles);
			if ('data' in source && typeof source.data === 'string') urls.push(source.data);
		}
		expect(urls.length).toBeGreaterThanOrEqual(4);
		for (const url of urls) expect(url).not.toMatch(/^(https?:)?\/\//i);
	});

	it('refuses remote URLs', () => {
		expect(() => buildStyle(createOptions({ basemapUrl: 'https://example.com/overview.pmtiles' }))).toThrow(/local/);
		expect(() => buildStyle(createOptions({ glyphsUrl: '//cdn.example.com/{fontstack}/{range}.pbf' }))).toThrow(/local/);
		expect(() => buildStyle(createOptions({ detailUrl: 'http://example.com/detail.pmtiles' }))).toThrow(/local/);
	});

	it("makes the sprite URL absolute on the page's origin when given the page URL", () => {
		// MapLibre rejects a relative sprite URL.
		const style = buildStyle(createOptions({ baseUrl: 'https://guide.example.vn/map?place=x' }));
		expect(style.sprite).toBe('https://guide.example.vn/basemap/sprites/caobang');
		expect(style.glyphs).toBe('/basemap/glyphs/{fontstack}/{range}.pbf');
		expect(() =>
			buildStyle(createOptions({ baseUrl: 'https://guide.example.vn/', spriteUrl: 'https://cdn.example.com/sprites/x' }))
		).toThrow(/local/);
		expect(() =>
			buildStyle(createOptions({ baseUrl: 'https://guide.example.vn/', spriteUrl: 'https://guide.example.vn/basemap/sprites/caobang' }))
		).not.toThrow();
	});

	it('credits the data on the basemap sources', () => {
		const style = buildStyle(withDetail);
		expect(style.sources[SOURCE_IDS.basemap]).toMatchObject({
			type: 'vector',
			url: 'pmtiles://overview',
			attribution: BASEMAP_ATTRIBUTION
		});
		expect(style.sources[SOURCE_IDS.detail]).toMatchObject({ attribution: '© OpenStreetMap contributors' });
		const noCredit = buildStyle(createOptions({ detailUrl: 'pmtiles://detail' }));
		expect(noCredit.sources[SOURCE_IDS.detail]).toMatchObject({ attribution: expect.stringContaining('OpenStreetMap') });
	});

	it('shows a credit both archives give once, with the detail archive, and keeps the other overview credits', () => {
		const style = buildStyle(createOptions({ detailUrl: 'pmtiles://detail', detailAttribution: DETAIL_ATTRIBUTION }));
		const credits = [style.sources[SOURCE_IDS.basemap], style.sources[SOURCE_IDS.detail]]
			.map((s) => (s as { attribution: string }).attribution)
			.join(' | ');
		expect(credits.split('© OpenStreetMap contributors (ODbL)')).toHaveLength(2);
		expect(style.sources[SOURCE_IDS.detail]).toMatchObject({ attribution: DETAIL_ATTRIBUTION });
		expect(style.sources[SOURCE_IDS.basemap]).toMatchObject({ attribution: 'Natural Earth · GSHHG (LGPL) · GeoNames (CC BY 4.0)' });
		expect(withoutCredits('A · B (x) · C', 'B (x) · D')).toBe('A · C');
	});

	it('has unique layer ids that all point at existing sources', () => {
		const style = buildStyle(withDetail);
		const ids = style.layers.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const l of style.layers) {
			if ('source' in l && typeof l.source === 'string') expect(style.sources, l.id).toHaveProperty(l.source);
		}
		for (const id of Object.values(LAYER_IDS)) expect(ids).toContain(id);
	});

	it('adds detail layers only when there is a detail basemap', () => {
		const overviewOnly = buildStyle(createOptions());
		expect(overviewOnly.sources).not.toHaveProperty(SOURCE_IDS.detail);
		expect(overviewOnly.layers.some((l) => 'source' in l && l.source === SOURCE_IDS.detail)).toBe(false);
		const detailed = buildStyle(withDetail);
		const detailSourceLayers = detailed.layers.flatMap((l) =>
			'source-layer' in l && l.source === SOURCE_IDS.detail ? [l['source-layer']] : []
		);
		expect(new Set(detailSourceLayers)).toEqual(new Set(DETAIL_LAYERS));
	});

	it('draws roads by rank: major roads on top of minor ones, each fill on its own darker casing', () => {
		const ids = buildStyle(withDetail).layers.map((l) => l.id);
		const at = (id: string) => ids.indexOf(id);
		for (const cls of ['minor', 'tertiary', 'secondary', 'primary', 'trunk']) {
			expect(at(`detail-roads-${cls}-casing`), cls).toBeGreaterThanOrEqual(0);
			// Every casing is under every fill, so junctions do not show a casing across the road.
			expect(at(`detail-roads-${cls}-casing`)).toBeLessThan(at('detail-roads-minor'));
		}
		expect(at('detail-roads-minor')).toBeLessThan(at('detail-roads-tertiary'));
		expect(at('detail-roads-primary')).toBeLessThan(at('detail-roads-trunk'));
		const casing = layer(buildStyle(withDetail), 'detail-roads-trunk-casing');
		const fill = layer(buildStyle(withDetail), 'detail-roads-trunk');
		const color = (l: LayerSpecification) => (l.paint as Record<string, string>)['line-color'] ?? '';
		expect(contrast(color(casing), '#f5f3ec')).toBeGreaterThanOrEqual(3);
		expect(color(casing)).not.toBe(color(fill));
	});

	it('shows route numbers as shields, on the overview and the detail map', () => {
		for (const id of ['road-shield', 'detail-roads-label']) {
			const shield = layer(buildStyle(withDetail), id);
			expect(JSON.stringify(shield.layout)).toContain('"ref"');
			expect((shield.paint as Record<string, unknown>)['text-halo-width']).toBeGreaterThanOrEqual(2);
		}
	});

	it('labels peaks with their height and villages with their Vietnamese name in both languages', () => {
		const peak = JSON.stringify(layer(buildStyle(withDetail), 'detail-peak-label').layout);
		expect(peak).toContain('elevation');
		expect(peak).toContain(' m');
		for (const lang of ['vi', 'en'] as const) {
			const village = JSON.stringify(layer(buildStyle({ ...withDetail, lang }), 'detail-places-label').layout);
			expect(village).toContain('["get","name"]');
		}
	});

	it('labels areas in the chosen language', () => {
		const en = layer(buildStyle(createOptions({ lang: 'en' })), 'admin-label');
		const vi = layer(buildStyle(createOptions({ lang: 'vi' })), 'admin-label');
		expect(JSON.stringify(en.layout)).toContain('name_en');
		expect(JSON.stringify(vi.layout)).toContain('name_vi');
		expect(JSON.stringify(vi.layout)).not.toContain('name_en');
	});

	it('clusters places and feeds the app sources empty by default', () => {
		const style = buildStyle(createOptions());
		expect(style.sources[SOURCE_IDS.places]).toEqual({
			type: 'geojson',
			data: { type: 'FeatureCollection', features: [] },
			cluster: true,
			clusterRadius: 32,
			clusterMaxZoom: 9
		});
		expect(style.sources[SOURCE_IDS.placeAreas]).toMatchObject({ type: 'geojson' });
		expect(style.sources[SOURCE_IDS.routes]).toMatchObject({ type: 'geojson' });
	});

	it('highlights the place named by the selection state', () => {
		const style = buildStyle(createOptions({ selectedPlaceId: 'ban-gioc-waterfall' }));
		expect(style.state).toEqual({ [SELECTED_PLACE_STATE]: { default: 'ban-gioc-waterfall' } });
		const selected = layer(style, LAYER_IDS.selected);
		expect(JSON.stringify(filterOf(selected))).toContain(JSON.stringify(['global-state', SELECTED_PLACE_STATE]));
		expect(buildStyle(createOptions()).state).toEqual({ [SELECTED_PLACE_STATE]: { default: '' } });
	});

	it('draws routes in their own colour, dashed where straight, and approximate places hollow', () => {
		const style = buildStyle(createOptions());
		const routes = layer(style, LAYER_IDS.routes);
		expect(routes.type).toBe('line');
		expect(JSON.stringify(routes.type === 'line' && routes.paint?.['line-dasharray'])).toContain('["get","road"]');
		expect(JSON.stringify(routes.type === 'line' && routes.paint?.['line-color'])).toContain('["get","color"]');
		expect(JSON.stringify(filterOf(layer(style, LAYER_IDS.approxPoints)))).toContain('"approx"');
	});

	it("draws the visitor's position and its accuracy circle above the places", () => {
		const style = buildStyle(createOptions());
		expect(style.sources[SOURCE_IDS.userLocation]).toEqual({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
		const ids = style.layers.map((l) => l.id);
		expect(ids.indexOf(LAYER_IDS.userAccuracy)).toBeGreaterThan(ids.indexOf(LAYER_IDS.labels));
		expect(ids.at(-1)).toBe(LAYER_IDS.userPosition);
	});

	it('lets the caller change colours', () => {
		const style = buildStyle(createOptions({ colors: { border: '#ff0000' } }));
		const border = layer(style, 'boundary-line');
		expect(border.type === 'line' && border.paint?.['line-color']).toBe('#ff0000');
	});
});

describe('KIND_COLORS', () => {
	it('has a distinct colour and an icon for every kind of place', () => {
		expect(Object.keys(KIND_COLORS).sort()).toEqual([...PLACE_KINDS].sort());
		expect(new Set(Object.values(KIND_COLORS)).size).toBe(PLACE_KINDS.length);
		expect(Object.keys(KIND_ICONS).sort()).toEqual([...PLACE_KINDS].sort());
	});

	it('keeps the black icons readable on every marker colour (at least 3:1)', () => {
		for (const color of Object.values(KIND_COLORS)) expect(contrast(color, '#000000')).toBeGreaterThanOrEqual(3);
	});

	it('uses icons that exist in the sprite', async () => {
		const { readFile } = await import('node:fs/promises');
		const sprite = JSON.parse(await readFile(new URL('../../../../data/basemap/sprites/caobang.json', import.meta.url), 'utf8')) as Record<
			string,
			unknown
		>;
		for (const icon of Object.values(KIND_ICONS)) expect(sprite).toHaveProperty(icon);
	});
});
