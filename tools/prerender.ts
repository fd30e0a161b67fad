/**
 * Writes static HTML for every screen of the guide in both languages, with the real text,
 * title, description, canonical and hreflang links, Open Graph / Twitter tags and JSON-LD;
 * plus the language chooser at `/`, not-found pages, robots.txt and sitemap.xml.
 */
import { pageScripts } from './prerender-assets.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bundle, ContentManifest, Lang } from '../src/lib/domain/content/types.ts';
import { LANGS } from '../src/lib/domain/content/types.ts';
import { formatUrl, type Screen } from '../src/lib/domain/routing/url.ts';
import type { PageMeta } from '../src/lib/domain/seo/page-meta.ts';
import { shortLinkPages } from './prerender-short-links.ts';
import { createLocatorStep } from './prerender-locator.ts';
import { pageData } from './prerender-slice.ts';
import { readRoadsFile } from '../src/lib/domain/roads/roads-file.ts';

type ServerEntry = {
	renderPage: (path: string, bundle: Bundle) => { html: string; meta: PageMeta };
	uiText: (lang: Lang, key: 'lang.name' | 'app.title' | 'notFound.title') => string;
};

export type PrerenderResult = { pages: number; files: string[] };

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON inside <script> must not be able to close the tag. */
const safeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The web app manifest of a language: names and shortcuts in that language. */
export function manifestPath(lang: Lang): string {
	return lang === 'vi' ? '/manifest.webmanifest' : `/manifest.${lang}.webmanifest`;
}

type WebManifest = {
	name: string;
	short_name: string;
	description: string;
	lang: string;
	shortcuts: { name: string; short_name: string; url: string }[];
};

/**
 * Another language's manifest, from the Vietnamese one: same id, icons and short name, so it is the
 * same app; the name and description from the content, the shortcut names from `locales/<lang>.json`.
 */
