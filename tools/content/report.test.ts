import { join } from 'node:path';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, readProvince } from './load-content.ts';
import { officeReport, sectionsMarkdown } from './report.ts';

const root = mkdtempSync(join(tmpdir(), 'report-'));
cpSync(join(import.meta.dirname, '__fixtures__/good'), root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const { content } = loadContent(root, readProvince(join(import.meta.dirname, '../..')));
const sections = officeReport(content);
const report = Object.fromEntries(sections.map((s) => [s.title.en, s.gaps.map((g) => g.id)]));

describe('office report', () => {
	it('lists places with no location', () => expect(report['Location unknown']).toEqual(['beta-pass']));
	it('does not list known hours or prices as gaps', () => {
		expect(report['Opening hours unknown']).toEqual(['beta-pass']);
		expect(report['Ticket prices unknown']).toEqual(['beta-pass']);
	});
	it('lists missing photos and communes', () => {
		expect(report['No photo']).toEqual(['alpha-cave', 'beta-pass']);
		expect(report['Commune after 1 July 2025 not set']).toEqual(['beta-pass']);
	});
	it('speaks both languages', () => {
		expect(sectionsMarkdown(sections, 'vi')).toContain('## Chưa rõ vị trí (1)');
		expect(sectionsMarkdown(sections, 'en')).toContain('## Location unknown (1)');
	});
});
