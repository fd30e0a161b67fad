/** Titles of the screens that have no content of their own, in the current language. */
import { i18n } from '$lib/i18n/i18n.svelte';
import type { ScreenTitles } from '$lib/domain/seo/page-meta';

export function screenTitles(): ScreenTitles {
	return {
		routes: i18n.t('routes.title'),
		itinerary: i18n.t('itinerary.title'),
		search: i18n.t('search.title'),
		saved: i18n.t('saved.title'),
		offline: i18n.t('offline.title'),
		near: i18n.t('near.title'),
		signs: i18n.t('signs.title'),
		notFound: i18n.t('notFound.title')
	};
}
