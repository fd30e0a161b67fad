/**
 * The export file: saved places and visits as versioned JSON the visitor can keep, or move to
 * another phone, and read back with `parseImport`. Version 1 is frozen: a change of shape gets
 * a new version number, and `parseImport` learns to read both.
 */
import { localDay, localIsoString } from './local-iso-string.ts';
import type { SavedPlace, Visit } from './types.ts';
import { compareText } from '../format/compare.ts';

export const EXPORT_FORMAT = 'caobang-guide-export';
export const EXPORT_VERSION = 1;

export type ExportFile = {
	format: typeof EXPORT_FORMAT;
	version: typeof EXPORT_VERSION;
	/** When the file was written, ISO date-time with the device's offset. */
	exportedAt: string;
	saved: SavedPlace[];
	visits: Visit[];
};

const byPlaceId = (a: { placeId: string }, b: { placeId: string }) => compareText(a.placeId, b.placeId);

/** Builds the export file. Entries are sorted by place id and carry only their known fields. */
export function exportData(saved: readonly SavedPlace[], visits: readonly Visit[], now: Date): ExportFile {
	return {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: localIsoString(now),
		saved: saved.map(({ placeId, savedAt }) => ({ placeId, savedAt })).sort(byPlaceId),
		visits: visits.map(({ placeId, visitedAt }) => ({ placeId, visitedAt })).sort(byPlaceId)
	};
}

/** The file as text: indented, so a curious visitor can read it. */
export function serializeExport(file: ExportFile): string {
	return `${JSON.stringify(file, null, 2)}\n`;
}

/** `caobang-guide-saved-2026-03-05.json`, dated by the device's calendar. */
export function exportFileName(now: Date): string {
	return `caobang-guide-saved-${localDay(now)}.json`;
}
