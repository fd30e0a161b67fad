/**
 * The real guide's content: checks that hold for everything we publish, beyond the schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, readProvince } from '../../tools/content/load-content.ts';
import { compileContent } from '../../tools/content/compile.ts';
import { pointInGeometry } from '../../tools/content/point-in-polygon.ts';
import { loadSearchIndex, searchDocs } from '../../src/lib/domain/search/search-index.ts';

const root = join(import.meta.dirname, '../..');
const province = readProvince(root);
const { content, problems } = loadContent(root, province);
const compiled = compileContent(content, { siteUrl: 'https://guide.example.vn' });
const { vi, en } = compiled.bundles;

describe('the guide content', () => {
	it('has no errors and no missing translations', () => {
		expect(problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.en}`)).toEqual([]);
	});

	it('holds the places, routes and pages the guide promises', () => {
		const ids = new Set(vi.places.map((p) => p.id));
		for (const id of [
			'pac-bo-special-national-relic',
			'tran-hung-dao-forest',
			'border-victory-1950-dong-khe',
			'ban-gioc-waterfall',
			'nguom-ngao-cave',
			'coc-bo-cave',
			'thang-hen-lake',
			'mat-than-nui-angel-eye',
			'ma-phuc-pass-pillow-basalt',
			'phja-oac-phja-den-national-park',
			'khuoi-ky-stone-village'
		]) {
			expect(ids.has(id), id).toBe(true);
		}
		expect(vi.routes.map((r) => r.id).sort()).toEqual(
			['dong-van-connection', 'east-traditional-cultures', 'north-journey-to-the-roots', 'time-of-fire-and-flowers', 'west-phja-oac'].sort()
		);
		expect(vi.pages.map((p) => p.id)).toContain('about');
	});

	it('has the same entries, in the same order, in both languages', () => {
		expect(en.places.map((p) => p.id)).toEqual(vi.places.map((p) => p.id));
		expect(en.routes.map((r) => r.id)).toEqual(vi.routes.map((r) => r.id));
		expect(en.services.map((s) => s.id)).toEqual(vi.services.map((s) => s.id));
		expect(en.pages.map((p) => p.id).sort()).toEqual(vi.pages.map((p) => p.id).sort());
	});

	it('shares every language-neutral fact between the bundles', () => {
		vi.places.forEach((p, i) => {
			const e = en.places[i];
			expect(e && { kind: e.kind, location: e.location, routes: e.routes, hours: e.hours, checked: e.checked }).toEqual({
				kind: p.kind,
				location: p.location,
				routes: p.routes,
				hours: p.hours,
				checked: p.checked
			});
			expect(e?.tickets.prices?.map((x) => x.vnd)).toEqual(p.tickets.prices?.map((x) => x.vnd));
		});
	});

	it('is translated everywhere', () => {
		const untranslated = [...en.places, ...en.routes, ...en.services, ...en.pages].filter((x) => x.untranslated).map((x) => x.id);
		expect(untranslated).toEqual([]);
	});

	it('lists only existing places as route stops, and routes list their places back', () => {
		const ids = new Set(vi.places.map((p) => p.id));
		for (const route of vi.routes) {
			for (const stop of route.stops) expect(ids.has(stop), `${route.id} → ${stop}`).toBe(true);
		}
		for (const place of vi.places) {
			for (const routeId of place.routes) {
				expect(vi.routes.find((r) => r.id === routeId)?.stops, `${place.id} on ${routeId}`).toContain(place.id);
			}
		}
	});

	it('uses the researched coordinates exactly, with their confidence and uncertainty', () => {
		type Coord = { id: string; lat: number | null; lon: number | null; confidence: string; uncertainty_km: number | null };
		const coords = JSON.parse(readFileSync(join(root, 'seeds/facts/coords.json'), 'utf8')) as Coord[];
		const byId = new Map(coords.map((c) => [c.id, c]));
		expect(vi.places.length).toBe(coords.length);
		for (const p of vi.places) {
			const c = byId.get(p.id);
			expect(c, p.id).toBeDefined();
			if (!c) continue;
			expect(p.location.confidence, p.id).toBe(c.confidence);
			if (p.location.confidence !== 'none') {
				expect([p.location.lat, p.location.lon], p.id).toEqual([c.lat, c.lon]);
				expect(p.location.uncertaintyM, p.id).toBe(Math.round((c.uncertainty_km ?? 0) * 1000));
			}
		}
	});

	it('puts every coordinate inside Cao Bằng province', () => {
		const outside = [...vi.places, ...vi.services]
			.filter((x) => x.location && x.location.confidence !== 'none')
			.filter((x) => x.location && x.location.confidence !== 'none' && !pointInGeometry([x.location.lon, x.location.lat], province))
			.map((x) => x.id);
		expect(outside).toEqual([]);
	});

	it('gives every price and opening hour a source and a checked date', () => {
		for (const p of vi.places) {
			if (p.tickets.prices?.length || p.tickets.free) expect(p.tickets.source && p.tickets.checked, p.id).toBeTruthy();
			if (p.hours.rules?.length || p.hours.always) expect(p.hours.source && p.hours.checked, p.id).toBeTruthy();
		}
		for (const s of vi.services) {
			if (s.priceRange) expect(s.priceRange.source && s.priceRange.checked, s.id).toBeTruthy();
		}
	});

	it('keeps summaries short enough for a card', () => {
		const long = [...vi.places, ...en.places, ...vi.routes, ...en.routes].filter((x) => [...x.summary].length > 200).map((x) => x.id);
		expect(long).toEqual([]);
	});
});

describe('search over the published index', () => {
	const file = compiled.files.find((f) => f.fileName.startsWith('content/search.'));
	const index = loadSearchIndex(String(file?.source));
	const first = (q: string) => searchDocs(index, q, { limit: 1 })[0]?.ref;

	it.each([
		['ban gioc', 'place:ban-gioc-waterfall'],
		['Bản Giốc', 'place:ban-gioc-waterfall'],
		['Ban Gioc Waterfall', 'place:ban-gioc-waterfall'],
		['pac bo', 'place:pac-bo-special-national-relic'],
		['nguom ngao', 'place:nguom-ngao-cave'],
		['khuoi ky', 'place:khuoi-ky-stone-village'],
		['homestay khuoi ky', 'service:khuoi-ky-homestays'],
		['tuyen phia dong', 'route:east-traditional-cultures'],
		['tran hung dao', 'place:tran-hung-dao-forest'],
		['bien gioi 1950', 'place:border-victory-1950-dong-khe']
	])('%s → %s, places before the services named after them', (q, ref) => {
		expect(first(q)).toBe(ref);
	});
});
