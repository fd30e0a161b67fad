import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, HEADERS_SNIPPET, SECURITY_HEADERS, headersSnippet } from './headers.ts';
import { addHeaders, readSite } from './site-config.ts';
import { serverBlocks } from './serve.ts';

const site = readSite();

describe('the one definition of the security headers', () => {
	it('is what the nginx snippet says (run `npm run nginx:headers` after changing tools/nginx/headers.ts)', () => {
		expect(readFileSync(HEADERS_SNIPPET, 'utf8')).toBe(headersSnippet());
		expect(addHeaders(readFileSync(HEADERS_SNIPPET, 'utf8'))).toEqual(SECURITY_HEADERS);
	});
	it('reaches every answer of both servers: included in each, and no location adds a header of its own', () => {
		const blocks = serverBlocks(site).map(({ start, end }) => site.slice(start, end));
		expect(blocks).toHaveLength(2);
		for (const block of blocks) {
			expect(addHeaders(block)).toMatchObject(SECURITY_HEADERS);
			// nginx: a location with any add_header drops all the server's. The editor's (/admin/)
			// has its own CSP, so it repeats every other header (tools/admin/admin-headers.test.ts).
			for (const location of block.matchAll(/location([^{]*)\{([^}]*)\}/g)) {
				if (location[1]?.trim() === '/admin/') continue;
				expect(location[2]).not.toContain('add_header');
			}
		}
	});
	it('allows no inline script or style, no plugin, and no framing', () => {
		for (const values of Object.values(CSP_DIRECTIVES)) expect(values.join(' ')).not.toMatch(/unsafe|\*/);
		expect(CSP_DIRECTIVES['object-src']).toEqual(["'none'"]);
		expect(CSP_DIRECTIVES['frame-ancestors']).toEqual(["'none'"]);
	});
});
