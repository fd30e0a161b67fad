/**
 * Looks a UI string up and fills it in: the small part of i18next the guide's strings use
 * (`{{name}}` placeholders and `_one`/`_other` plural forms chosen by Intl.PluralRules, with a
 * fallback language), written out so the entry script does not carry the whole library
 * (15 KB gzip, a sixth of what a place page downloaded before it could be used). The strings
 * are i18next's format, so translators' tools keep working; translate.test.ts checks that
 * this gives what i18next gives for every key of every language.
 */
export type Strings = Record<string, string>;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const rulesByLang = new Map<string, Intl.PluralRules>();

function pluralRules(lang: string): Intl.PluralRules {
	let rules = rulesByLang.get(lang);
	if (!rules) rulesByLang.set(lang, (rules = new Intl.PluralRules(lang)));
	return rules;
}

/**
 * The CLDR plural category of `count`, written out for the guide's languages (Vietnamese has one form; English
 * "one" for 1 alone): the first Intl object a page makes starts ICU, ≈ 70 ms at 4× CPU slowdown inside hydration
 * (docs/bench.md). Other languages ask Intl.PluralRules. translate.test.ts compares with Intl.
 */
export function pluralCategory(lang: string, count: number): string {
	if (lang === 'vi') return 'other';
	if (lang === 'en') return Math.abs(count) === 1 ? 'one' : 'other';
	return pluralRules(lang).select(count);
}

/** The raw string for `key` in one language (its plural form first when `count` is given). */
function lookup(strings: Strings | undefined, lang: string, key: string, count: unknown): string | undefined {
	if (!strings) return undefined;
	if (typeof count === 'number') {
		const form = strings[`${key}_${pluralCategory(lang, count)}`];
		if (form !== undefined) return form;
	}
	return strings[key];
}

/**
 * `key` in `lang`, else in `fallback`, else the key itself; `{{name}}` replaced by `vars.name`
 * (a placeholder without a value stays as written, as i18next leaves it).
 */
export function translate(
	byLang: Readonly<Record<string, Strings | undefined>>,
	lang: string,
	fallback: string,
	key: string,
	vars: Readonly<Record<string, unknown>> = {}
): string {
	const raw = lookup(byLang[lang], lang, key, vars.count) ?? lookup(byLang[fallback], fallback, key, vars.count);
	if (raw === undefined) return key;
	return raw.replace(PLACEHOLDER, (whole: string, name: string) => {
		const value = vars[name];
		return value === undefined || value === null ? whole : String(value);
	});
}
