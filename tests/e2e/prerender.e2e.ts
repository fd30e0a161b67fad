import { expect, test } from '@playwright/test';

function tagContent(html: string, re: RegExp): string | undefined {
	return re.exec(html)?.[1];
}

test.describe('prerendered HTML', () => {
	test('a place page carries its name, description, link-preview tags and valid JSON-LD', async ({ request }) => {
		const res = await request.get('/en/place/ban-gioc-waterfall');
		expect(res.status()).toBe(200);
		const html = await res.text();
		expect(html).toContain('<html lang="en"');
		expect(tagContent(html, /<title>([^<]+)<\/title>/)).toMatch(/^Bản Giốc Waterfall · /);
		expect(html).toMatch(/<meta name="description" content="[^"]*Quây Sơn River/);
		expect(html).toContain('<link rel="canonical" href="http://localhost:4173/en/place/ban-gioc-waterfall"');
		expect(html).toContain('hreflang="vi" href="http://localhost:4173/vi/place/ban-gioc-waterfall"');
		expect(html).toContain('<meta property="og:title" content="Bản Giốc Waterfall');
		expect(html).toContain('<meta property="og:type" content="article"');
		expect(html).toContain('<meta name="twitter:card"');
		expect(html).toContain('data-prerendered');
		// The description itself is in the page, not only in the meta tags.
		expect(html).toMatch(/<h1[^>]*>Bản Giốc Waterfall<\/h1>/);
		expect(html).toContain('border marker 836(2)');
		const ld = tagContent(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
		const json = JSON.parse(ld ?? 'null') as Record<string, unknown>;
		expect(json).toMatchObject({ '@context': 'https://schema.org', '@type': 'TouristAttraction', name: 'Bản Giốc Waterfall' });
		expect(json.geo).toMatchObject({ latitude: 22.85436, longitude: 106.72427 });
	});

	test('relic sites are marked as historical landmarks, routes as tourist trips', async ({ request }) => {
		const relic = await (await request.get('/vi/place/pac-bo-special-national-relic')).text();
		const relicLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(relic)?.[1] ?? '{}') as {
			'@type': string[];
		};
		expect(relicLd['@type']).toContain('LandmarksOrHistoricalBuildings');
		const route = await (await request.get('/vi/route/east-traditional-cultures')).text();
		const routeLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(route)?.[1] ?? '{}') as {
			'@type': string;
			itinerary: { itemListElement: unknown[] };
		};
		expect(routeLd['@type']).toBe('TouristTrip');
		expect(routeLd.itinerary.itemListElement.length).toBeGreaterThan(3);
	});

	test('robots.txt and sitemap.xml list the pages in both languages', async ({ request }) => {
		expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: http://localhost:4173/sitemap.xml');
		const sitemap = await (await request.get('/sitemap.xml')).text();
		expect(sitemap).toContain('<loc>http://localhost:4173/vi/place/ban-gioc-waterfall</loc>');
		expect(sitemap).toContain('<loc>http://localhost:4173/en/place/ban-gioc-waterfall</loc>');
	});
});
