/**
 * Builds the search index at build time (tools/content/compile.ts): documents → pre-normalised
 * fields → MiniSearch → JSON, with the spelling of each name word for suggestions. Imported by
 * tools only, so none of it ships to the browser.
 */
import MiniSearch from 'minisearch';
import { ENGINE_OPTIONS, FORMAT, FORMAT_VERSION, type IndexedDoc, type SearchDoc, type StoredHit } from './index-format.ts';
import { exactTerms, foldedTerm, foldedTerms, joinedPairs, surfaceWords } from './normalize.ts';
import { kindSynonyms } from './synonyms.ts';

/** Neighbouring syllables joined in pairs, and a whole name of three or more joined ("thacbangioc"). */
function joinedForms(text: string): string[] {
	const words = foldedTerms(text);
	return words.length > 2 ? [...joinedPairs(words), words.join('')] : joinedPairs(words);
}

function terms(texts: readonly (string | undefined)[], form: (text: string) => string[]): string {
	return texts.flatMap((t) => (t ? form(t) : [])).join(' ');
}

/** The area names of a document: commune and district. */
function areaTexts(doc: SearchDoc): (string | undefined)[] {
	return [doc.commune, doc.district];
}

/** Turns a document into pre-normalised fields (the engine only splits on spaces). */
function toIndexedDoc(doc: SearchDoc, areas: ReadonlySet<string>): IndexedDoc {
	const names = [doc.name.vi, doc.name.en];
	const hit: StoredHit = { type: doc.type, id: doc.id, kind: doc.kind, name: doc.name };
	if (doc.commune !== undefined) hit.commune = doc.commune;
	// Other names of the entry itself; a commune or district among them names an area, not the entry.
	const alias = doc.aliases.map((a) => foldedTerms(a).join(' ')).filter((a) => a !== '' && !areas.has(a));
	if (alias.length > 0) hit.alias = alias;
	if (doc.lat !== undefined && doc.lon !== undefined) {
		hit.lat = doc.lat;
		hit.lon = doc.lon;
	}
	return {
		ref: doc.ref,
		hit,
		name: terms(names, foldedTerms),
		alias: terms(doc.aliases, foldedTerms),
		area: terms(areaTexts(doc), foldedTerms),
		joined: [terms(names, joinedForms), terms([...doc.aliases, ...areaTexts(doc)], (t) => joinedPairs(foldedTerms(t)))].join(' ').trim(),
		syn: kindSynonyms(doc.name, doc.kind).join(' '),
		summary: terms([doc.summary.vi, doc.summary.en], foldedTerms),
		nameX: terms(names, exactTerms),
		aliasX: terms(doc.aliases, exactTerms),
		areaX: terms(areaTexts(doc), exactTerms)
	};
}

/**
 * Folded name words → one spelling as written, for suggestions. Vietnamese names are read
 * first, so "ban" shows as "Bản" rather than the English "Ban".
 */
function buildDisplayForms(docs: readonly SearchDoc[]): Record<string, string> {
	const passes: ((d: SearchDoc) => (string | undefined)[])[] = [
		(d) => [d.name.vi],
		(d) => [...d.aliases, ...areaTexts(d)],
		(d) => [d.name.en]
	];
	const forms: Record<string, string> = {};
	for (const pass of passes) {
		for (const word of docs.flatMap(pass).flatMap((t) => (t ? surfaceWords(t) : []))) {
			const key = foldedTerm(word);
			if (key !== '' && !(key in forms)) forms[key] = word;
		}
	}
	return forms;
}

/** Builds the serialised index (JSON) for `loadSearchIndex`. Throws on a duplicate `ref`. */
export function buildSearchIndex(docs: readonly SearchDoc[]): string {
	const seen = new Set<string>();
	for (const { ref } of docs) {
		if (seen.has(ref)) throw new Error(`Search index: duplicate ref "${ref}"`);
		seen.add(ref);
	}
	const engine = new MiniSearch<IndexedDoc>(ENGINE_OPTIONS);
	const areas = new Set(docs.flatMap((d) => areaTexts(d).flatMap((t) => (t ? [foldedTerms(t).join(' ')] : []))));
	engine.addAll(docs.map((d) => toIndexedDoc(d, areas)));
	const display = buildDisplayForms(docs);
	return JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, engine, display });
}
