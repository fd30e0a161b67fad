import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/domain/content/types.ts';

const site = readFileSync(new URL('../../deploy/nginx/caobang-guide.conf', import.meta.url), 'utf8');

describe('the nginx site file', () => {
	it('has a location with its own not-found page for exactly the languages in LANGS', () => {
		const blocks = [...site.matchAll(/location\s+\/([a-z-]+)\/\s*\{([^}]*)\}/g)];
		expect(blocks.map((m) => m[1]).sort()).toEqual([...LANGS].sort());
		for (const [, lang, body] of blocks) {
			expect(body).toContain(`error_page 404 /${lang}/404.html;`);
		}
	});
});
