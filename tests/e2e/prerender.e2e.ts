import { expect, test, type APIRequestContext } from '@playwright/test';
import { servedBundle } from './helpers/content.ts';

function tagContent(html: string, re: RegExp): string | undefined {
	return re.exec(html)?.[1];
}

/** The public address this build was given (tools/site-url.ts), as the content bundles carry it. */
async function builtSiteUrl(request: APIRequestContext): Promise<string> {
	const manifest = (await (await request.get('/content/manifest.json')).json()) as { bundles: { vi: string } };
	const bundle = (await (await request.get(manifest.bundles.vi)).json()) as { site: { siteUrl: string } };
	expect(bundle.site.siteUrl).toMatch(/^https?:\/\/[^/]+$/);
	return bundle.site.siteUrl;
}

test.describe('prerendered HTML', () => {
	test('a place page carries its name, description, link-preview tags and valid JSON-LD', async ({ request }) => {
		const site = await builtSiteUrl(request);
		const res = await request.get('/en/place/ban-gioc-waterfall');
		expect(res.status()).toBe(200);
		const html = await res.text();
		expect(html).toContain('<html lang="en"');
		expect(tagContent(html, /<title>([^<]+)<\/title>/)).toMatch(/^Bản Giốc Waterfall · /);
		expect(html).toMatch(/<meta name="description" content="[^"]*Quây Sơn River/);
		expect(html).toContain(`<link rel="canonical" href="${site}/en/place/ban-gioc-waterfall"`);
		expect(html).toContain(`hreflang="vi" href="${site}/vi/place/ban-gioc-waterfall"`);
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
		const site = await builtSiteUrl(request);
		expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${site}/sitemap.xml`);
		const sitemap = await (await request.get('/sitemap.xml')).text();
		expect(sitemap).toContain(`<loc>${site}/vi/place/ban-gioc-waterfall</loc>`);
		expect(sitemap).toContain(`<loc>${site}/en/place/ban-gioc-waterfall</loc>`);
	});

	test("the home names its own slice of the guide in both languages: every place, none of the pages' text", async ({ request }) => {
		for (const lang of ['vi', 'en'] as const) {
			const html = await (await request.get(`/${lang}/`)).text();
			const url = /<meta name="page-data" content="([^"]+)"/.exec(html)?.[1];
			expect(url, `/${lang}/`).toMatch(new RegExp(`^/content/home/${lang}\\.[0-9a-f]+\\.json$`));
			const slice = (await (await request.get(url!)).json()) as { lang: string; places: { html: string }[] };
			const whole = await servedBundle(request, lang);
			expect(slice.lang).toBe(lang);
			expect(slice.places).toHaveLength(whole.places.length);
			expect(slice.places.every((p) => p.html === '')).toBe(true);
		}
	});

	test('every place and route page names the slice of the guide it hydrates from, not the whole bundle', async ({ request }) => {
		// A page without its slice still works, but fetches the whole language's bundle before it can be used.
		const site = await builtSiteUrl(request);
		const sitemap = await (await request.get('/sitemap.xml')).text();
		const pages = [...sitemap.matchAll(/<loc>[^<]+(\/(?:vi|en)\/(?:place|route)\/[^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(pages.filter((p) => p.includes('/place/')).length).toBeGreaterThan(100);
		expect(pages.filter((p) => p.includes('/route/')).length).toBeGreaterThanOrEqual(10);
		expect(site).toBeTruthy();
		const without: string[] = [];
		for (const path of pages) {
			const html = await (await request.get(path)).text();
			const url = /<meta name="page-data" content="([^"]+)"/.exec(html)?.[1];
			const [, lang, kind, id] = /^\/(vi|en)\/(place|route)\/([^/]+)/.exec(path) ?? [];
			const res = url ? await request.get(url) : null;
			type Slice = { lang: string; places: { id: string }[]; routes: { id: string }[] };
			const slice = res?.ok() ? ((await res.json()) as Slice) : null;
			const own = kind === 'place' ? slice?.places : slice?.routes;
			// Fetched with the page's modules after the first paint, not before it.
			const deferred =
				url !== undefined &&
				html.indexOf(`<link rel="preload" as="fetch" crossorigin href="${url}"`) > html.indexOf('<template id="page-modules"');
			if (!slice || slice.lang !== lang || !own?.some((e) => e.id === id) || !deferred) without.push(path);
			else if (!/immutable/.test(res?.headers()['cache-control'] ?? '')) without.push(`${path} (slice not immutable)`);
		}
		expect(without).toEqual([]);
	});
});
