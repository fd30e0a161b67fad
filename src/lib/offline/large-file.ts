/**
 * Downloads one large pack file (the detailed map, over 1 MB) so that a dropped connection costs
 * only the bytes in flight: the body is written to the incoming cache in parts as it arrives, the
 * SHA-256 is computed incrementally over the stored parts, and the next try asks only for the rest
 * with a `Range` request. The whole file is never held in memory: once every byte is there and the
 * digest matches the manifest, the parts are streamed into one cache entry and deleted.
 *
 * WebCrypto has no streaming digest, so the hash is `@noble/hashes` (pure JS, audited); the
 * manifest has one hash per file, so a part cannot be verified on its own: the bytes kept are
 * "verified" as received in order, and a file whose final digest is wrong is fetched again from
 * its first byte (docs/offline.md, "Large files").
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { hashMatches } from '$lib/domain/offline/plan';
import type { MediaFile } from '$lib/domain/content/types';
import type { CacheLike } from './downloader';
import { pathOf } from './pack-cache';

/** Files larger than this are fetched in parts and resumed by byte range. */
export const RANGE_THRESHOLD = 1_048_576;
/** Bytes kept in memory before they are written as one part. */
export const PART_BYTES = 262_144;

const PART = /^(.*)\.part-(\d{12})$/;

/** The cache key of the part of `url` that starts at `offset`. */
export const partUrl = (url: string, offset: number): string => `${url}.part-${String(offset).padStart(12, '0')}`;

/** The file and offset a part's path belongs to, or null for a whole file. */
export function partOf(path: string): { url: string; offset: number } | null {
	const m = PART.exec(path);
	return m ? { url: m[1]!, offset: Number(m[2]) } : null;
}

/** The file a cached path belongs to: itself, or the file it is a part of. */
export const fileOf = (path: string): string => partOf(path)?.url ?? path;

export class CorruptFile extends Error {}
export class HttpError extends Error {}

type Hasher = ReturnType<typeof sha256.create>;

/** What is stored of a file: its parts in order, as many bytes, and their running hash. */
export type PartialFile = { offsets: number[]; bytes: number; hasher: Hasher };

async function feed(res: Response, onChunk: (chunk: Uint8Array) => void): Promise<void> {
	if (!res.body) return onChunk(new Uint8Array(await res.arrayBuffer()));
	const reader = res.body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return;
		onChunk(value);
	}
}

/**
 * Reads back the parts of `file` an earlier try stored, hashing them one at a time. Parts after a
 * gap, or beyond the file's size, are deleted: the bytes kept always run from the first byte.
 */
export async function loadPartial(incoming: CacheLike, file: MediaFile): Promise<PartialFile> {
	const offsets = (await incoming.keys())
		.map((k) => partOf(pathOf(k.url)))
		.filter((p): p is { url: string; offset: number } => p !== null && p.url === file.url)
		.map((p) => p.offset)
		.sort((a, b) => a - b);
	const partial: PartialFile = { offsets: [], bytes: 0, hasher: sha256.create() };
	for (const offset of offsets) {
		const res = offset === partial.bytes ? await incoming.match(partUrl(file.url, offset)) : undefined;
		let length = 0;
		if (res) {
			await feed(res, (chunk) => {
				partial.hasher.update(chunk);
				length += chunk.length;
			});
		}
		if (!res || length === 0 || partial.bytes + length > file.bytes) {
			await dropParts(
				incoming,
				file.url,
				offsets.filter((o) => o >= offset)
			);
			break;
		}
		partial.offsets.push(offset);
		partial.bytes += length;
	}
	return partial;
}

async function dropParts(incoming: CacheLike, url: string, offsets: readonly number[]): Promise<void> {
	for (const offset of offsets) await incoming.delete(partUrl(url, offset));
}

/** Forgets every stored part of the file: the next try starts from its first byte. */
export async function resetPartial(incoming: CacheLike, file: MediaFile, partial: PartialFile): Promise<void> {
	await dropParts(incoming, file.url, partial.offsets);
	partial.offsets = [];
	partial.bytes = 0;
	partial.hasher = sha256.create();
}

/** The first byte a `206` answer carries, from its `Content-Range` (`bytes 100-199/200`). */
function rangeStart(res: Response): number | null {
	const m = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(res.headers.get('content-range') ?? '');
	return m ? Number(m[1]) : null;
}

