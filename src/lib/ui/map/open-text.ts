/** "Open now · closes at 17:00" and friends, for the place card. */
import type { Hours, Lang } from '$lib/domain/content/types';
import { openState } from '$lib/domain/hours/opening-hours';
import type { I18nKey } from '$lib/i18n/i18n.svelte';

type T = (key: I18nKey, vars?: Record<string, unknown>) => string;

export function describeOpenState(hours: Hours, now: Date, lang: Lang, t: T): string {
	const state = openState(hours, now);
	switch (state.status) {
		case 'always':
			return t('map.card.hours.always');
		case 'open':
			return t('map.card.hours.open', { time: state.closesAt });
		case 'closed': {
			if (!state.opensAt) return t('map.card.hours.closed');
			const day = new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(
				new Date(`${state.opensAt.date}T00:00:00Z`)
			);
			return t('map.card.hours.closedUntil', { time: state.opensAt.time, day });
		}
		default:
			return t('map.card.hours.unknown');
	}
}
