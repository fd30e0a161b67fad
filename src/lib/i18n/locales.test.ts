import { describe, expect, it } from 'vitest';
import en from '../../../locales/en.json';
import vi from '../../../locales/vi.json';

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
	it('have the same keys in Vietnamese and English', () => {
		expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
	});
	it('have the same placeholders in both languages', () => {
		const en_ = en as Record<string, string>;
		const vi_ = vi as Record<string, string>;
		const mismatched = Object.keys(en_).filter(
			(k) => JSON.stringify(placeholders(en_[k] ?? '')) !== JSON.stringify(placeholders(vi_[k] ?? ''))
		);
		expect(mismatched).toEqual([]);
	});
	it('have no empty values', () => {
		for (const dict of [en, vi] as Record<string, string>[]) {
			expect(Object.entries(dict).filter(([, v]) => v.trim() === '')).toEqual([]);
		}
	});
	it('are sorted, so diffs stay small', () => {
		for (const dict of [en, vi]) {
			const keys = Object.keys(dict);
			expect(keys).toEqual([...keys].sort());
		}
	});
	it('have both plural forms wherever one exists', () => {
		const keys = new Set(Object.keys(en));
		for (const k of keys) {
			if (k.endsWith('_one')) expect(keys.has(k.replace(/_one$/, '_other'))).toBe(true);
		}
	});
});
