/** The visitor's language choice, kept so that `/` opens the guide in it next time. */
import type { Lang } from '$lib/domain/content/types';

const KEY = 'caobang-guide.lang';

export function readSavedLanguage(): string | null {
	try {
		return localStorage.getItem(KEY);
	} catch {
		return null;
	}
}

export function saveLanguage(lang: Lang): void {
	try {
		localStorage.setItem(KEY, lang);
	} catch {
		// Private mode or storage disabled: the choice is simply not remembered.
	}
}
