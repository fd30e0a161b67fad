import { readFileSync } from 'node:fs';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/domain/content/types';

/** The strings every page loads (`locales/<lang>.json`) and a screen's own, loaded with it (`locales/itinerary/`). */
const NAMESPACES = ['', 'itinerary/'] as const;
const read = (ns: string, lang: string) =>
	JSON.parse(readFileSync(new URL(`../../../locales/${ns}${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;

it('gives every key one home: the main strings or a lazily loaded namespace, never both', () => {
	for (const lang of LANGS) {
		const main = Object.keys(read('', lang));
		expect(Object.keys(read('itinerary/', lang)).filter((k) => main.includes(k))).toEqual([]);
	}
});

describe.each(NAMESPACES)('strings of locales/%s', (ns) => {
	const dicts = Object.fromEntries(LANGS.map((lang) => [lang, read(ns, lang)]));
	const en = dicts.en!;

	const PLURAL = /_(zero|one|two|few|many|other)$/;
	const baseOf = (key: string) => key.replace(PLURAL, '');
	const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();
	/** Keys that English words with plural forms (`…_one`, `…_other`). */
	const pluralBases = new Set(
		Object.keys(en)
			.filter((k) => PLURAL.test(k))
			.map(baseOf)
	);

	describe.each(LANGS)('UI strings in %s', (lang) => {
		const dict = dicts[lang]!;

		it('have the same keys as English, apart from plural forms', () => {
			expect([...new Set(Object.keys(dict).map(baseOf))].sort()).toEqual([...new Set(Object.keys(en).map(baseOf))].sort());
		});

		it('have exactly the plural forms the language uses (Intl.PluralRules), and no others', () => {
			const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.sort();
			for (const base of pluralBases) {
				const have = Object.keys(dict)
					.filter((k) => baseOf(k) === base && PLURAL.test(k))
					.map((k) => PLURAL.exec(k)![1])
					.sort();
				expect(have, base).toEqual(forms);
			}
			expect(Object.keys(dict).filter((k) => PLURAL.test(k) && !pluralBases.has(baseOf(k)))).toEqual([]);
		});

		it('use the placeholders English uses (a plural form may leave out {{count}})', () => {
			for (const [key, value] of Object.entries(dict)) {
				const source = en[key] ?? en[`${baseOf(key)}_other`] ?? '';
				const words = placeholders(value);
				if (PLURAL.test(key) && !key.endsWith('_other')) {
					expect(
						words.filter((w) => !placeholders(source).includes(w)),
						key
					).toEqual([]);
				} else {
					expect(words, key).toEqual(placeholders(source));
				}
			}
		});

		it('give a full sentence for every count through i18next', () => {
			const t = createInstance();
			void t.init({ lng: lang, initAsync: false, resources: { [lang]: { translation: dict } }, keySeparator: false, nsSeparator: false });
			for (const base of pluralBases) {
				for (const count of [0, 1, 2, 5, 21]) {
					const text = t.t(base, { count, size: '1 MB', name: 'x', formatted: String(count) });
					expect(text, `${base} ${count}`).not.toBe(base);
					expect(text, `${base} ${count}`).not.toContain('{{');
				}
			}
		});

		it('have no empty values and are sorted, so diffs stay small', () => {
			expect(Object.entries(dict).filter(([, v]) => v.trim() === '')).toEqual([]);
			const keys = Object.keys(dict);
			expect(keys).toEqual([...keys].sort());
		});
	});
});
