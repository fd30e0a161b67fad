/**
 * A small proxy in front of a test server that can drop a connection half-way through a file (or
 * after a given byte), damage a file or send it slowly: what a mountain road's mobile signal does
 * to a download. `Range` requests pass through to nginx, so a cut file can be resumed; each
 * request's `Range` header is recorded.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * `cut`: half the body; `{ cutAt }`: that many bytes of the body; `{ rate }`: bytes per 100 ms;
 * `{ holdAt, release }`: that many bytes, then nothing until `release` settles, then the rest (a
 * download that is surely still running while the test does something else).
 */
export type Fault = 'cut' | 'corrupt' | 'slow' | { cutAt: number } | { rate: number } | { holdAt: number; release: Promise<void> };

export type FaultProxy = {
	url: string;
	/** Faults to apply to the next requests of a path, one per request. */
	faults: Map<string, Fault[]>;
	/** How many times each path was requested. */
	hits: Map<string, number>;
	/** The `Range` header of each request of a path, in order (null: none). */
	ranges: Map<string, (string | null)[]>;
	stop: () => Promise<void>;
};

export async function startFaultProxy(upstreamPort: number): Promise<FaultProxy> {
	const faults = new Map<string, Fault[]>();
	const hits = new Map<string, number>();
	const ranges = new Map<string, (string | null)[]>();
	const server: Server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		hits.set(path, (hits.get(path) ?? 0) + 1);
		ranges.set(path, [...(ranges.get(path) ?? []), typeof req.headers.range === 'string' ? req.headers.range : null]);
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
				if (fault === 'cut' || (typeof fault === 'object' && 'cutAt' in fault)) {
					const at = fault === 'cut' ? Math.floor(body.length / 2) : Math.min(fault.cutAt, body.length - 1);
					// The bytes before the cut arrive, then the line goes quiet, then the connection resets.
					res.write(body.subarray(0, at), () => setTimeout(() => res.socket?.destroy(), fault === 'cut' ? 50 : 400));
				} else if (typeof fault === 'object' && 'holdAt' in fault) {
					res.write(body.subarray(0, fault.holdAt));
					void fault.release.then(() => {
						if (!res.destroyed) res.end(body.subarray(fault.holdAt));
					});
				} else if (fault === 'corrupt') {
					const bad = Buffer.from(body);
					bad[Math.floor(bad.length / 3)] = (bad[Math.floor(bad.length / 3)] ?? 0) ^ 0xff;
					res.end(bad);
				} else {
					let offset = 0;
					const rate = typeof fault === 'object' && 'rate' in fault ? fault.rate : 8192;
					const step = () => {
						if (res.destroyed) return;
						if (offset >= body.length) return void res.end();
						res.write(body.subarray(offset, offset + rate));
						offset += rate;
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
		ranges,
		stop: () =>
			new Promise<void>((ok) => {
				server.closeAllConnections();
				server.close(() => ok());
			})
	};
}
