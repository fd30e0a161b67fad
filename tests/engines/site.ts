/**
 * The production build behind the deployment's nginx site file (tools/nginx/serve.ts), on a port
 * of its own: ENGINES_PORT, default 4175. Journeys stop it to cut the network where a driver
 * cannot (connection refused, as on a phone with signal and no data) and start it again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NGINX_BIN, startNginx, type NginxServer } from '../../tools/nginx/serve.ts';

export const SITE_PORT = Number(process.env.ENGINES_PORT ?? 4175);
const DIST = resolve(import.meta.dirname, '..', '..', 'dist');

export class Site {
	readonly url = `http://localhost:${SITE_PORT}`;
	#server: NginxServer | null = null;

	async start(): Promise<void> {
		if (this.#server) return;
		if (!existsSync(resolve(DIST, 'vi', 'index.html'))) throw new Error('dist/ has no build: run `npm run build:local` first');
		if (!existsSync(NGINX_BIN)) throw new Error(`${NGINX_BIN} is missing: apt-get install nginx-light`);
		this.#server = await startNginx({ dist: DIST, port: SITE_PORT });
		process.once('exit', this.#killOnExit);
	}

	async stop(): Promise<void> {
		const server = this.#server;
		this.#server = null;
		process.off('exit', this.#killOnExit);
		await server?.stop();
	}

	/** A run that ends without stop() (a crash) must not leave nginx holding the port (SIGTERM: nginx stops its workers). */
	#killOnExit = (): void => {
		const pidFile = this.#server && join(this.#server.dir, 'nginx.pid');
		if (pidFile && existsSync(pidFile)) process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM');
	};
}
