/**
 * Small building blocks that every layer family repeats: geometry filters, zoom ramps,
 * the one font stack, the text halo and a match on the kind of place.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { PlaceKind } from '$lib/domain/content/types';
import { FONT_STACK, type StyleColors } from './tokens';

export const isPoint: ExpressionSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
export const isLine: ExpressionSpecification = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
export const isArea: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];

/** Linear interpolation over zoom: byZoom(5, 1, 11, 3) is 1 at z5 and 3 at z11. */
export function byZoom(...stops: number[]): ExpressionSpecification {
	return ['interpolate', ['linear'], ['zoom'], ...stops];
}

/** The font and size of a text layout. */
export function textLayout(size: ExpressionSpecification | number): {
	'text-font': string[];
	'text-size': ExpressionSpecification | number;
} {
	return { 'text-font': FONT_STACK, 'text-size': size };
}

/** Text paint: its colour on the light halo every label has. */
export function textPaint(c: StyleColors, color: string): { 'text-color': string; 'text-halo-color': string; 'text-halo-width': number } {
	return { 'text-color': color, 'text-halo-color': c.textHalo, 'text-halo-width': 1.5 };
}

/** One value per kind of place (from the feature's `kind`), `fallback` for anything else. */
export function kindMatch(values: Record<PlaceKind, string>, fallback: string): ExpressionSpecification {
	return [
		'match',
		['get', 'kind'],
		'geosite',
		values.geosite,
		'relic',
		values.relic,
		'culture',
		values.culture,
		'nature',
		values.nature,
		'service',
		values.service,
		fallback
	];
}
