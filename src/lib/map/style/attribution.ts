/**
 * The attribution line for the overview basemap. It covers every data set the archive is
 * built from (see data/basemap/SOURCES.md): the OpenStreetMap province outline (ODbL),
 * Natural Earth (public domain), GSHHG borders and rivers (LGPL) and GeoNames places
 * (CC BY 4.0). The map must show it whenever the overview basemap is on screen.
 */
export const BASEMAP_ATTRIBUTION = '© OpenStreetMap contributors (ODbL) · Natural Earth · GSHHG (LGPL) · GeoNames (CC BY 4.0)';

/** The attribution for a detail basemap made from OpenStreetMap, when site.yaml gives none. */
export const DETAIL_ATTRIBUTION_DEFAULT = '© OpenStreetMap contributors (ODbL) · Protomaps';

/** The attribution of the detail basemap the guide builds itself from OpenStreetMap 2021 (tools/basemap/detail-build.ts). */
export const DETAIL_ATTRIBUTION = '© OpenStreetMap contributors (ODbL) · data of August 2021';
