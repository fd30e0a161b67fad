/**
 * Serves dist/ with Debian's nginx (/usr/sbin/nginx) and the deployment's own site file,
 * deploy/nginx/caobang-guide.conf, as the current user on a given port: the browser tests run
 * against exactly what production runs. Everything nginx writes goes to a temp directory.
 *
 *   tsx tools/nginx/serve.ts [--port 4174] [--dist dist]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEPLOY_DIR, SITE_FILE, includePath } from './site-config.ts';

export const NGINX_BIN = '/usr/sbin/nginx';

/**
 * The deployment's server block, pointed at `dist` and listening on localhost:`port`; its
 * includes (`snippets/…`, relative to /etc/nginx/ when deployed) are read from deploy/nginx/.
 */
export function localSiteConfig(site: string, dist: string, port: number, confDir = DEPLOY_DIR): string {
	const out = site
		.replace(
			/^(\s*)include\s+([^;\s]+);/gm,
			(_, indent: string, name: string) => `${indent}include ${JSON.stringify(includePath(name, confDir))};`
		)
		.replace(/^\s*listen\s+\[::\]:80;\s*$/m, '')
		.replace(/^(\s*)listen\s+80;\s*$/m, `$1listen 127.0.0.1:${port};`)
		.replace(/^(\s*)server_name\s+[^;]+;/m, '$1server_name localhost;')
		.replace(/^(\s*)root\s+[^;]+;/m, `$1root ${JSON.stringify(resolve(dist))};`);
	if (!out.includes(`listen 127.0.0.1:${port};`) || !out.includes(resolve(dist))) {
		throw new Error(`${SITE_FILE}: expected "listen 80;" and a "root" line to point at the local build`);
	}
	return out;
}

/** A whole nginx.conf around the site: foreground, one worker, all paths in `tmp`. */
export function mainConfig(site: string, tmp: string, runAsRoot: boolean): string {
	const p = (name: string) => JSON.stringify(join(tmp, name));
	return `${runAsRoot ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${p('nginx.pid')};
error_log ${p('error.log')} warn;
events { worker_connections 256; }
http {
	access_log ${p('access.log')};
	client_body_temp_path ${p('client_body')};
	proxy_temp_path ${p('proxy')};
	fastcgi_temp_path ${p('fastcgi')};
	uwsgi_temp_path ${p('uwsgi')};
	scgi_temp_path ${p('scgi')};
	sendfile on;
	server_tokens off;
${site}
}
`;
}

function waitForPort(port: number, child: ChildProcess, timeoutMs = 10_000): Promise<void> {
	const start = Date.now();
	return new Promise((ok, fail) => {
		const attempt = () => {
			if (child.exitCode !== null) return fail(new Error(`nginx exited with code ${child.exitCode}`));
			const socket = connect(port, '127.0.0.1');
			socket.once('connect', () => (socket.destroy(), ok()));
			socket.once('error', () => {
				socket.destroy();
				if (Date.now() - start > timeoutMs) fail(new Error(`nginx did not listen on port ${port}`));
				else setTimeout(attempt, 50);
			});
		};
		attempt();
	});
}

export type NginxServer = { url: string; port: number; dir: string; stop: () => Promise<void> };

export async function startNginx(options: { dist: string; port: number; bin?: string }): Promise<NginxServer> {
	const bin = options.bin ?? NGINX_BIN;
	const dir = mkdtempSync(join(tmpdir(), 'caobang-nginx-'));
	for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
	const site = localSiteConfig(readFileSync(SITE_FILE, 'utf8'), options.dist, options.port);
	const conf = join(dir, 'nginx.conf');
	writeFileSync(conf, mainConfig(site, dir, process.getuid?.() === 0));
	const child = spawn(bin, ['-e', join(dir, 'error.log'), '-p', dir, '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] });
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	try {
		await waitForPort(options.port, child);
	} catch (err) {
		const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
		child.kill('SIGKILL');
		throw new Error(`${err instanceof Error ? err.message : String(err)}\n${log}`);
	}
	return {
		url: `http://localhost:${options.port}`,
		port: options.port,
		dir,
		stop: async () => {
			if (child.exitCode === null) child.kill('SIGQUIT');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
			if (child.exitCode === null) child.kill('SIGKILL');
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

function argValue(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
	const dist = resolve(argValue('--dist') ?? 'dist');
	const port = Number(argValue('--port') ?? process.env.PORT ?? 4173);
	if (!existsSync(join(dist, 'index.html'))) {
		console.error(`${dist} has no index.html: run \`npm run build\` first.`);
		process.exit(1);
	}
	if (!existsSync(NGINX_BIN)) {
		console.error(`${NGINX_BIN} is missing: install it with \`apt-get install nginx-light\` (or use \`npm run preview\`).`);
		process.exit(1);
	}
	const server = await startNginx({ dist, port });
	console.log(`Cao Bằng Guide (nginx): ${server.url}/`);
	const stop = () => void server.stop().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	main().catch((err: unknown) => {
		console.error(err instanceof Error ? err.message : err);
		process.exit(1);
	});
}
