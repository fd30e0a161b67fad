/**
 * The app's UI strings, wrapped so Svelte markup re-renders when the language changes.
 * Only the page's own language is fetched before the page hydrates (`load`); the other one comes when a
 * link asks for it, or with a screen that shows both (signs, the itinerary's print sheet, offline). A screen with
 * many strings of its own (the itinerary builder: `locales/itinerary/<lang>.json`) loads them with its code and
 * hands them over with `addStrings`, so they stay out of the entry chunk. The strings are in i18next's format;
 * `translate.ts` fills them in without the library (see there why).
 */
import { translate, type Strings } from './translate';
import type en from '../../../locales/en.json';
import type enItinerary from '../../../locales/itinerary/en.json';
import { DEFAULT_LANG, LANGS, type Lang } from '$lib/domain/content/types';
import LANG_NAMES from '../../../locales/names/names.json';

const files = import.meta.glob<Strings>('../../../locales/*.json', { import: 'default' });
/** Each language's strings once loaded, one `locales/<lang>.json` per entry of `LANGS` (locales.test.ts checks each exists). */
const resources: Record<string, Strings> = {};
const loading = new Map<Lang, Promise<void>>();

/** Fetches a language's strings once (its own chunk); a failed fetch is tried again next time. */
function loadLang(lang: Lang): Promise<void> {
	let request = loading.get(lang);
	if (!request) {
		const load = files[`../../../locales/${lang}.json`];
		request = (load ? load() : Promise.resolve({})).then(
			(strings) => void (resources[lang] = { ...strings, ...resources[lang] }),
			(err: unknown) => {
				loading.delete(lang);
				throw err;
			}
		);
		loading.set(lang, request);
	}
	return request;
}

/** Every UI string key, derived from the English source so a typo is a type error. */
export type I18nKey = keyof typeof en | keyof typeof enItinerary extends infer K
	? K extends `${infer B}_${'one' | 'other'}`
		? B
		: K
	: never;

class I18nState {
	lang = $state<Lang>(DEFAULT_LANG);

	constructor(initial: Lang = DEFAULT_LANG) {
		this.lang = initial;
	}

	/** Translates a key in the current language (or in `vars.lng`); reading `lang` makes markup reactive. */
	t = (key: I18nKey, vars?: Record<string, unknown>): string => {
		const lang = typeof vars?.lng === 'string' ? vars.lng : this.lang;
		return translate(resources, lang, DEFAULT_LANG, key, vars);
	};

	/** Loads the strings of the languages given (every one by default) before they are shown. */
	async load(langs: readonly Lang[] = LANGS): Promise<void> {
		await Promise.all(langs.map(loadLang));
	}

	/** Adds strings that arrive later (a lazily loaded screen's), in each language given. */
	addStrings(byLang: Partial<Record<Lang, Record<string, string>>>): void {
		for (const [lang, strings] of Object.entries(byLang)) resources[lang] = { ...resources[lang], ...strings };
	}

	/**
	 * A language's own name, in that language ("Tiếng Việt", "English"), for language links; known
	 * before that language's strings are (locales.test.ts checks it against each file's `lang.name`).
	 */
	nameOf(lang: Lang): string {
		return LANG_NAMES[lang];
	}

	/** Switches language and keeps `<html lang>` in step. */
	setLanguage(lang: Lang): void {
		this.lang = lang;
		if (typeof document !== 'undefined') document.documentElement.lang = lang;
	}
}

export const i18n = new I18nState();
