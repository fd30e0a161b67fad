/**
 * The itinerary builder's own UI strings (`locales/itinerary/<lang>.json`), loaded with the builder's chunk instead
 * of the entry chunk. Both languages at once: the printed sheet can show them side by side.
 */
import { LANGS } from '$lib/domain/content/types';
import { i18n } from './i18n.svelte';

const files = import.meta.glob<Record<string, string>>('../../../locales/itinerary/*.json', { import: 'default' });

let loading: Promise<void> | null = null;

export function loadItineraryStrings(): Promise<void> {
	loading ??= Promise.all(
		LANGS.map(async (lang) => {
			const load = files[`../../../locales/itinerary/${lang}.json`];
			return [lang, load ? await load() : {}] as const;
		})
	).then(
		(entries) => i18n.addStrings(Object.fromEntries(entries)),
		(err: unknown) => {
			loading = null;
			throw err;
		}
	);
	return loading;
}
