/**
 * Content truth on the real guide (issue 12), as a visitor reads it on a place page: since the
 * 2025 reform a bare pre-2025 district next to a commune reads as a second commune
 * ("Trường Hà · Hà Quảng"), so every district shown says it is a former one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { i18n } from '$lib/i18n/i18n.svelte';
import { loadContent, readProvince } from '../../../tools/content/load-content';
import { compileContent } from '../../../tools/content/compile';
import { cleanup, render } from '../../../tests/fixtures/mount';
import PlaceView from './PlaceView.svelte';

const root = join(import.meta.dirname, '../../..');
const { content } = loadContent(root, readProvince(root));
const { bundles } = compileContent(content, { siteUrl: 'https://guide.example.vn' });

afterEach(() => {
	cleanup();
	i18n.setLanguage('vi');
});

describe('place pages of the real guide', () => {
	it.each(['vi', 'en'] as const)(
		'never show a bare former district (%s)',
		(lang) => {
			i18n.setLanguage(lang);
			const bundle = bundles[lang];
			const withDistrict = bundle.places.filter((p) => p.district);
			expect(withDistrict.length).toBeGreaterThan(50);
			// One page per way of naming the area is enough: the line depends only on these three fields.
			const seen = new Set<string>();
			const samples = withDistrict.filter((p) => {
				const key = [p.commune, p.communeOld, p.district].join('|');
				return !seen.has(key) && seen.add(key);
			});
			const label =
				lang === 'vi'
					? /huyện .+ cũ|thành phố Cao Bằng cũ|trước 2025: .+, huyện /
					: /former .+ district|former Cao Bằng city|before 2025: .+ district/;
			for (const place of samples) {
				const target = render(PlaceView, { place, bundle });
				const line = target.querySelector('header p.area')?.textContent ?? '';
				expect(line, place.id).toContain(place.district!.replace(/^Thành phố Cao Bằng$/, 'Cao Bằng'));
				expect(line, place.id).toMatch(label);
				cleanup();
			}
		},
		120_000
	);

	it('links every point of a relic site to the site, and the site lists its points', () => {
		i18n.setLanguage('en');
		const bundle = bundles.en;
		const points = bundle.places.filter((p) => p.partOf === 'pac-bo-special-national-relic');
		expect(points.map((p) => p.id)).toEqual(expect.arrayContaining(['lung-lan-cave', 'coc-bo-cave', 'khuoi-nam-hut']));
		const site = bundle.places.find((p) => p.id === 'pac-bo-special-national-relic')!;
		const target = render(PlaceView, { place: site, bundle });
		const listed = [...target.querySelectorAll('.parts a')].map((a) => a.getAttribute('href'));
		expect(listed).toEqual(points.map((p) => `/en/place/${p.id}`));
		cleanup();
		const point = render(PlaceView, { place: points.find((p) => p.id === 'lung-lan-cave')!, bundle });
		expect(point.querySelector('.part-of a')?.getAttribute('href')).toBe('/en/place/pac-bo-special-national-relic');
		expect(point.textContent).toContain('Location unknown: not shown on the map.');
	});
});
