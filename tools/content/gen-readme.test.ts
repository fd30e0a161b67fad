import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, errorTable, withErrorTable } from './gen-readme.ts';
import { MESSAGES } from './messages.ts';

describe('the error table in content/README.md', () => {
	it('is the one generated from the message catalogue (run `npx tsx tools/content/gen-readme.ts`)', () => {
		const readme = readFileSync(README, 'utf8');
		expect(readme).toBe(withErrorTable(readme));
	});

	it('has a row for every problem code, with its message in both languages', () => {
		const table = errorTable();
		expect(table.split('\n')).toHaveLength(Object.keys(MESSAGES).length + 2);
		expect(table).toContain('`is too long: 251 characters, at most 200`<br>`quá dài: 251 ký tự, tối đa 200`');
	});
});
