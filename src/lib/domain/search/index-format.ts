/**
 * The search index's format, shared by the build (build-index.ts, tools only) and the app
 * (search-index.ts): the searchable document, the fields and their weights, the engine options,
 * and the format name and version written into the JSON.
 */
import type { Options } from 'minisearch';

export type SearchDocType = 'place' | 'route' | 'service';

/** One searchable entry, in both languages. */
export type SearchDoc = {
	/** Unique across types: `place:ban-gioc-waterfall`. */
	ref: string;
	type: SearchDocType;
	id: string;
	kind: string;
	name: { vi: string; en: string };
	/** Other names: exonyms, old spellings, former communes and districts. */
	aliases: string[];
	commune?: string;
	district?: string;
	summary: { vi: string; en: string };
	lat?: number;
	lon?: number;
};

/** What a hit carries without a lookup: stored in the index next to the terms. */
export type StoredHit = Pick<SearchDoc, 'type' | 'id' | 'kind' | 'name' | 'commune' | 'lat' | 'lon'> & {
	/** Other names, folded ("tiger cave"): a query that is one of them outranks partial matches. */
	alias?: string[];
};

/** A document as MiniSearch indexes it: every field is already a space-separated term list. */
export type IndexedDoc = { ref: string; hit: StoredHit } & Record<Field, string>;

export const FORMAT = 'caobang-search-index';
export const FORMAT_VERSION = 2;
export const FIELDS = ['name', 'alias', 'area', 'joined', 'syn', 'summary', 'nameX', 'aliasX', 'areaX'] as const;
export type Field = (typeof FIELDS)[number];
export const STRONG_FIELDS: Field[] = ['name', 'alias', 'area', 'joined'];
export const EXACT_FIELDS: Field[] = ['nameX', 'aliasX', 'areaX'];
export const BOOST: Record<Field, number> = {
	name: 6,
	alias: 3,
	joined: 3,
	area: 2,
	syn: 1.5,
	summary: 1,
	nameX: 6,
	aliasX: 3,
	areaX: 2
};

const splitSpaces = (text: string): string[] => text.split(' ').filter((t) => t !== '');
const asIs = (term: string): string => term;

export const ENGINE_OPTIONS: Options<IndexedDoc> = {
	idField: 'ref',
	fields: [...FIELDS],
	storeFields: ['hit'],
	tokenize: splitSpaces,
	processTerm: asIs,
	searchOptions: { tokenize: splitSpaces, processTerm: asIs, boost: BOOST, maxFuzzy: 2 }
};
