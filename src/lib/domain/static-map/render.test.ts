import { describe, expect, it } from 'vitest';
import { CENTRE, createPlaceInput } from './create-fixtures';
import { textRect, type Anchor } from './labels';
import { createProjector } from './projection';
import { LAYER_IDS, groupStops, numberRanges, renderStaticMap } from './render';

type Text = { x: number; y: number; size: number; anchor: Anchor; text: string };

/** Every <text> with its position, size, anchor and content (entities decoded). */
function texts(svg: string): Text[] {
	return [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" font-size="([\d.]+)" text-anchor="(\w+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
		x: Number(m[1]),
		y: Number(m[2]),
		size: Number(m[3]),
		anchor: m[4] as Anchor,
		text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
	}));
}

describe('renderStaticMap', () => {
	it('draws every layer in order, each in its own group', () => {
		const svg = renderStaticMap(createPlaceInput({ idPrefix: 'ban-gioc' }));
		const ids = [...svg.matchAll(/<g id="([^"]+)"/g)].map((m) => m[1]);
		expect(ids).toEqual(LAYER_IDS.map((l) => `ban-gioc-${l}`));
	});

	it('is an accessible image with a title, and escapes it', () => {
		const svg = renderStaticMap(createPlaceInput());
		expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Bản đồ: Thác Bản Giốc &amp; đường đi"/);
		expect(svg).toContain('<title>Bản đồ: Thác Bản Giốc &amp; đường đi</title>');
	});

	it('writes village, river and peak names in Vietnamese with their diacritics, and the OSM attribution', () => {
		const labels = texts(renderStaticMap(createPlaceInput())).map((t) => t.text);
		expect(labels).toEqual(
			expect.arrayContaining(['Đàm Thủy', 'Sông Quây Sơn', 'Phja Piót 812 m', 'ĐT206', '© OpenStreetMap contributors'])
		);
	});

	it('keeps every label inside the frame, dropping one that cannot fit', () => {
		const svg = renderStaticMap(createPlaceInput());
		for (const t of texts(svg)) {
			const r = textRect(t.x, t.y, t.text, t.size, t.anchor);
			expect(r.x0, t.text).toBeGreaterThanOrEqual(0);
			expect(r.x1, t.text).toBeLessThanOrEqual(400);
			expect(r.y0, t.text).toBeGreaterThanOrEqual(0);
			expect(r.y1, t.text).toBeLessThanOrEqual(300);
		}
		// At x ≈ 330 px the long name (≈ 180 px) runs past the right edge, and left, above and below it meets other labels.
		expect(svg).not.toContain('Làng ở mép khung hình rất xa');
	});

	it('keeps only what the frame shows: roads are cut at its edge', () => {
		const svg = renderStaticMap(createPlaceInput());
		const coords = [...svg.matchAll(/<path d="([^"]+)"/g)].flatMap((m) =>
			[...m[1]!.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((c) => [Number(c[1]), Number(c[2])])
		);
		for (const [x, y] of coords) {
			expect(x).toBeGreaterThanOrEqual(-8);
			expect(x).toBeLessThanOrEqual(408);
			expect(y).toBeGreaterThanOrEqual(-8);
			expect(y).toBeLessThanOrEqual(308);
		}
	});

	it('draws the uncertainty circle when it is wider than the marker, and only the marker when not', () => {
		const wide = renderStaticMap(createPlaceInput());
		expect(wide).toMatch(/<circle [^>]*r="(\d+\.?\d*)"[^>]*stroke-dasharray/);
		const exact = renderStaticMap(
			createPlaceInput({ overlay: { type: 'place', lon: CENTRE[0], lat: CENTRE[1], uncertaintyM: 20, color: '#E69F00' } })
		);
		expect(exact).not.toMatch(/<circle [^>]*stroke-dasharray/);
	});

	it('leaves out lanes and paths when zoomed out', () => {
		const near = renderStaticMap(createPlaceInput());
		const far = renderStaticMap(createPlaceInput({ view: { center: CENTRE, zoom: 10, width: 400, height: 300 } }));
		expect(near).toContain('stroke-dasharray="1 2"');
		expect(far).not.toContain('stroke-dasharray="1 2"');
	});

	it('draws a route with numbered stops', () => {
		const [x, y] = CENTRE;
		const svg = renderStaticMap(
			createPlaceInput({
				overlay: {
					type: 'route',
					color: '#1565c0',
					legs: [
						[
							[x - 0.01, y],
							[x + 0.01, y]
						]
					],
					stops: [
						{ lon: x - 0.01, lat: y, n: 1 },
						{ lon: x + 0.01, lat: y, n: 2 }
					]
				}
			})
		);
		expect(svg).toContain('stroke="#1565c0" stroke-width="3.5"');
		expect(texts(svg).map((t) => t.text)).toEqual(expect.arrayContaining(['1', '2']));
	});
});

describe('stop markers', () => {
	it('share one marker when they would overlap, numbered as ranges', () => {
		const projector = createProjector({ center: CENTRE, zoom: 10, width: 400, height: 300 });
		const [x, y] = CENTRE;
		const stops = [1, 2, 3].map((n) => ({ lon: x + n * 0.0001, lat: y, n })).concat([{ lon: x + 0.2, lat: y, n: 4 }]);
		expect(groupStops(stops, projector).map((g) => g.label)).toEqual(['1–3', '4']);
	});

	it('writes runs of numbers as ranges', () => {
		expect(numberRanges([12, 10, 11, 1, 16])).toBe('1, 10–12, 16');
	});
});