export type LargeFileRequest = {
	file: MediaFile;
	incoming: CacheLike;
	partial: PartialFile;
	fetch: (url: string, init: RequestInit) => Promise<Response>;
	signal: AbortSignal;
	contentType: string;
	/** Bytes of this file stored or in memory so far. */
	onBytes: (n: number) => void;
};

/**
 * One try at the rest of a large file. On success the whole, verified file is in `incoming` under
 * its own URL and its parts are gone. A thrown error leaves the parts that were written (with the
 * bytes that had arrived before the error), except for a wrong digest, which drops them all.
 */
export async function fetchLargeFile(req: LargeFileRequest): Promise<void> {
	const { file, incoming, partial } = req;
	if (partial.bytes < file.bytes) await fetchRest(req);
	if (partial.bytes !== file.bytes) throw new TypeError(`the connection closed after ${partial.bytes} of ${file.bytes} bytes`);
	if (!hashMatches(file.sha256, bytesToHex(partial.hasher.clone().digest()))) {
		await resetPartial(incoming, file, partial);
		throw new CorruptFile('its SHA-256 does not match the manifest');
	}
	await incoming.put(
		file.url,
		new Response(partsStream(incoming, file.url, [...partial.offsets]), {
			headers: { 'content-type': req.contentType, 'content-length': String(file.bytes) }
		})
	);
	await dropParts(incoming, file.url, partial.offsets);
	partial.offsets = [];
}

async function fetchRest(req: LargeFileRequest): Promise<void> {
	const { file, incoming, partial, signal } = req;
	const headers: Record<string, string> = partial.bytes > 0 ? { range: `bytes=${partial.bytes}-` } : {};
	const res = await req.fetch(file.url, { signal, cache: 'no-store', headers });
	if (res.status === 206) {
		if (rangeStart(res) !== partial.bytes) {
			await res.body?.cancel();
			await resetPartial(incoming, file, partial);
			throw new HttpError('the server answered with another byte range');
		}
	} else if (res.ok) {
		// The server sent the whole file (it ignored the range): start again from its first byte.
		if (partial.bytes > 0) await resetPartial(incoming, file, partial);
	} else {
		await res.body?.cancel();
		throw new HttpError(`HTTP ${res.status}`);
	}

	let pending: Uint8Array[] = [];
	let pendingBytes = 0;
	const flush = async () => {
		if (pendingBytes === 0) return;
		const part = new Uint8Array(pendingBytes);
		let at = 0;
		for (const chunk of pending) {
			part.set(chunk, at);
			at += chunk.length;
		}
		pending = [];
		pendingBytes = 0;
		await incoming.put(partUrl(file.url, partial.bytes), new Response(part as Uint8Array<ArrayBuffer>));
		// Only bytes that are stored count: the hash always covers exactly the stored parts.
		partial.hasher.update(part);
		partial.offsets.push(partial.bytes);
		partial.bytes += part.length;
	};

	const reader = res.body?.getReader();
	if (!reader) throw new HttpError('the answer has no body');
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			if (partial.bytes + pendingBytes + value.length > file.bytes) {
				await reader.cancel();
				await resetPartial(incoming, file, partial);
				throw new CorruptFile(`larger than the ${file.bytes} bytes expected`);
			}
			pending.push(value);
			pendingBytes += value.length;
			req.onBytes(partial.bytes + pendingBytes);
			if (pendingBytes >= PART_BYTES) await flush();
		}
	} catch (err) {
		// Keep what arrived before the connection dropped (not after a cancel: it is all deleted).
		if (!(err instanceof CorruptFile) && !signal.aborted) await flush();
		throw err;
	}
	await flush();
}

/** The stored parts, in order, as one stream: a single part is in memory at a time. */
function partsStream(incoming: CacheLike, url: string, offsets: number[]): ReadableStream<Uint8Array> {
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			const offset = offsets.shift();
			if (offset === undefined) return controller.close();
			const res = await incoming.match(partUrl(url, offset));
			if (!res) return controller.error(new TypeError('a stored part of the file disappeared'));
			controller.enqueue(new Uint8Array(await res.arrayBuffer()));
		}
	});
}
