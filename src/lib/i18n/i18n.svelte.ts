/**
 * The one i18next instance, wrapped so Svelte markup re-renders when the language changes.
 * Both languages' UI strings are small, so they ship with the app and switching is instant offline.
 */
import { createInstance, type i18n as I18next } from 'i18next';
import en from '../../../locales/en.json';
import vi from '../../../locales/vi.json';
import type { Lang } from '$lib/domain/content/types';

/** Every UI string key, derived from the English source so a typo is a type error. */
export type I18nKey = keyof typeof en extends infer K ? (K extends `${infer B}_${'one' | 'other'}` ? B : K) : never;

class I18nState {
	lang = $state<Lang>('vi');
	readonly #i18next: I18next;

	constructor(initial: Lang = 'vi') {
		this.#i18next = createInstance();
		void this.#i18next.init({
			lng: initial,
			fallbackLng: 'vi',
			initAsync: false,
			resources: { vi: { translation: vi }, en: { translation: en } },
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

	/** Switches language and keeps `<html lang>` in step. */
	setLanguage(lang: Lang): void {
		this.lang = lang;
		void this.#i18next.changeLanguage(lang);
		if (typeof document !== 'undefined') document.documentElement.lang = lang;
	}
}

export const i18n = new I18nState();
