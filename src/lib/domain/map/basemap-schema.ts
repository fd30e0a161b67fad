/**
 * The overview basemap's schema: the one contract between the tile builder (tools/basemap/),
 * which writes these layers and properties, and the map style (lib/map/style/overview-layers.ts),
 * which reads them. A layer or property renamed here is a type error on both sides.
 */

/** The archive's layers, in drawing order. */
export const BASEMAP_LAYERS = ['countries', 'admin', 'province', 'boundary', 'water_line', 'river', 'road', 'place', 'town'] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

export const BASEMAP_MIN_ZOOM = 5;
export const BASEMAP_MAX_ZOOM = 11;

/** Names of an area in each language of the guide. */
type AreaNames = { name_vi: string; name_en: string };

/** The properties of each layer's features: only what the style reads. */
export type BasemapProperties = {
	/** `adm0`: ISO 3166 alpha-3 ('VNM', 'CHN'). */
	countries: { adm0: string } & AreaNames;
	admin: { adm0: string } & AreaNames;
	province: AreaNames;
	boundary: Record<never, never>;
	/** `level`: 2 = additional major river … 4 = minor. */
	water_line: { level: number };
	/** `rank`: 1 = provincial capital or city, 2 = district seat, 3 = other; `label` is the short name. */
	place: { name: string; label: string; population: number; feature_code: string; rank: number; country: string };
	/** Named rivers (OpenStreetMap 2021). */
	river: { name: string };
	/** Trunk and primary roads (OpenStreetMap 2021); `ref` is the route number in one spelling (`QL34`), or ''. */
	road: { class: 'trunk' | 'primary'; ref: string };
	/** Cities and towns of OpenStreetMap 2021 that GeoNames (`place`) lacks. */
	town: { name: string };
};

/** A property name of one layer, e.g. `BasemapField<'place'>` is 'name' | 'label' | …. */
export type BasemapField<L extends BasemapLayer> = keyof BasemapProperties[L] & string;

type FieldType = 'String' | 'Number';

/** What each layer holds, as the archive's `vector_layers` metadata tells style authors. */
export const BASEMAP_LAYER_DESCRIPTIONS: { [L in BasemapLayer]: { description: string; fields: Record<BasemapField<L>, FieldType> } } = {
	countries: {
		description: 'Land of Vietnam and China (Natural Earth 1:10m), plus a label point for China',
		fields: { adm0: 'String', name_vi: 'String', name_en: 'String' }
	},
	admin: {
		description:
			'Outlines of neighbouring provinces (Natural Earth admin-1, without the edges of the region box), plus a label point for each Vietnamese one',
		fields: { adm0: 'String', name_vi: 'String', name_en: 'String' }
	},
	province: {
		description: 'Cao Bằng province outline (OpenStreetMap relation 1844412), plus a label point',
		fields: { name_vi: 'String', name_en: 'String' }
	},
	boundary: { description: 'Vietnam–China border (GSHHG WDBII)', fields: {} },
	water_line: {
		description: 'Major rivers (GSHHG WDBII); level 2 = additional major … 4 = minor',
		fields: { level: 'Number' }
	},
	river: { description: 'Named rivers (OpenStreetMap 2021)', fields: { name: 'String' } },
	road: {
		description: 'Trunk and primary roads (OpenStreetMap 2021), route number normalised (QL34)',
		fields: { class: 'String', ref: 'String' }
	},
	town: { description: 'Cities and towns (OpenStreetMap 2021) that the GeoNames layer lacks', fields: { name: 'String' } },
	place: {
		description: 'Towns (GeoNames); rank 1 = provincial capital or city, 2 = district seat, 3 = other',
		fields: {
			name: 'String',
			label: 'String',
			population: 'Number',
			feature_code: 'String',
			rank: 'Number',
			country: 'String'
		}
	}
};
