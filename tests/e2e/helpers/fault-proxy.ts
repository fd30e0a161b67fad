/**
 * A small proxy in front of a test server that can drop a connection half-way through a file,
 * damage a file or send it slowly: what a mountain road's mobile signal does to a download.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'cut' | 'corrupt' | 'slow';

export type FaultProxy = {
	url: string;
	/** Faults to apply to the next requests of a path, one per request. */
	faults: Map<string, Fault[]>;
	/** How many times each path was requested. */
	hits: Map<string, number>;
	stop: () => Promise<void>;
};

export async function startFaultProxy(upstreamPort: number): Promise<FaultProxy> {
	const faults = new Map<string, Fault[]>();
	const hits = new Map<string, number>();
	const server: Server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		hits.set(path, (hits.get(path) ?? 0) + 1);
		const fault = faults.get(path)?.shift();
		const headers = { ...req.headers, host: `127.0.0.1:${upstreamPort}` };
		delete headers['accept-encoding'];
		const up = httpRequest({ host: '127.0.0.1', port: upstreamPort, path: req.url, method: req.method, headers }, (upRes) => {
			if (!fault) {
				res.writeHead(upRes.statusCode ?? 502, upRes.headers);
				upRes.pipe(res);
				return;
			}
			const chunks: Buffer[] = [];
			upRes.on('data', (c: Buffer) => chunks.push(c));
			upRes.on('end', () => {
				const body = Buffer.concat(chunks);
				res.writeHead(upRes.statusCode ?? 502, { ...upRes.headers, 'content-length': String(body.length) });
				if (fault === 'cut') {
					res.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => res.socket?.destroy(), 50));
				} else if (fault === 'corrupt') {
					const bad = Buffer.from(body);
					bad[Math.floor(bad.length / 3)] = (bad[Math.floor(bad.length / 3)] ?? 0) ^ 0xff;
					res.end(bad);
				} else {
					let offset = 0;
					const step = () => {
						if (res.destroyed) return;
						if (offset >= body.length) return void res.end();
						res.write(body.subarray(offset, offset + 8192));
						offset += 8192;
						setTimeout(step, 100);
					};
					step();
				}
			});
		});
		up.on('error', () => res.destroy());
		req.pipe(up);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://localhost:${port}`,
		faults,
		hits,
		stop: () =>
			new Promise<void>((ok) => {
				server.closeAllConnections();
				server.close(() => ok());
			})
	};
}
