import { readFileSync } from 'node:fs';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/domain/content/types';
import { pluralCategory, translate, type Strings } from './translate';

const read = (ns: string, lang: string) =>
	JSON.parse(readFileSync(new URL(`../../../locales/${ns}${lang}.json`, import.meta.url), 'utf8')) as Strings;
const byLang: Record<string, Strings> = Object.fromEntries(LANGS.map((lang) => [lang, { ...read('', lang), ...read('itinerary/', lang) }]));

function i18next(lang: string) {
	const t = createInstance();
	void t.init({
		lng: lang,
		fallbackLng: 'vi',
		initAsync: false,
		resources: Object.fromEntries(LANGS.map((l) => [l, { translation: byLang[l] ?? {} }])),
		interpolation: { escapeValue: false },
		keySeparator: false,
		nsSeparator: false,
		returnNull: false
	});
	return t;
}

describe.each(LANGS)('UI strings in %s', (lang) => {
	const reference = i18next(lang);
	const keys = [...new Set(Object.keys(byLang[lang]!).map((k) => k.replace(/_(one|other)$/, '')))];

	it('read exactly as i18next reads them, for every key and count', () => {
		for (const key of keys) {
			const names = [...(byLang[lang]![key] ?? byLang[lang]![`${key}_other`] ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
			for (const count of [0, 1, 2, 5, 21]) {
				const vars: Record<string, unknown> = Object.fromEntries(names.map((n, i) => [n, `«${n}${i}»`]));
				vars.count = count;
				expect(translate(byLang, lang, 'vi', key, vars), `${key} ${count}`).toBe(reference.t(key, vars));
			}
		}
	});
});

describe('translate', () => {
	const strings = { vi: { a: 'Xin chào {{name}}', n_other: '{{count}} nơi' }, en: { n_one: 'one place', n_other: '{{ count }} places' } };

	it('chooses the plural form of the language, with the count in it', () => {
		expect(translate(strings, 'en', 'vi', 'n', { count: 1 })).toBe('one place');
		expect(translate(strings, 'en', 'vi', 'n', { count: 3 })).toBe('3 places');
		expect(translate(strings, 'vi', 'vi', 'n', { count: 1 })).toBe('1 nơi');
	});

	it('falls back to the other language, then to the key', () => {
		expect(translate(strings, 'en', 'vi', 'a', { name: 'Lan' })).toBe('Xin chào Lan');
		expect(translate(strings, 'en', 'vi', 'missing')).toBe('missing');
	});

	it('leaves a placeholder without a value as written, as i18next does', () => {
		expect(translate(strings, 'vi', 'vi', 'a')).toBe('Xin chào {{name}}');
	});
});

it('names each language as its own strings name it (the language links show it before those strings load)', () => {
	const names = JSON.parse(readFileSync(new URL('../../../locales/names/names.json', import.meta.url), 'utf8')) as Strings;
	for (const lang of LANGS) expect(names[lang], lang).toBe(read('', lang)['lang.name']);
	expect(Object.keys(names).sort()).toEqual([...LANGS].sort());
});

describe('pluralCategory', () => {
	it("gives what Intl.PluralRules gives for the guide's languages, without asking it", () => {
		const counts = [0, 1, 2, 3, 5, 11, 21, 100, 1000, -1, -2, 0.5, 1.5, 2.25, 1e6];
		for (const lang of ['vi', 'en']) {
			const rules = new Intl.PluralRules(lang);
			for (const n of counts) expect(pluralCategory(lang, n), `${lang} ${n}`).toBe(rules.select(n));
		}
		expect(pluralCategory('ru', 2)).toBe(new Intl.PluralRules('ru').select(2));
	});
});
