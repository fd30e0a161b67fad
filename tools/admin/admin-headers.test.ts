/**
 * The editor's CSP lets it reach the Git host the office chose (src/admin/backend.json) and
 * nothing else; the public site's CSP does not change for it. Both servers (nginx and `npm start`)
 * read the same files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, SECURITY_HEADERS } from '../serve.ts';
import { addHeaders, locationBody, readSite } from '../nginx/site-config.ts';

/** The API origin each Git backend of Sveltia talks to (its defaults, or the address the office set). */
function gitApiOrigin(b: { name: string; api_root?: string; base_url?: string }): string {
	if (b.api_root) return new URL(b.api_root).origin;
	if (b.name === 'github') return 'https://api.github.com';
	if (b.name === 'gitlab') return 'https://gitlab.com';
	if (b.name === 'gitea' && b.base_url) return new URL(b.base_url).origin;
	throw new Error(`src/admin/backend.json: say where the "${b.name}" host is (api_root or base_url)`);
}

/** The Git host the office chose (read as a file: tools do not import the app). */
const backend = JSON.parse(readFileSync(new URL('../../src/admin/backend.json', import.meta.url), 'utf8')) as {
	name: string;
	api_root?: string;
	base_url?: string;
};

const directive = (csp: string, name: string) =>
	csp
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.find(([n]) => n === name)
		?.slice(1) ?? [];

describe("the web editor's headers", () => {
	const csp = ADMIN_HEADERS['content-security-policy'] ?? '';

	it('let the editor reach our origin and the chosen Git host, and no other host', () => {
		expect(directive(csp, 'connect-src')).toEqual(["'self'", 'data:', 'blob:', gitApiOrigin(backend)]);
		expect(directive(csp, 'script-src')).toEqual(["'self'"]);
		expect(directive(csp, 'font-src')).toEqual(["'self'", 'data:']);
		expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
	});

	it('leave the public site with its own CSP, which names no Git host', () => {
		const snippet = readFileSync(new URL('../../deploy/nginx/snippets/caobang-security-headers.conf', import.meta.url), 'utf8');
		expect(SECURITY_HEADERS['content-security-policy']).toBe(addHeaders(snippet)['content-security-policy']);
		expect(SECURITY_HEADERS['content-security-policy']).not.toContain(gitApiOrigin(backend));
	});

	it('come from the location /admin/ block of the nginx site file', () => {
		expect(addHeaders(locationBody(readSite(), '/admin/'))).toEqual(ADMIN_HEADERS);
		expect(ADMIN_HEADERS['cache-control']).toBe('no-cache');
	});

	it('repeat every header of the public site except its CSP (HSTS and isolation included)', () => {
		for (const name of Object.keys(SECURITY_HEADERS).filter((n) => n !== 'content-security-policy')) {
			expect(ADMIN_HEADERS[name], name).toBeDefined();
		}
		expect(ADMIN_HEADERS['strict-transport-security']).toBe(SECURITY_HEADERS['strict-transport-security']);
	});
});
