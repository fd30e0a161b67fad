/**
 * An itinerary in a link, with no server: the fragment of `/:lang/itinerary#…` holds the whole
 * trip. Layout (every version decodes forever; a new version is a new `case`, never an edit):
 *
 *   byte 0     format version (1)
 *   byte 1     compression: 0 stored, 1 deflate-raw (the browser's CompressionStream)
 *   bytes 2–5  CRC-32 of the uncompressed payload, big-endian
 *   bytes 6…   the payload, compressed as byte 1 says
 *
 * Payload v1: title, start date (days since 2000-01-01, +1; 0 = none), operator name and phone,
 * then the days (title, start minute +1, note, stops: code, visit minutes +1, note). Numbers are
 * varints, text is NFC UTF-8 with a length. The bytes are written in uppercase base32, which
 * QR codes store in their compact alphanumeric mode.
 *
 * Untrusted input: sizes are capped before anything is inflated (2 KB compressed, 16 KB
 * inflated), every field is bounded, and decoding never throws: a damaged link gives a clear
 * problem code and whatever could be recovered. Text stays text; nothing here makes HTML.
 */
import { fromBase32, toBase32 } from './base32.ts';
import { ByteReader, ByteWriter, OutOfData } from './bytes.ts';
import { cleanText } from './clean-text.ts';
import { dateToDays, daysToDate } from './dates.ts';
import { crc32 } from './crc32.ts';
import { normalizeItinerary } from './normalize.ts';
import { ITINERARY_LIMITS as L, type Itinerary, type ItineraryDay } from './types.ts';

export { normalizeItinerary };

export const LINK_VERSION = 1;
/** Compressed size above which a link is refused unread. */
export const MAX_LINK_BYTES = 2048;
/** Inflated size above which a link is refused (a small link that inflates hugely is hostile). */
export const MAX_PAYLOAD_BYTES = 16 * 1024;
/** Characters a link's fragment may have: 2 KB of bytes in base32, plus the header. */
export const MAX_FRAGMENT_CHARS = Math.ceil(((MAX_LINK_BYTES + 6) * 8) / 5);

const HEADER = 6;

export type LinkProblem =
	/** Nothing after `#`. */
	| 'empty'
	/** Characters that are not in the link alphabet: not one of our links, or mangled by an app. */
	| 'malformed'
	/** Made by a newer version of the guide. */
	| 'newer-version'
	| 'too-large'
	/** Cut short or changed on the way: what could be read is given. */
	| 'damaged'
	/** This browser cannot inflate the link (no DecompressionStream). */
	| 'unsupported';

export type DecodeResult = { ok: true; itinerary: Itinerary } | { ok: false; problem: LinkProblem; partial?: Itinerary };

/** Compression by the platform's streams, where they exist (every current engine has them). */
export type Compression = {
	deflate(bytes: Uint8Array): Promise<Uint8Array>;
	/** Inflates at most `max` bytes; `complete` is false if the data ended early or was corrupt. */
	inflate(bytes: Uint8Array, max: number): Promise<{ bytes: Uint8Array; complete: boolean; overflow: boolean }>;
};

async function collect(
	stream: ReadableStream<Uint8Array>,
	max: number
): Promise<{ bytes: Uint8Array; complete: boolean; overflow: boolean }> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	let complete = true;
	let overflow = false;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			chunks.push(value);
			total += value.length;
			if (total > max) {
				overflow = true;
				await reader.cancel().catch(() => {});
				break;
			}
		}
	} catch {
		complete = false;
	}
	const bytes = new Uint8Array(Math.min(total, max));
	let at = 0;
	for (const chunk of chunks) {
		const part = chunk.subarray(0, bytes.length - at);
		bytes.set(part, at);
		at += part.length;
		if (at >= bytes.length) break;
	}
	return { bytes, complete: complete && !overflow, overflow };
}

function pipe(
	bytes: Uint8Array,
	transform: { writable: WritableStream<BufferSource>; readable: ReadableStream<Uint8Array> }
): ReadableStream<Uint8Array> {
	const writer = transform.writable.getWriter();
	writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
	writer.close().catch(() => {});
	return transform.readable;
}

/** The platform's deflate-raw, or null where CompressionStream is missing. */
export function platformCompression(): Compression | null {
	if (typeof CompressionStream === 'undefined' || typeof DecompressionStream === 'undefined') return null;
	return {
		deflate: async (bytes) => (await collect(pipe(bytes, new CompressionStream('deflate-raw')), Infinity)).bytes,
		inflate: (bytes, max) => collect(pipe(bytes, new DecompressionStream('deflate-raw')), max)
	};
}

const plus1 = (n: number | undefined, max: number) =>
	n === undefined || !Number.isFinite(n) ? 0 : Math.min(Math.max(0, Math.round(n)), max) + 1;
const minus1 = (n: number, max: number) => (n === 0 || n - 1 > max ? undefined : n - 1);

