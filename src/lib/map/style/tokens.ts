/**
 * The map's design tokens: colours, marker icons and the font stack. Kept apart from the
 * layers so the legend (ui/map/KindSwatch.svelte) can draw a marker without the style.
 */
import type { PlaceKind } from '$lib/domain/content/types';

/** The only font stack in the style; its glyph ranges are in public/basemap/glyphs/. */
export const FONT_STACK = ['Noto Sans Regular'];

/**
 * Marker colour per kind of place: the Okabe–Ito palette, which stays distinct with the
 * common colour-vision deficiencies. Every colour has at least 4:1 contrast with the
 * black sprite icon drawn on it, and markers get a dark outline so they stand out (3:1)
 * from the light land colours. Show a legend: colour is never the only cue.
 */
export const KIND_COLORS: Record<PlaceKind, string> = {
	geosite: '#E69F00', // orange: karst, rock, caves
	relic: '#D55E00', // vermilion: historic and revolutionary relics
	culture: '#CC79A7', // reddish purple: villages, crafts, festivals
	nature: '#009E73', // bluish green: forests, lakes, waterfalls
	service: '#0072B2' // blue: information, lodging, help
};

/** The sprite icon (data/basemap/sprites, Maki) drawn on each kind's marker. */
export const KIND_ICONS: Record<PlaceKind, string> = {
	geosite: 'mountain',
	relic: 'monument',
	culture: 'museum',
	nature: 'natural',
	service: 'information'
};

export type StyleColors = {
	/** Outside the data (beyond the region box). */
	background: string;
	/** Vietnam. */
	land: string;
	/** China, a little greyer (fades to `land` by zoom 9). */
	landAbroad: string;
	provinceFill: string;
	provinceLine: string;
	adminLine: string;
	border: string;
	borderGlow: string;
	river: string;
	water: string;
	road: string;
	roadCasing: string;
	roadMajor: string;
	roadMajorCasing: string;
	roadTrunk: string;
	roadTrunkCasing: string;
	roadPrimary: string;
	roadPrimaryCasing: string;
	roadSecondary: string;
	roadTrack: string;
	/** Route-number shields: national roads (QL), provincial and others. */
	shieldNational: string;
	shieldProvincial: string;
	/** Peaks and their heights. */
	peak: string;
	/** Names of rivers and lakes. */
	waterText: string;
	text: string;
	textMuted: string;
	textHalo: string;
	cluster: string;
	clusterText: string;
	markerStroke: string;
	selected: string;
	/** Routes whose feature has no usable `color`. */
	route: string;
	/** The visitor's own position and its accuracy circle. */
	position: string;
};

/** A calm, light palette. Text colours have at least 4.5:1 contrast with the land. */
export const DEFAULT_COLORS: StyleColors = {
	background: '#e6e9e3',
	land: '#f5f3ec',
	landAbroad: '#e9e6de',
	provinceFill: '#6fa87a',
	provinceLine: '#2e6b43',
	adminLine: '#a59f91',
	border: '#8a2f66',
	borderGlow: '#e4bcd3',
	river: '#7fb0d6',
	water: '#b7d3ea',
	road: '#ffffff',
	roadCasing: '#8c8576',
	roadMajor: '#fde7b0',
	roadMajorCasing: '#9c7a2e',
	roadTrunk: '#e8743b',
	roadTrunkCasing: '#7a2e0e',
	roadPrimary: '#f4b63f',
	roadPrimaryCasing: '#7d5200',
	roadSecondary: '#fff1a8',
	roadTrack: '#7a5230',
	shieldNational: '#b3261e',
	shieldProvincial: '#ffd54a',
	peak: '#5b3a1e',
	waterText: '#1f5f8b',
	text: '#3b3830',
	textMuted: '#6b6558',
	textHalo: '#fbfaf6',
	cluster: '#2f3e46',
	clusterText: '#ffffff',
	markerStroke: '#1f2933',
	selected: '#111111',
	route: '#8a5a00',
	position: '#1a5fb4'
};
