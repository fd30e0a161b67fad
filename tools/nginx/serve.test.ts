import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { localSiteConfig, mainConfig } from './serve.ts';
import { DEPLOY_DIR } from './site-config.ts';

const site = readFileSync(new URL('../../deploy/nginx/caobang-guide.conf', import.meta.url), 'utf8');

describe('the local nginx configuration', () => {
	it('is the deployment file, pointed at the local build and port', () => {
		const local = localSiteConfig(site, '/tmp/site copy/dist', 4321);
		expect(local).toContain('listen 127.0.0.1:4321;');
		expect(local).not.toMatch(/listen\s+(\[::\]:)?80;/);
		expect(local).toContain('root "/tmp/site copy/dist";');
		expect(local).toContain('server_name localhost;');
		// Everything else is the deployment's own: per-language 404s, headers, types.
		expect(local).toContain('error_page 404 /en/404.html;');
		expect(local).toContain('application/vnd.pmtiles      pmtiles;');
		// Includes name the repository's snippets, wherever the test runs.
		expect(local).toContain(`include ${JSON.stringify(join(DEPLOY_DIR, 'snippets', 'caobang-security-headers.conf'))};`);
	});
	it('over plain HTTP, leaves out TLS and the redirecting server', () => {
		const local = localSiteConfig(site, '/tmp/dist', 4321);
		expect(local).not.toMatch(/\bssl|return 301|listen\s+443/);
		expect(local.match(/server\s*\{/g)).toHaveLength(1);
	});
	it('over HTTPS, uses the test certificate and redirects its plain-HTTP port to the HTTPS one', () => {
		const local = localSiteConfig(site, '/tmp/dist', 4321, DEPLOY_DIR, { cert: '/tmp/c.pem', key: '/tmp/k.pem', httpPort: 4322 });
		expect(local).toContain('listen 127.0.0.1:4321 ssl http2;');
		expect(local).toContain('ssl_certificate "/tmp/c.pem";');
		expect(local).toContain('ssl_certificate_key "/tmp/k.pem";');
		expect(local).toContain(`include ${JSON.stringify(join(DEPLOY_DIR, 'snippets', 'caobang-tls.conf'))};`);
		expect(local).toContain('listen 127.0.0.1:4322;');
		expect(local).toContain('return 301 https://$host:4321$request_uri;');
		expect(local).not.toMatch(/listen\s+(\[::\]:)?(80|443)\b/);
	});
	it('keeps everything nginx writes in the temp directory and stays in the foreground', () => {
		const conf = mainConfig('server {}', '/tmp/x', false);
		expect(conf).toContain('daemon off;');
		expect(conf).toContain('pid "/tmp/x/nginx.pid";');
		expect(conf).toContain('client_body_temp_path "/tmp/x/client_body";');
		expect(conf).not.toContain('user root;');
		expect(mainConfig('server {}', '/tmp/x', true)).toMatch(/^user root;/);
	});
});
