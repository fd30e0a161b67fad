/**
 * Maps the research records of `seeds/facts/facts-pois.json` to search documents. Used by the
 * ranking test and the search benchmark, which measure search on real data before all of it
 * is written up as `content/`. Pure: the caller reads the file.
 */
import type { SearchDoc } from '../../src/lib/domain/search/index-format.ts';

/** The fields of a facts record that search uses; the file has many more. */
export type FactsPoi = {
	id: string;
	name_vi: string;
	name_en: string;
	category: string;
	description_vi?: string;
	description_en?: string;
	lat?: number | null;
	lon?: number | null;
	commune_old?: string | null;
	commune_2025?: string | null;
	district_pre2020?: string | null;
	district_2020_2025?: string | null;
};

/**
 * Splits an admin-area note into names: "Quảng Hòa / Trùng Khánh (sources differ)" →
 * ["Quảng Hòa", "Trùng Khánh"]. Remarks in brackets and after a dash are dropped.
 */
export function areaNames(note: string | null | undefined): string[] {
	if (!note) return [];
	return note
		.split(/[;/]/)
		.map((part) =>
			part
				.replace(/\([^)]*\)/g, '')
				.replace(/\s[–-]\s.*$/, '')
				.trim()
		)
		.filter((part) => part !== '');
}

function isFactsPoi(value: unknown): value is FactsPoi {
	if (typeof value !== 'object' || value === null) return false;
	const r = value as Record<string, unknown>;
	return ['id', 'name_vi', 'name_en', 'category'].every((k) => typeof r[k] === 'string');
}

/** One facts record as a place document (`place:<id>`). */
export function factsPoiToSearchDoc(poi: FactsPoi): SearchDoc {
	const communes = [...areaNames(poi.commune_2025), ...areaNames(poi.commune_old)];
	const districts = [...areaNames(poi.district_2020_2025), ...areaNames(poi.district_pre2020)];
	const doc: SearchDoc = {
		ref: `place:${poi.id}`,
		type: 'place',
		id: poi.id,
		kind: poi.category,
		name: { vi: poi.name_vi, en: poi.name_en },
		aliases: [...new Set([...communes, ...districts])],
		summary: { vi: poi.description_vi ?? '', en: poi.description_en ?? '' }
	};
	if (communes[0] !== undefined) doc.commune = communes[0];
	if (districts[0] !== undefined) doc.district = districts[0];
	if (typeof poi.lat === 'number' && typeof poi.lon === 'number') {
		doc.lat = poi.lat;
		doc.lon = poi.lon;
	}
	return doc;
}

/** Maps a parsed facts file; throws when it is not an array of records with id and names. */
export function factsToSearchDocs(records: unknown): SearchDoc[] {
	if (!Array.isArray(records)) throw new Error('facts-pois: expected an array of records');
	return records.map((r, i) => {
		if (!isFactsPoi(r)) throw new Error(`facts-pois: record ${i} lacks id, name_vi, name_en or category`);
		return factsPoiToSearchDoc(r);
	});
}