function translatedManifest(vi: WebManifest, bundle: Bundle, strings: Record<string, string>): WebManifest {
	const names: Record<string, [string | undefined, string | undefined]> = {
		'/vi/': [strings['map.title'], strings['nav.home']],
		'/vi/routes': [strings['nav.routes'], strings['nav.routes']],
		'/vi/saved': [strings['saved.title'], strings['nav.saved']]
	};
	return {
		...vi,
		name: bundle.site.title,
		description: bundle.site.description,
		lang: bundle.lang,
		shortcuts: vi.shortcuts.map((s) => {
			const [name = s.name, short = s.short_name] = names[s.url] ?? [];
			return { ...s, name, short_name: short, url: s.url.replace(/^\/vi\//, `/${bundle.lang}/`) };
		})
	};
}

/** Every screen that has a page of its own in a bundle. */
export function screensOf(bundle: Bundle): Screen[] {
	return [
		{ name: 'home' },
		{ name: 'routes' },
		{ name: 'itinerary' },
		{ name: 'search', q: '' },
		{ name: 'saved' },
		{ name: 'offline' },
		{ name: 'near' },
		{ name: 'signs' },
		...(bundle.pages.some((p) => p.id === 'about') ? [{ name: 'about' } as const] : []),
		...(bundle.pages.some((p) => p.id === 'practical') ? [{ name: 'practical' } as const] : []),
		...bundle.pages.filter((p) => p.id !== 'about').map((p) => ({ name: 'page', id: p.id }) as const),
		...bundle.places.map((p) => ({ name: 'place', id: p.id }) as const),
		...bundle.routes.map((r) => ({ name: 'route', id: r.id }) as const),
		...bundle.services.map((s) => ({ name: 'service', id: s.id }) as const),
		...(bundle.trips ?? []).map((t) => ({ name: 'trip', id: t.id }) as const)
	];
}

export function headTags(meta: PageMeta, bundle: Bundle, siteUrl: string): string {
	const url = `${siteUrl}${meta.path}`;
	const tags = [
		`<title>${escapeHtml(meta.title)}</title>`,
		`<meta name="description" content="${escapeHtml(meta.description)}" />`,
		meta.found ? `<link rel="canonical" href="${escapeHtml(url)}" />` : `<meta name="robots" content="noindex" />`,
		...(meta.found
			? [
					...meta.alternates.map((a) => `<link rel="alternate" hreflang="${a.lang}" href="${escapeHtml(siteUrl + a.path)}" />`),
					`<link rel="alternate" hreflang="x-default" href="${escapeHtml(siteUrl + (meta.alternates.find((a) => a.lang === 'vi')?.path ?? '/'))}" />`
				]
			: []),
		`<meta property="og:type" content="${meta.ogType}" />`,
		`<meta property="og:site_name" content="${escapeHtml(bundle.site.title)}" />`,
		`<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
		`<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
		`<meta property="og:url" content="${escapeHtml(url)}" />`,
		`<meta property="og:locale" content="${bundle.lang === 'vi' ? 'vi_VN' : 'en_GB'}" />`,
		`<meta property="og:locale:alternate" content="${bundle.lang === 'vi' ? 'en_GB' : 'vi_VN'}" />`,
		`<meta property="og:image" content="${escapeHtml(siteUrl)}/icons/og-card.png" />`,
		`<meta property="og:image:alt" content="${escapeHtml(bundle.site.title)}" />`,
		`<meta name="twitter:card" content="summary" />`,
		`<meta name="twitter:title" content="${escapeHtml(meta.title)}" />`,
		`<meta name="twitter:description" content="${escapeHtml(meta.description)}" />`,
		...(meta.jsonLd ? [`<script type="application/ld+json">${safeJson(meta.jsonLd)}</script>`] : [])
	];
	return tags.join('\n\t\t');
}

function fill(template: string, lang: Lang, head: string, body: string, prerendered: boolean): string {
	return template
		.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
		.replace('href="/manifest.webmanifest"', `href="${manifestPath(lang)}"`)
		.replace('<!--app-head-->', head)
		.replace('<div id="app"><!--app-html--></div>', `<div id="app"${prerendered ? ' data-prerendered' : ''}>${body}</div>`);
}

function fileFor(dist: string, path: string): string {
	return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path, 'index.html');
}

function chooserPage(template: string, bundles: Record<Lang, Bundle>, server: ServerEntry, siteUrl: string): string {
	const links = LANGS.map(
		(lang) =>
			`<li><a href="/${lang}/" hreflang="${lang}" lang="${lang}">${escapeHtml(server.uiText(lang, 'lang.name'))}: ${escapeHtml(bundles[lang].site.title)}</a></li>`
	).join('');
	const body = `<main class="chooser"><h1>${escapeHtml(bundles.vi.site.title)} · <span lang="en">${escapeHtml(bundles.en.site.title)}</span></h1><ul>${links}</ul></main>`;
	const head = [
		`<title>${escapeHtml(bundles.vi.site.title)} · ${escapeHtml(bundles.en.site.title)}</title>`,
		`<meta name="description" content="${escapeHtml(bundles.vi.site.description)}" />`,
		...LANGS.map((l) => `<link rel="alternate" hreflang="${l}" href="${escapeHtml(siteUrl)}/${l}/" />`),
		`<link rel="alternate" hreflang="x-default" href="${escapeHtml(siteUrl)}/" />`
	].join('\n\t\t');
	return fill(template, 'vi', head, body, false);
}

function sitemap(bundles: Record<Lang, Bundle>, siteUrl: string): string {
	const urls = screensOf(bundles.vi)
		.filter((s) => !['saved', 'offline', 'itinerary', 'search', 'near', 'signs'].includes(s.name))
		.flatMap((screen) =>
			LANGS.map((lang) => {
				const alternates = LANGS.map(
					(l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeHtml(siteUrl + formatUrl(l, screen))}"/>`
				).join('');
				return `<url><loc>${escapeHtml(siteUrl + formatUrl(lang, screen))}</loc>${alternates}</url>`;
			})
		);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** `siteUrl` is the public address the build was given (tools/site-url.ts). */
export async function prerender(root: string, siteUrlGiven: string, dist = join(root, 'dist')): Promise<PrerenderResult> {
	const server = (await import(pathToFileURL(join(root, '.generated/ssr/entry-server.js')).href)) as ServerEntry;
	const manifest = JSON.parse(readFileSync(join(dist, 'content/manifest.json'), 'utf8')) as ContentManifest;
	const bundles = Object.fromEntries(
		LANGS.map((lang) => [lang, JSON.parse(readFileSync(join(dist, manifest.bundles[lang]), 'utf8')) as Bundle])
	) as Record<Lang, Bundle>;
	const template = readFileSync(join(dist, 'index.html'), 'utf8');
	const siteUrl = siteUrlGiven.replace(/\/$/, '');
	const files: string[] = [];
	const write = (file: string, text: string) => {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
		files.push(file);
	};

	const deferred = pageScripts(root, dist);
	const roads = manifest.roads ? readRoadsFile(readFileSync(join(dist, manifest.roads), 'utf8')) : null;
	const withLocatorMap = createLocatorStep(roads ? (from, to) => roads.roadBetween(from, to)?.geometry : undefined);
	for (const lang of LANGS) {
		const bundle = bundles[lang];
		const strings = JSON.parse(readFileSync(join(root, 'locales', `${lang}.json`), 'utf8')) as Record<string, string>;
		const captions = { place: strings['locator.place.caption'] ?? '', route: strings['locator.route.caption'] ?? '' };
		for (const screen of screensOf(bundle)) {
			const path = formatUrl(lang, screen);
			const { html, meta } = server.renderPage(path, bundle);
			const { data, mismatch } = pageData(server.renderPage, path, screen, bundle, html);
			if (mismatch) console.warn(`  ${path}: renders differently from its slice of the bundle; the page loads the whole bundle`);
			if (data) write(join(dist, data.url), data.json);
			const body = withLocatorMap(html, screen, bundle, captions);
			const page = fill(template, lang, headTags(meta, bundle, siteUrl) + (data?.meta ?? ''), body, true);
			write(fileFor(dist, path), deferred(page, screen.name, data ? [data.preload] : []));
		}
		const missing = `/${lang}/not-found`;
		const { html, meta } = server.renderPage(missing, bundle);
		write(join(dist, lang, '404.html'), deferred(fill(template, lang, headTags(meta, bundle, siteUrl), html, true), 'notFound'));
	}
	write(join(dist, '404.html'), readFileSync(join(dist, 'vi', '404.html'), 'utf8'));
	// The app shell: no page content, rendered by the app itself. The service worker falls back
	// to it offline for any address whose prerendered page is not stored.
	write(join(dist, 'shell.html'), fill(template, 'vi', `<title>${escapeHtml(bundles.vi.site.title)}</title>`, '', false));
	write(join(dist, 'index.html'), chooserPage(template, bundles, server, siteUrl));
	for (const page of shortLinkPages(bundles, siteUrl, (lang) => server.uiText(lang, 'lang.name'))) {
		write(join(dist, page.path), fill(template, 'vi', page.head, page.body, false));
	}
	const viManifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as WebManifest;
	for (const lang of LANGS.filter((l) => l !== 'vi')) {
		const strings = JSON.parse(readFileSync(join(root, 'locales', `${lang}.json`), 'utf8')) as Record<string, string>;
		write(join(dist, manifestPath(lang)), JSON.stringify(translatedManifest(viManifest, bundles[lang], strings), null, 2));
	}
	write(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${siteUrl}/sitemap.xml\n`);
	write(join(dist, 'sitemap.xml'), sitemap(bundles, siteUrl));
	return { pages: files.filter((f) => f.endsWith('.html')).length, files };
}
