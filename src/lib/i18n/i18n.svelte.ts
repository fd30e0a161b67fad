/**
 * The one i18next instance, wrapped so Svelte markup re-renders when the language changes.
 * Every language's UI strings are small, so they ship with the app and switching is instant offline. A screen with
 * many strings of its own (the itinerary builder: `locales/itinerary/<lang>.json`) loads them with its code and
 * hands them over with `addStrings`, so they stay out of the entry chunk.
 */
import { createInstance, type i18n as I18next } from 'i18next';
import type en from '../../../locales/en.json';
import type enItinerary from '../../../locales/itinerary/en.json';
import { DEFAULT_LANG, LANGS, type Lang } from '$lib/domain/content/types';

const files = import.meta.glob<Record<string, string>>('../../../locales/*.json', { eager: true, import: 'default' });
/** Every language's strings, one `locales/<lang>.json` per entry of `LANGS` (locales.test.ts checks each exists). */
const resources = Object.fromEntries(LANGS.map((lang) => [lang, { translation: files[`../../../locales/${lang}.json`] ?? {} }]));

/** Every UI string key, derived from the English source so a typo is a type error. */
export type I18nKey = keyof typeof en | keyof typeof enItinerary extends infer K
	? K extends `${infer B}_${'one' | 'other'}`
		? B
		: K
	: never;

class I18nState {
	lang = $state<Lang>(DEFAULT_LANG);
	readonly #i18next: I18next;

	constructor(initial: Lang = DEFAULT_LANG) {
		this.#i18next = createInstance();
		void this.#i18next.init({
			lng: initial,
			fallbackLng: DEFAULT_LANG,
			initAsync: false,
			resources,
			interpolation: { escapeValue: false },
			keySeparator: false,
			nsSeparator: false,
			returnNull: false
		});
		this.lang = initial;
	}

	/** Translates a key in the current language; reading `lang` makes markup reactive. */
	t = (key: I18nKey, vars?: Record<string, unknown>): string => {
		return this.#i18next.t(key, { lng: this.lang, ...vars });
	};

	/** Adds strings that arrive later (a lazily loaded screen's), in each language given. */
	addStrings(byLang: Partial<Record<Lang, Record<string, string>>>): void {
		for (const [lang, strings] of Object.entries(byLang)) this.#i18next.addResourceBundle(lang, 'translation', strings, true, false);
	}

	/** A language's own name, in that language ("Tiếng Việt", "English"), for language links. */
	nameOf(lang: Lang): string {
		return this.#i18next.t('lang.name', { lng: lang });
	}

	/** Switches language and keeps `<html lang>` in step. */
	setLanguage(lang: Lang): void {
		this.lang = lang;
		void this.#i18next.changeLanguage(lang);
		if (typeof document !== 'undefined') document.documentElement.lang = lang;
	}
}

export const i18n = new I18nState();
