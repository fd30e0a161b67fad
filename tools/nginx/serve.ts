/**
 * Serves dist/ with Debian's nginx (/usr/sbin/nginx) and the deployment's own site file,
 * deploy/nginx/caobang-guide.conf, as the current user on a given port: the browser tests run
 * against exactly what production runs. Everything nginx writes goes to a temp directory.
 *
 *   tsx tools/nginx/serve.ts [--port 4174] [--dist dist] [--https [--http-port 4175]]
 *
 * With --https it makes a test certificate (openssl) and serves HTTPS on --port, with the
 * redirecting plain-HTTP server on --http-port, as deployed on 443 and 80.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEPLOY_DIR, SITE_FILE, includePath } from './site-config.ts';

export const NGINX_BIN = '/usr/sbin/nginx';

/** The `server { … }` blocks of a site file, as spans of its text (comments and quotes skipped). */
export function serverBlocks(conf: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	const re = /^\s*server\s*\{/gm;
	for (let m = re.exec(conf); m; m = re.exec(conf)) {
		let depth = 0;
		let quoted = false;
		let comment = false;
		for (let i = m.index; i < conf.length; i++) {
			const c = conf[i]!;
			if (comment) comment = c !== '\n';
			else if (c === '"') quoted = !quoted;
			else if (!quoted && c === '#') comment = true;
			else if (!quoted && c === '{') depth++;
			else if (!quoted && c === '}' && --depth === 0) {
				out.push({ start: m.index, end: i + 1 });
				re.lastIndex = i + 1;
				break;
			}
		}
	}
	return out;
}

/** Local TLS: the certificate files and the plain-HTTP port that redirects to HTTPS. */
export type LocalTls = { cert: string; key: string; httpPort: number };

/**
 * The deployment's site file run locally: the HTTPS server pointed at `dist` and listening on
 * localhost:`port`; its includes (`snippets/…`, relative to /etc/nginx/ when deployed) read from
 * deploy/nginx/. Without `tls`, that server speaks plain HTTP (a service worker is allowed on
 * localhost) and the redirecting port-80 server is left out; with `tls`, the test certificate is
 * used and the redirect server listens on `tls.httpPort`, sending visitors to `port`.
 */
export function localSiteConfig(site: string, dist: string, port: number, confDir = DEPLOY_DIR, tls?: LocalTls): string {
	const withIncludes = site.replace(
		/^(\s*)include\s+([^;\s]+);/gm,
		(_, indent: string, name: string) => `${indent}include ${JSON.stringify(includePath(name, confDir))};`
	);
	const blocks = serverBlocks(withIncludes).map(({ start, end }) => withIncludes.slice(start, end));
	const main = blocks.find((b) => /^\s*listen\s+443\b/m.test(b));
	const redirect = blocks.find((b) => /return\s+301\s+https:\/\//.test(b));
	if (!main || !redirect || !/^\s*root\s+[^;]+;/m.test(main)) {
		throw new Error(`${SITE_FILE}: expected a "listen 443" server with a "root" line and a port-80 server that redirects to https://`);
	}
	const local = (block: string) =>
		block.replace(/^\s*listen\s+\[::\]:\d+[^;]*;\s*\n/gm, '').replace(/^(\s*)server_name\s+[^;]+;/m, '$1server_name localhost;');
	let https = local(main).replace(/^(\s*)root\s+[^;]+;/m, `$1root ${JSON.stringify(resolve(dist))};`);
	let http = '';
	if (tls) {
		https = https
			.replace(/^(\s*)listen\s+443\b([^;]*);/m, `$1listen 127.0.0.1:${port}$2;`)
			.replace(/^(\s*)ssl_certificate\s+[^;]+;/m, `$1ssl_certificate ${JSON.stringify(tls.cert)};`)
			.replace(/^(\s*)ssl_certificate_key\s+[^;]+;/m, `$1ssl_certificate_key ${JSON.stringify(tls.key)};`);
		http = local(redirect)
			.replace(/^(\s*)listen\s+80;/m, `$1listen 127.0.0.1:${tls.httpPort};`)
			.replace('https://$host$request_uri', `https://$host${port === 443 ? '' : `:${port}`}$request_uri`);
	} else {
		https = https
			.replace(/^(\s*)listen\s+443\b[^;]*;/m, `$1listen 127.0.0.1:${port};`)
			.replace(/^\s*(ssl_certificate(_key)?\s+[^;]+|include\s+"[^"]*caobang-tls\.conf");\s*\n/gm, '');
	}
	let out = withIncludes;
	for (const [block, replacement] of [
		[redirect, http],
		[main, https]
	] as const) {
		out = out.replace(block, () => replacement);
	}
	return out;
}

/** A test certificate authority and a certificate for localhost signed by it (openssl, 2 days). */
export function createTestCertificate(dir: string): { ca: string; cert: string; key: string } {
	const f = (name: string) => join(dir, name);
	const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
	const run = (args: string[]) => {
		const r = spawnSync('openssl', args, { encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`openssl ${args[0]}: ${r.stderr || r.error?.message}`);
	};
	run([
		'req',
		'-x509',
		...ec,
		'-keyout',
		f('ca.key'),
		'-out',
		f('ca.pem'),
		'-days',
		'2',
		'-subj',
		'/CN=Cao Bang Guide test CA',
		'-addext',
		'basicConstraints=critical,CA:TRUE',
		'-addext',
		'keyUsage=critical,keyCertSign,cRLSign'
	]);
	run(['req', ...ec, '-keyout', f('key.pem'), '-out', f('cert.csr'), '-subj', '/CN=localhost']);
	writeFileSync(
		f('cert.ext'),
		'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n'
	);
	run([
		'x509',
		'-req',
		'-in',
		f('cert.csr'),
		'-CA',
		f('ca.pem'),
		'-CAkey',
		f('ca.key'),
		'-CAcreateserial',
		'-out',
		f('cert.pem'),
		'-days',
		'2',
		'-extfile',
		f('cert.ext')
	]);
	return { ca: f('ca.pem'), cert: f('cert.pem'), key: f('key.pem') };
}

/** A whole nginx.conf around the site: foreground, one worker, all paths in `tmp`. */
export type Tuning = { workerProcesses: number | 'auto'; workerConnections: number; accessLog: boolean };

export function mainConfig(site: string, tmp: string, runAsRoot: boolean, tuning?: Tuning): string {
	const p = (name: string) => JSON.stringify(join(tmp, name));
	const limit = tuning ? `worker_rlimit_nofile ${tuning.workerConnections * 2};\n` : '';
	return `${runAsRoot ? 'user root;\n' : ''}daemon off;
worker_processes ${tuning?.workerProcesses ?? 1};
${limit}pid ${p('nginx.pid')};
error_log ${p('error.log')} warn;
events { worker_connections ${tuning?.workerConnections ?? 256}; }
http {
	access_log ${tuning && !tuning.accessLog ? 'off' : p('access.log')};
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

export type NginxServer = {
	url: string;
	port: number;
	dir: string;
	/** With `https`: the test authority's certificate, to trust (NODE_EXTRA_CA_CERTS) or pin. */
	caFile?: string;
	/** With `https`: the server's certificate. */
	certFile?: string;
	stop: () => Promise<void>;
};

export type StartOptions = {
	dist: string;
	port: number;
	bin?: string;
	/** Serve HTTPS on `port` with a fresh test certificate, and redirect `httpPort` to it. */
	https?: { httpPort: number };
	/** For the load benchmark: nginx's worker count and connections per worker. */
	tuning?: Tuning;
};

export async function startNginx(options: StartOptions): Promise<NginxServer> {
	const bin = options.bin ?? NGINX_BIN;
	const dir = mkdtempSync(join(tmpdir(), 'caobang-nginx-'));
	for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
	const cert = options.https ? createTestCertificate(dir) : undefined;
	const tls = cert && options.https ? { cert: cert.cert, key: cert.key, httpPort: options.https.httpPort } : undefined;
	const site = localSiteConfig(readFileSync(SITE_FILE, 'utf8'), options.dist, options.port, DEPLOY_DIR, tls);
	const conf = join(dir, 'nginx.conf');
	writeFileSync(conf, mainConfig(site, dir, process.getuid?.() === 0, options.tuning));
	const child = spawn(bin, ['-e', join(dir, 'error.log'), '-p', dir, '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] });
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	try {
		await waitForPort(options.port, child);
		if (tls) await waitForPort(tls.httpPort, child);
	} catch (err) {
		const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
		child.kill('SIGKILL');
		throw new Error(`${err instanceof Error ? err.message : String(err)}\n${log}`);
	}
	return {
		url: `${tls ? 'https' : 'http'}://localhost:${options.port}`,
		port: options.port,
		dir,
		...(cert ? { caFile: cert.ca, certFile: cert.cert } : {}),
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
	const https = process.argv.includes('--https');
	const httpPort = Number(argValue('--http-port') ?? port + 1);
	const server = await startNginx({ dist, port, ...(https ? { https: { httpPort } } : {}) });
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
