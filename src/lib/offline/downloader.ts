/**
 * Downloads the files of an offline pack: streams each with progress, checks its SHA-256
 * against the manifest, and stores it in a temporary cache. Only when every file is there and
 * verified are they moved into the packs' cache, which the service worker serves from.
 *
 * - a dropped connection retries the file that failed; files already verified are kept, so a
 *   later try resumes where this one stopped; a file over 1 MB resumes from its last stored byte
 *   with a `Range` request and is never held whole in memory (`large-file.ts`);
 * - a corrupted file is never stored: it is fetched again, then reported;
 * - cancel removes everything this download stored, so nothing is half there;
 * - a full disk (QuotaExceededError) stops the download; packs already stored are untouched.
 */
import { CACHE_NAMES } from '$shared/cache-names';
import { hashMatches, type OfflinePlan } from '$lib/domain/offline/plan';
import type { MediaFile } from '$lib/domain/content/types';
import { pathOf } from './pack-cache';
import { CorruptFile, fetchLargeFile, fileOf, HttpError, loadPartial, RANGE_THRESHOLD, type PartialFile } from './large-file';

/** The parts of Cache Storage the downloader uses (a Map-backed fake in tests). */
export interface CacheLike {
	match(url: string): Promise<Response | undefined>;
	put(url: string, response: Response): Promise<void>;
	delete(url: string): Promise<boolean>;
	keys(): Promise<readonly { url: string }[]>;
}
export interface CacheStorageLike {
	open(name: string): Promise<CacheLike>;
}

export type DownloaderDeps = {
	fetch: (url: string, init: RequestInit) => Promise<Response>;
	caches: CacheStorageLike;
	sha256: (data: Uint8Array) => Promise<string>;
	/** Pause before retrying; resolves early (or rejects) when the download is cancelled. */
	wait?: (ms: number, signal: AbortSignal) => Promise<void>;
};

export type DownloadProgress = { bytesDone: number; bytesTotal: number; filesDone: number; filesTotal: number };

export type FailureReason = 'network' | 'corrupt' | 'quota' | 'http';

export type DownloadOutcome =
	| { status: 'complete'; urls: string[]; bytes: number }
	| { status: 'cancelled' }
	| { status: 'failed'; reason: FailureReason; url: string; message: string };

export type DownloadOptions = {
	signal: AbortSignal;
	onProgress?: (progress: DownloadProgress) => void;
	/** Tries per file before giving up (the visitor can then resume). */
	attempts?: number;
};

export function isQuotaError(err: unknown): boolean {
	if (typeof err !== 'object' || err === null) return false;
	const e = err as { name?: unknown; code?: unknown };
	return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22;
}

const defaultWait = (ms: number, signal: AbortSignal) =>
	new Promise<void>((resolve) => {
		const timer = setTimeout(resolve, ms);
		signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
	});

/** Reads a response body chunk by chunk, reporting bytes as they arrive. */
async function readBody(res: Response, expected: number, onBytes: (n: number) => void): Promise<Uint8Array> {
	if (!res.body) {
		const buf = new Uint8Array(await res.arrayBuffer());
		onBytes(buf.length);
		return buf;
	}
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let received = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		received += value.length;
		if (received > expected) {
			await reader.cancel();
			throw new CorruptFile(`larger than the ${expected} bytes expected`);
		}
		onBytes(received);
	}
	const out = new Uint8Array(received);
	let offset = 0;
	for (const c of chunks) {
		out.set(c, offset);
		offset += c.length;
	}
	return out;
}

function contentType(file: MediaFile): string {
	const ext = file.url.split('.').pop()?.toLowerCase();
	const types: Record<string, string> = {
		jpg: 'image/jpeg',
		jpeg: 'image/jpeg',
		png: 'image/png',
		webp: 'image/webp',
		avif: 'image/avif',
		mp3: 'audio/mpeg',
		m4a: 'audio/mp4',
		ogg: 'audio/ogg',
		pmtiles: 'application/vnd.pmtiles'
	};
	return types[ext ?? ''] ?? 'application/octet-stream';
}

