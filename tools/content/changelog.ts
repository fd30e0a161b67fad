/**
 * content/CHANGELOG.md, kept by the tourism office: what changed in the guide's content, newest
 * first, each change in both languages. The about page shows the latest date and changes. The
 * format is plain Markdown an editor can follow from the file itself:
 *
 *     ## 2026-12-02
 *     - vi: Thêm chợ phiên Nà Rị.
 *       en: Added the Nà Rị market.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentHistory } from '../../src/lib/domain/content/types.ts';
import type { Collector } from './problems.ts';

export type ChangelogEntry = { date: string; items: { vi: string; en: string }[] };

/** How many dated sections the bundles carry (the file keeps them all). */
export const HISTORY_SECTIONS = 5;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Reads `<root>/content/CHANGELOG.md` when there is one, adding a problem for each malformed line. */
export function readChangelog(root: string, out: Collector, files: string[]): ChangelogEntry[] | undefined {
	const abs = join(root, 'content', 'CHANGELOG.md');
	if (!existsSync(abs)) return undefined;
	files.push(abs);
	const file = relative(root, abs);
	const lines = readFileSync(abs, 'utf8').normalize('NFC').split(/\r?\n/);
	const entries: ChangelogEntry[] = [];
	let current: ChangelogEntry | undefined;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		const at = { file, line: i + 1 };
		const heading = /^##\s+(.*)$/.exec(line);
		if (heading) {
			const date = (heading[1] ?? '').trim();
			if (!DATE.test(date)) {
				out.add(at, 'changelog-bad-date', { heading: date });
				current = undefined;
				continue;
			}
			const previous = entries[entries.length - 1];
			if (previous && previous.date <= date) out.add(at, 'changelog-order', { date, previous: previous.date });
			current = { date, items: [] };
			entries.push(current);
			continue;
		}
		if (!current || !/^\s*-\s/.test(line)) continue;
		const vi = /^\s*-\s+vi:\s*(.+)$/.exec(line)?.[1]?.trim();
		const en = /^\s+en:\s*(.+)$/.exec(lines[i + 1] ?? '')?.[1]?.trim();
		if (!vi || !en) {
			out.add(at, 'changelog-item', {});
			continue;
		}
		current.items.push({ vi, en });
		i++;
	}
	return entries;
}

/** What a bundle in `lang` carries: the newest date and the latest sections' changes. */
export function historyFor(entries: readonly ChangelogEntry[] | undefined, lang: 'vi' | 'en'): ContentHistory | undefined {
	const newest = entries?.[0];
	if (!entries || !newest) return undefined;
	return {
		updated: newest.date,
		changes: entries.slice(0, HISTORY_SECTIONS).map((e) => ({ date: e.date, items: e.items.map((item) => item[lang]) }))
	};
}