/** The payload bytes of an itinerary (already within limits: see `normalizeItinerary`). */
export function writePayload(it: Itinerary): Uint8Array {
	const w = new ByteWriter();
	w.text(it.title).varint(dateToDays(it.startDate)).text(it.operatorName).text(it.operatorPhone);
	w.varint(it.days.length);
	for (const day of it.days) {
		w.text(day.title)
			.varint(plus1(day.startMin, 24 * 60 - 1))
			.text(day.note)
			.varint(day.stops.length);
		for (const stop of day.stops) w.varint(stop.code).varint(plus1(stop.visitMin, L.visitMin)).text(stop.note);
	}
	return w.finish();
}

/**
 * Reads a payload as far as it goes. `partial` is true when it ended early or held something out
 * of bounds; the days and stops read before that point are kept.
 */
export function readPayload(bytes: Uint8Array): { itinerary: Itinerary; partial: boolean } {
	const r = new ByteReader(bytes);
	const it: Itinerary = { title: '', operatorName: '', operatorPhone: '', days: [] };
	const maxText = L.text * 4;
	try {
		it.title = cleanText(r.text(maxText), L.title);
		const start = daysToDate(r.varint());
		if (start) it.startDate = start;
		it.operatorName = cleanText(r.text(maxText), L.title);
		it.operatorPhone = cleanText(r.text(maxText), L.phone);
		const dayCount = r.varint();
		if (dayCount > L.days) throw new OutOfData();
		let stopBudget: number = L.stops;
		for (let d = 0; d < dayCount; d++) {
			const title = cleanText(r.text(maxText), L.title);
			const startMin = minus1(r.varint(), 24 * 60 - 1);
			const note = cleanText(r.text(maxText), L.text, true);
			const stopCount = r.varint();
			if (stopCount > Math.min(L.stopsPerDay, stopBudget)) throw new OutOfData();
			const day: ItineraryDay = { title, ...(startMin === undefined ? {} : { startMin }), note, stops: [] };
			it.days.push(day);
			for (let s = 0; s < stopCount; s++) {
				const code = r.varint();
				const visitMin = minus1(r.varint(), L.visitMin);
				const stopNote = cleanText(r.text(maxText), L.text, true);
				if (code < 1 || code > L.maxCode) throw new OutOfData();
				day.stops.push({ code, ...(visitMin === undefined ? {} : { visitMin }), note: stopNote });
				stopBudget--;
			}
		}
		return { itinerary: it, partial: false };
	} catch {
		return { itinerary: it, partial: true };
	}
}

/** The link fragment (without `#`) for an itinerary. */
export async function encodeItinerary(it: Itinerary, compression: Compression | null = platformCompression()): Promise<string> {
	const payload = writePayload(normalizeItinerary(it));
	const body = compression ? await compression.deflate(payload) : payload;
	const out = new Uint8Array(HEADER + body.length);
	const crc = crc32(payload);
	out.set([LINK_VERSION, compression ? 1 : 0, crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255]);
	out.set(body, HEADER);
	return toBase32(out);
}

/** Reads a link fragment (with or without `#`). Never throws. */
export async function decodeItinerary(fragment: string, compression: Compression | null = platformCompression()): Promise<DecodeResult> {
	const text = fragment.replace(/^#/, '').trim();
	if (text === '') return { ok: false, problem: 'empty' };
	if (text.length > MAX_FRAGMENT_CHARS) return { ok: false, problem: 'too-large' };
	const bytes = fromBase32(text);
	if (!bytes) return { ok: false, problem: 'malformed' };
	if (bytes.length < HEADER) return { ok: false, problem: bytes.length === 0 || bytes[0] === LINK_VERSION ? 'damaged' : 'malformed' };
	const version = bytes[0] as number;
	if (version === 0) return { ok: false, problem: 'malformed' };
	if (version > LINK_VERSION) return { ok: false, problem: 'newer-version' };
	// Version 1 (the only one so far): a new version adds a branch here and keeps this one.
	const method = bytes[1];
	const expected = (((bytes[2] as number) << 24) | ((bytes[3] as number) << 16) | ((bytes[4] as number) << 8) | (bytes[5] as number)) >>> 0;
	const body = bytes.subarray(HEADER);
	let payload: Uint8Array;
	let intact = true;
	if (method === 0) {
		if (body.length > MAX_PAYLOAD_BYTES) return { ok: false, problem: 'too-large' };
		payload = body;
	} else if (method === 1) {
		if (!compression) return { ok: false, problem: 'unsupported' };
		try {
			const inflated = await compression.inflate(body, MAX_PAYLOAD_BYTES);
			if (inflated.overflow) return { ok: false, problem: 'too-large' };
			payload = inflated.bytes;
			intact = inflated.complete;
		} catch {
			return { ok: false, problem: 'damaged' };
		}
	} else {
		return { ok: false, problem: 'malformed' };
	}
	intact &&= crc32(payload) === expected;
	const read = readPayload(payload);
	if (intact && !read.partial) return { ok: true, itinerary: read.itinerary };
	const recovered = read.itinerary.days.some((d) => d.stops.length > 0) || read.itinerary.title !== '';
	return { ok: false, problem: 'damaged', ...(recovered ? { partial: read.itinerary } : {}) };
}
