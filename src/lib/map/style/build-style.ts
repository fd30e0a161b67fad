/**
 * The MapLibre style of the guide, built by a pure function: same options → same style.
 *
 * Drawing order, bottom to top:
 *
 * 1. Overview fills (our own archive, tools/basemap/; overview-layers.ts).
 * 2. Detail basemap, only when `detailUrl` is given (detail-layers.ts).
 * 3. Overview boundaries: Cao Bằng's outline and the national border, above the detail's roads.
 * 4. App data below labels: routes and the areas of approximate places (app-layers.ts).
 * 5. Basemap labels, detail then overview.
 * 6. Place markers (clustered), the selection highlight, and the visitor's position on top.
 *
 * All text uses the one font stack we ship as glyph PBFs (tokens.ts); all sources are local
 * (pmtiles:// or same-origin paths), so the map works offline. The selected place is a
 * global-state property: `map.setGlobalStateProperty(SELECTED_PLACE_STATE, id)` (ids.ts).
 */
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '$lib/domain/content/types';
import { appBelowLabels, appMarkers, appSources, appUserLocation, type AppData } from './app-layers';
import { DETAIL_ATTRIBUTION_DEFAULT } from './attribution';
import { detailLayers } from './detail-layers';
import { SELECTED_PLACE_STATE, SOURCE_IDS } from './ids';
import { overviewLayers } from './overview-layers';
import { DEFAULT_COLORS, type StyleColors } from './tokens';

export type BuildStyleOptions = {
	lang: Lang;
	/** The overview archive, e.g. 'pmtiles://overview' (registered with the pmtiles protocol). */
	basemapUrl: string;
	/** An optional detail archive in the Protomaps basemap schema, e.g. 'pmtiles://detail'. */
	detailUrl?: string;
	/** Shown for the detail archive (content/site.yaml `basemap.detail.attribution`). */
	detailAttribution?: string;
	/** e.g. '/basemap/glyphs/{fontstack}/{range}.pbf' */
	glyphsUrl: string;
	/** e.g. '/basemap/sprites/caobang' (without extension); resolved against `baseUrl`. */
	spriteUrl: string;
	/**
	 * The page's URL (`location.href`). MapLibre only accepts an absolute sprite URL, so a
	 * relative `spriteUrl` is resolved against this. Leave it out in tests and snapshots.
	 */
	baseUrl?: string;
	/** Shown for the overview archive: BASEMAP_ATTRIBUTION from ./attribution. */
	attribution: string;
	colors?: Partial<StyleColors>;
	/** Initial data; the app normally sets it later with `setData`. */
	data?: AppData;
	/** The place selected when the style loads. */
	selectedPlaceId?: string;
};

/**
 * Throws unless `url` is local: a relative path, a custom protocol such as pmtiles://, or
 * (when `baseUrl` is given) an absolute URL on the same origin as `baseUrl`.
 */
export function assertLocalUrl(url: string, what: string, baseUrl?: string): void {
	if (!/^(https?:)?\/\//i.test(url.trim())) return;
	if (baseUrl !== undefined && new URL(url, baseUrl).origin === new URL(baseUrl).origin) return;
	throw new Error(`${what} must be local for offline use, got "${url}"`);
}

/** Credits are joined by " · "; MapLibre only merges identical source attributions, not shared credits. */
const CREDIT_SEPARATOR = ' · ';

/**
 * The overview's credits without those the detail archive already gives ("© OpenStreetMap contributors (ODbL)"),
 * so a credit shows once when both archives are drawn. Credits are compared by their text.
 */
export function withoutCredits(attribution: string, shownElsewhere: string): string {
	const shown = new Set(shownElsewhere.split(CREDIT_SEPARATOR).map((c) => c.trim()));
	return attribution
		.split(CREDIT_SEPARATOR)
		.filter((c) => !shown.has(c.trim()))
		.join(CREDIT_SEPARATOR);
}

/** Builds the complete style. Throws if a URL is not local. */
export function buildStyle(opts: BuildStyleOptions): StyleSpecification {
	assertLocalUrl(opts.basemapUrl, 'basemapUrl', opts.baseUrl);
	assertLocalUrl(opts.glyphsUrl, 'glyphsUrl', opts.baseUrl);
	assertLocalUrl(opts.spriteUrl, 'spriteUrl', opts.baseUrl);
	if (opts.detailUrl !== undefined) assertLocalUrl(opts.detailUrl, 'detailUrl', opts.baseUrl);
	// Only the sprite is resolved: resolving the glyphs template would escape its {braces}.
	const sprite = opts.baseUrl === undefined ? opts.spriteUrl : new URL(opts.spriteUrl, opts.baseUrl).href;

	const colors: StyleColors = { ...DEFAULT_COLORS, ...opts.colors };
	const overview = overviewLayers(colors, opts.lang, opts.detailUrl !== undefined);
	const detail = opts.detailUrl === undefined ? { base: [], labels: [] } : detailLayers(colors, opts.lang);

	const detailAttribution = opts.detailAttribution ?? DETAIL_ATTRIBUTION_DEFAULT;
	const sources: Record<string, SourceSpecification> = {
		[SOURCE_IDS.basemap]: {
			type: 'vector',
			url: opts.basemapUrl,
			attribution: opts.detailUrl === undefined ? opts.attribution : withoutCredits(opts.attribution, detailAttribution)
		}
	};
	if (opts.detailUrl !== undefined) {
		sources[SOURCE_IDS.detail] = { type: 'vector', url: opts.detailUrl, attribution: detailAttribution };
	}
	Object.assign(sources, appSources(opts.data));

	return {
		version: 8,
		name: 'Cao Bằng guide',
		metadata: { 'caobang:lang': opts.lang },
		glyphs: opts.glyphsUrl,
		sprite,
		state: { [SELECTED_PLACE_STATE]: { default: opts.selectedPlaceId ?? '' } },
		sources,
		layers: [
			...overview.fills,
			...detail.base,
			...overview.boundaries,
			...appBelowLabels(colors),
			...detail.labels,
			...overview.labels,
			...appMarkers(colors),
			...appUserLocation(colors)
		]
	};
}
