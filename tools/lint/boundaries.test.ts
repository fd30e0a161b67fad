/**
 * Proves the layering in eslint.config.js holds: a file in src/lib/domain that reaches for the
 * app's edges (state, i18n, offline) or for a browser/storage package is refused, whether the
 * import is written as a relative path or through the `$lib` alias, while domain → domain passes.
 * The rule set is the project's own config, so a change that weakens it fails here.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

// An existing domain file: the type-aware rules only accept files their tsconfig knows. Its text
// on disk is not read; ESLint lints the code given here as if it were that file.
const DOMAIN_FILE = 'src/lib/domain/geo/distance.ts';

async function boundaryErrors(code: string, filePath = DOMAIN_FILE) {
	const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
	if (!result) throw new Error('ESLint returned no result');
	const fatal = result.messages.filter((m) => m.fatal);
	if (fatal.length > 0) throw new Error(fatal.map((m) => m.message).join('\n'));
	return result.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => ({ line: m.line, message: m.message }));
}

describe('layering (eslint-plugin-boundaries)', () => {
	it('refuses a domain file importing state, i18n, offline or idb, by relative path or by alias', async () => {
		const errors = await boundaryErrors(
			[
				"import { RouterState } from '../../state/router.svelte';",
				"import { i18n } from '$lib/i18n/i18n.svelte';",
				"import { downloadPack } from '$lib/offline/downloader';",
				"import { openDB } from 'idb';",
				'export const all = [RouterState, i18n, downloadPack, openDB];'
			].join('\n')
		);
		expect(errors.map((e) => e.line)).toEqual([1, 2, 3, 4]);
		expect(errors[0]?.message).toContain('domain layer may not import from the state layer');
		expect(errors[1]?.message).toContain('from the i18n layer');
		expect(errors[2]?.message).toContain('from the offline layer');
		expect(errors[3]?.message).toContain('src/lib/domain is pure');
	}, 60_000);

	it('lets a domain file import another domain module, by relative path or by alias', async () => {
		const errors = await boundaryErrors(
			[
				"import { distanceM } from './distance';",
				"import type { Place } from '$lib/domain/content/types';",
				'export const use = (p: Place) => distanceM(p, p);'
			].join('\n')
		);
		expect(errors).toEqual([]);
	}, 60_000);
});
