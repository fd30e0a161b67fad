import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, exportData, exportFileName, serializeExport } from './export-data.ts';

const now = () => new Date(2026, 2, 5, 14, 30);

describe('exportData', () => {
	it('writes a versioned file of our format', () => {
		const file = exportData([], [], now());
		expect(file.format).toBe(EXPORT_FORMAT);
		expect(file.version).toBe(1);
		expect(new Date(file.exportedAt).getTime()).toBe(now().getTime());
		expect(file).toMatchObject({ saved: [], visits: [] });
	});

	it('sorts entries by place id and keeps only their known fields', () => {
		const extra = { placeId: 'b', savedAt: '2026-03-01T10:00:00.000+07:00', note: 'x' };
		const file = exportData([extra, { placeId: 'a', savedAt: '2026-03-02T10:00:00.000+07:00' }], [], now());
		expect(file.saved).toEqual([
			{ placeId: 'a', savedAt: '2026-03-02T10:00:00.000+07:00' },
			{ placeId: 'b', savedAt: '2026-03-01T10:00:00.000+07:00' }
		]);
	});

	it('serialises as indented JSON ending in a newline', () => {
		const text = serializeExport(exportData([], [], now()));
		expect(text.endsWith('}\n')).toBe(true);
		expect(text).toContain('\n  "format": "caobang-guide-export"');
	});
});

describe('exportFileName', () => {
	it('is dated by the device calendar', () => {
		expect(exportFileName(now())).toBe('caobang-guide-saved-2026-03-05.json');
		expect(exportFileName(new Date(2026, 11, 31, 23, 59))).toBe('caobang-guide-saved-2026-12-31.json');
	});
});
