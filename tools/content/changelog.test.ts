/**
 * The office's content/CHANGELOG.md: read into the bundles (newest date, latest changes in each
 * language) and checked with plain messages at the line of each mistake.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, loadContent, readProvince } from './load-content.ts';
import { compileContent } from './compile.ts';

const repo = join(import.meta.dirname, '../..');
const province = readProvince(repo);
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function withChangelog(text: string): string {
	const root = mkdtempSync(join(tmpdir(), 'content-changelog-'));
	temps.push(root);
	cpSync(join(import.meta.dirname, '__fixtures__/good'), root, { recursive: true });
	writeFileSync(join(root, 'content/CHANGELOG.md'), text);
	return root;
}

const GOOD = `# Changes

## 2026-12-02

- vi: Thêm chợ phiên.
  en: Added the market.
- vi: Sửa giờ mở cửa.
  en: Opening hours corrected.

## 2026-11-23

- vi: Bản đầu tiên.
  en: First edition.
`;

describe('content history', () => {
	it('gives each bundle the newest date and the changes in its own language', () => {
		const { content, problems } = loadContent(withChangelog(GOOD), province);
		expect(problems).toEqual([]);
		const { bundles } = compileContent(content, { siteUrl: 'https://guide.test' });
		expect(bundles.en.history).toEqual({
			updated: '2026-12-02',
			changes: [
				{ date: '2026-12-02', items: ['Added the market.', 'Opening hours corrected.'] },
				{ date: '2026-11-23', items: ['First edition.'] }
			]
		});
		expect(bundles.vi.history?.changes[0]?.items).toEqual(['Thêm chợ phiên.', 'Sửa giờ mở cửa.']);
	});

	it('changes the content version when only the changelog changes', () => {
		const a = compileContent(loadContent(withChangelog(GOOD), province).content, { siteUrl: 'https://guide.test' });
		const b = compileContent(loadContent(withChangelog(GOOD.replace('First edition.', 'First.')), province).content, { siteUrl: 'https://guide.test' });
		expect(a.version).not.toBe(b.version);
	});

	it('says where a heading is not a date, where the order is wrong and where a language is missing', () => {
		const bad = `## December\n\n- vi: Một.\n  en: One.\n\n## 2026-11-23\n\n- vi: Hai.\n\n## 2026-11-24\n\n- vi: Ba.\n  en: Three.\n`;
		const { problems } = loadContent(withChangelog(bad), province);
		expect(problems.map((p) => `${p.severity} ${formatProblem(p)}`)).toEqual([
			'error content/CHANGELOG.md:1: "## December" must be a date written as YYYY-MM-DD, e.g. ## 2026-12-02 — "## December" phải là ngày viết dạng YYYY-MM-DD, ví dụ ## 2026-12-02',
			'error content/CHANGELOG.md:8: a change needs both languages: "- vi: …" and, on the next line, "  en: …" — mỗi thay đổi cần cả hai thứ tiếng: "- vi: …" và ở dòng sau "  en: …"',
			'error content/CHANGELOG.md:10: 2026-11-24 comes after 2026-11-23; the newest changes go on top — 2026-11-24 đứng sau 2026-11-23; thay đổi mới nhất phải ở trên cùng'
		]);
	});

	it('leaves the bundles without a history when the office keeps no changelog', () => {
		const root = mkdtempSync(join(tmpdir(), 'content-nochangelog-'));
		temps.push(root);
		cpSync(join(import.meta.dirname, '__fixtures__/good'), root, { recursive: true });
		expect(compileContent(loadContent(root, province).content, { siteUrl: 'https://guide.test' }).bundles.vi.history).toBeUndefined();
	});
});
