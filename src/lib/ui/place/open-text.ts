/**
 * "Open now · closes at 17:00" and friends: the one wording of a place's open state
 * (`openState` in domain/hours decides it), for the place page's badge and the map's card.
 */
import type { Lang } from '$lib/domain/content/types';
import type { OpenState } from '$lib/domain/hours/opening-hours';
import type { I18nKey } from '$lib/i18n/i18n.svelte';

type T = (key: I18nKey, vars?: Record<string, unknown>) => string;

export function openText(state: OpenState, lang: Lang, t: T): string {
	switch (state.status) {
		case 'always':
			return t('hours.always');
		case 'open':
			return t('hours.open', { time: state.closesAt });
		case 'closed': {
			if (!state.opensAt) return t('hours.closed');
			const day = new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(
				new Date(`${state.opensAt.date}T00:00:00Z`)
			);
			return t('hours.closedUntil', { time: state.opensAt.time, day });
		}
		default:
			return t('hours.unknown');
	}
}
