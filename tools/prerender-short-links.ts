/**
 * The short addresses on the sites' QR signs: `dist/s/<code>/index.html` for every place and
 * service. Any static server (nginx's try_files, tools/serve.ts) answers `/s/17` with it; the app
 * (src/main.ts) then opens the entry in the visitor's language. Without scripts, the page still
 * names the entry and links to it in each language.
 */
import { LANGS, type Bundle, type Lang } from '../src/lib/domain/content/types.ts';
import { findByCode, shortPath } from '../src/lib/domain/places/short-code.ts';
import { formatUrl } from '../src/lib/domain/routing/url.ts';

export type ShortLinkPage = { path: string; head: string; body: string };

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One page per code of the bundles; `langName` is each language's own name ("Tiếng Việt"). */
export function shortLinkPages(bundles: Record<Lang, Bundle>, siteUrl: string, langName: (lang: Lang) => string): ShortLinkPage[] {
	const codes = [...bundles.vi.places.map((p) => p.code), ...bundles.vi.services.map((s) => s.code)].sort((a, b) => a - b);
	return codes.flatMap((code) => {
		const byLang = LANGS.map((lang) => ({ lang, found: findByCode(bundles[lang], code) }));
		const first = byLang[0]?.found;
		if (!first) return [];
		const names = [...new Set(byLang.map((b) => b.found?.entry.name ?? ''))].filter(Boolean);
		const links = byLang
			.map(({ lang, found }) => {
				const href = formatUrl(lang, { name: first.type, id: first.entry.id });
				return `<li><a href="${href}" hreflang="${lang}" lang="${lang}">${escapeHtml(langName(lang))}: ${escapeHtml(found?.entry.name ?? '')}</a></li>`;
			})
			.join('');
		const head = [
			`<title>#${code} · ${escapeHtml(names.join(' · '))}</title>`,
			'<meta name="robots" content="noindex" />',
			`<link rel="canonical" href="${escapeHtml(siteUrl + formatUrl('vi', { name: first.type, id: first.entry.id }))}" />`
		].join('\n\t\t');
		const body = `<main class="chooser"><h1>#${code} · ${escapeHtml(names.join(' · '))}</h1><ul>${links}</ul></main>`;
		return [{ path: `${shortPath(code)}/index.html`, head, body }];
	});
}
