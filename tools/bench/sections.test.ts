import { describe, expect, it } from 'vitest';
import { keptSections, withSection } from './sections.ts';

describe('sections of docs/bench.md written by other scripts', () => {
	it('appends a section once, then replaces only it', () => {
		const first = withSection('# Benchmarks\n\nbuild: 9 s\n', 'load', '## Load\n\n100 req/s');
		expect(first).toBe('# Benchmarks\n\nbuild: 9 s\n\n<!-- bench:load -->\n## Load\n\n100 req/s\n<!-- /bench:load -->\n');
		const other = withSection(first, 'faults', '## Faults\n\nok');
		const again = withSection(other, 'load', '## Load\n\n200 req/s');
		expect(again).toContain('200 req/s');
		expect(again).not.toContain('100 req/s');
		expect(again).toContain('## Faults\n\nok');
	});
	it('keeps every section when the rest of the file is rewritten', () => {
		const text = withSection(withSection('# old\n', 'load', 'A'), 'faults', 'B');
		expect('# new\n' + keptSections(text)).toBe(withSection(withSection('# new\n', 'load', 'A'), 'faults', 'B'));
		expect(keptSections('# nothing marked\n')).toBe('');
	});
});
