/**
 * Reads an export file back, strictly: anything that is not a well-formed file of ours is refused
 * with a code the UI turns into words, and nothing is half-read. The one leniency is for places
 * this copy of the guide does not know (removed, or from a newer content version): they are
 * listed in `skipped` and the rest is imported.
 */
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-data.ts';
import type { SavedPlace, Visit } from './types.ts';

export type ImportErrorCode = 'not-json' | 'foreign-file' | 'newer-version' | 'invalid' | 'too-large';
export type ImportError = { code: ImportErrorCode; detail?: string };

export type ImportData = {
	exportedAt: string;
	saved: SavedPlace[];
	visits: Visit[];
	/** Ids of places in the file that this guide does not know, sorted, each once. */
	skipped: string[];
};

export type ImportResult = { ok: true; data: ImportData } | { ok: false; error: ImportError };

/** Far above any real file (about 100 bytes per entry), far below what would hurt a phone. */
export const MAX_IMPORT_CHARS = 1_000_000;
/** The largest file worth reading (a character takes at most 4 bytes): larger is refused unread. */
export const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS * 4;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** An ISO 8601 date-time with a time zone (`Z` or `±hh:mm`) on a real calendar day. */
export function isIsoDateTime(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const m = DATE_TIME.exec(value);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

class Invalid extends Error {}

type Entry = { placeId: string; at: string };

/** Reads one list of entries; throws `Invalid` naming the first bad field. */
function readEntries(file: Record<string, unknown>, list: 'saved' | 'visits', dateField: 'savedAt' | 'visitedAt'): Entry[] {
	const value = file[list];
	if (!Array.isArray(value)) throw new Invalid(`"${list}" is not a list`);
	return value.map((item: unknown, i) => {
		if (!isRecord(item)) throw new Invalid(`${list}[${i}] is not an object`);
		const { placeId } = item;
		if (typeof placeId !== 'string' || placeId === '') throw new Invalid(`${list}[${i}].placeId is not a place id`);
		const at = item[dateField];
		if (!isIsoDateTime(at)) throw new Invalid(`${list}[${i}].${dateField} is not an ISO date-time`);
		return { placeId, at };
	});
}

/** One entry per known place, keeping the earliest date; unknown ids go to `skipped`. */
function keepKnown(entries: Entry[], known: ReadonlySet<string>, skipped: Set<string>): Entry[] {
	const kept = new Map<string, Entry>();
	for (const entry of entries) {
		if (!known.has(entry.placeId)) {
			skipped.add(entry.placeId);
			continue;
		}
		const earlier = kept.get(entry.placeId);
		if (!earlier || Date.parse(entry.at) < Date.parse(earlier.at)) kept.set(entry.placeId, entry);
	}
	return [...kept.values()];
}

/** Our files nest 3 deep; far deeper is refused before parsing, which would take long for nothing. */
export const MAX_IMPORT_DEPTH = 16;

/** How deep the brackets of a JSON text go (outside strings), stopping once past `limit`. */
function nestingDepth(text: string, limit: number): number {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c) i++;
			else if (c === 0x22) inString = false;
		} else if (c === 0x22) inString = true;
		else if (c === 0x5b || c === 0x7b) {
			if (++depth > limit) return depth;
		} else if (c === 0x5d || c === 0x7d) depth--;
	}
	return depth;
}

export function parseImport(text: string, knownPlaceIds: ReadonlySet<string>): ImportResult {
	if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: { code: 'too-large' } };
	if (nestingDepth(text, MAX_IMPORT_DEPTH) > MAX_IMPORT_DEPTH) {
		return { ok: false, error: { code: 'invalid', detail: `nested more than ${MAX_IMPORT_DEPTH} levels deep` } };
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (err) {
		return { ok: false, error: { code: 'not-json', detail: err instanceof Error ? err.message : undefined } };
	}
	if (!isRecord(json) || json.format !== EXPORT_FORMAT) return { ok: false, error: { code: 'foreign-file' } };

	const { version } = json;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, error: { code: 'invalid', detail: '"version" is not a positive whole number' } };
	}
	if (version > EXPORT_VERSION) return { ok: false, error: { code: 'newer-version', detail: String(version) } };

	try {
		if (!isIsoDateTime(json.exportedAt)) throw new Invalid('"exportedAt" is not an ISO date-time');
		const saved = readEntries(json, 'saved', 'savedAt');
		const visits = readEntries(json, 'visits', 'visitedAt');
		const skipped = new Set<string>();
		const data: ImportData = {
			exportedAt: json.exportedAt,
			saved: keepKnown(saved, knownPlaceIds, skipped).map(({ placeId, at }) => ({ placeId, savedAt: at })),
			visits: keepKnown(visits, knownPlaceIds, skipped).map(({ placeId, at }) => ({ placeId, visitedAt: at })),
			skipped: [...skipped].sort()
		};
		return { ok: true, data };
	} catch (err) {
		if (err instanceof Invalid) return { ok: false, error: { code: 'invalid', detail: err.message } };
		throw err;
	}
}
