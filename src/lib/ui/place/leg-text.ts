/**
 * What a leg between two stops says, in the page language: its distance and how it is known (a source, the
 * OpenStreetMap road map, a straight line), with the drive time where there is one. Shared by the route page's list
 * and a place page's "Getting there".
 */
import { formatDistance } from '$lib/domain/format/format';
import type { LegInfo } from '$lib/domain/places/leg-distances';
import { i18n } from '$lib/i18n/i18n.svelte';

export function legText(leg: LegInfo): string {
	const distance = (km: number) => formatDistance(km * 1000, i18n.lang);
	const drive = (text: string) => (leg.driveMin ? `${text} · ${i18n.t('route.leg.drive', { minutes: leg.driveMin })}` : text);
	switch (leg.basis) {
		case 'source':
			return drive(i18n.t('route.leg.road', { distance: distance(leg.km ?? 0) }));
		case 'road':
			return drive(i18n.t('route.leg.osm', { distance: distance(leg.km ?? 0) }));
		case 'close':
			return i18n.t('route.leg.closeBy');
		case 'straight':
			return i18n.t('route.leg.straight', { distance: formatDistance(leg.straightM ?? 0, i18n.lang) });
		default:
			return '';
	}
}