export async function downloadPack(plan: OfflinePlan, deps: DownloaderDeps, options: DownloadOptions): Promise<DownloadOutcome> {
	const { signal } = options;
	const attempts = options.attempts ?? 3;
	const wait = deps.wait ?? defaultWait;
	const incoming = await deps.caches.open(CACHE_NAMES.incoming);
	const media = await deps.caches.open(CACHE_NAMES.media);
	const planUrls = new Set(plan.files.map((f) => f.url));

	// Leftovers of another pack's interrupted download would only take space.
	for (const req of await incoming.keys()) {
		if (!planUrls.has(fileOf(pathOf(req.url)))) await incoming.delete(req.url);
	}

	const filesTotal = plan.files.length;
	let filesDone = plan.stored.length + plan.resumed.length;
	let bytesDone = plan.files.filter((f) => !plan.toFetch.includes(f)).reduce((s, f) => s + f.bytes, 0);
	const report = (extra = 0) => options.onProgress?.({ bytesDone: bytesDone + extra, bytesTotal: plan.totalBytes, filesDone, filesTotal });
	report();

	const cancel = async (): Promise<DownloadOutcome> => {
		for (const req of await incoming.keys()) {
			if (planUrls.has(fileOf(pathOf(req.url)))) await incoming.delete(req.url);
		}
		return { status: 'cancelled' };
	};

	for (const file of plan.toFetch) {
		let failure: { reason: FailureReason; message: string } | null = null;
		const large = file.bytes > RANGE_THRESHOLD;
		let partial: PartialFile | null = null;
		for (let attempt = 1; attempt <= attempts; attempt++) {
			if (signal.aborted) return cancel();
			try {
				if (large) {
					partial ??= await loadPartial(incoming, file);
					report(partial.bytes);
					await fetchLargeFile({
						file,
						incoming,
						partial,
						fetch: deps.fetch,
						signal,
						contentType: contentType(file),
						onBytes: (n) => report(n)
					});
					if (signal.aborted) return cancel();
					failure = null;
					break;
				}
				// `no-store` also keeps the service worker out of it (sw/routes.ts, isServedFromPacks).
				const res = await deps.fetch(file.url, { signal, cache: 'no-store' });
				if (!res.ok) throw new HttpError(`HTTP ${res.status}`);
				const bytes = await readBody(res, file.bytes, (n) => report(n));
				if (bytes.length !== file.bytes) throw new CorruptFile(`${bytes.length} bytes instead of ${file.bytes}`);
				if (!hashMatches(file.sha256, await deps.sha256(bytes))) throw new CorruptFile('its SHA-256 does not match the manifest');
				if (signal.aborted) return cancel();
				await incoming.put(
					file.url,
					new Response(bytes as Uint8Array<ArrayBuffer>, {
						headers: { 'content-type': contentType(file), 'content-length': String(bytes.length) }
					})
				);
				failure = null;
				break;
			} catch (err) {
				if (signal.aborted) return cancel();
				if (isQuotaError(err)) return { status: 'failed', reason: 'quota', url: file.url, message: String(err) };
				const message = err instanceof Error ? err.message : String(err);
				failure = { reason: err instanceof CorruptFile ? 'corrupt' : err instanceof HttpError ? 'http' : 'network', message };
				report(partial?.bytes ?? 0);
				if (attempt < attempts) await wait(500 * 2 ** (attempt - 1), signal);
			}
		}
		if (failure) return { status: 'failed', reason: failure.reason, url: file.url, message: failure.message };
		filesDone++;
		bytesDone += file.bytes;
		report();
	}

	if (signal.aborted) return cancel();
	// Every file is verified: move them into the packs' cache, one at a time.
	for (const file of plan.files) {
		if (plan.stored.includes(file)) continue;
		const res = await incoming.match(file.url);
		if (!res) return { status: 'failed', reason: 'network', url: file.url, message: 'a downloaded file disappeared before it was stored' };
		try {
			await media.put(file.url, res);
		} catch (err) {
			if (isQuotaError(err)) return { status: 'failed', reason: 'quota', url: file.url, message: String(err) };
			throw err;
		}
		await incoming.delete(file.url);
	}
	return { status: 'complete', urls: plan.files.map((f) => f.url), bytes: plan.totalBytes };
}
