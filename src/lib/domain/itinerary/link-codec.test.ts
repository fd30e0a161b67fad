import { describe, expect, it } from 'vitest';
import { fromBase32, toBase32 } from './base32.ts';
import { MAX_FRAGMENT_CHARS, decodeItinerary, encodeItinerary, normalizeItinerary, platformCompression } from './link-codec.ts';
import type { Itinerary } from './types.ts';
import { createThreeDayTrip } from '../../../../tests/fixtures/itineraries.ts';

/** A small deterministic generator, so a failing case can be replayed. */
function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS = [
	'Thác',
	'Bản Giốc',
	'hang',
	'Ngườm Ngao',
	'đèo',
	'Mã Phục',
	'ăn trưa',
	'phở chua',
	'nghỉ',
	'homestay',
	'lunch',
	'bring a jacket',
	'🌄',
	'Pác Bó',
	'chợ phiên',
	'<b>x</b>',
	'"quoted"'
];

function generate(random: () => number, days: number, stops: number): Itinerary {
	const text = (n: number) => Array.from({ length: Math.floor(random() * n) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
	const perDay = Array.from({ length: days }, () => 0);
	for (let i = 0; i < stops; i++) perDay[Math.floor(random() * days)]! += 1;
	return normalizeItinerary({
		title: text(5),
		...(random() < 0.7 ? { startDate: `2027-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}` } : {}),
		operatorName: text(3),
		operatorPhone: random() < 0.5 ? '+84 912 345 678' : '',
		days: perDay.map((count) => ({
			title: text(3),
			...(random() < 0.6 ? { startMin: Math.floor(random() * 1440) } : {}),
			note: text(6),
			stops: Array.from({ length: count }, () => ({
				code: 1 + Math.floor(random() * 5000),
				...(random() < 0.5 ? { visitMin: Math.floor(random() * 300) } : {}),
				note: text(4)
			}))
		}))
	});
}

describe('itinerary links', () => {
	it('round-trip generated itineraries of 1 to 10 days and up to 60 stops', async () => {
		const random = rng(1);
		for (let i = 0; i < 150; i++) {
			const days = 1 + Math.floor(random() * 10);
			const it = generate(random, days, Math.floor(random() * 61));
			const link = await encodeItinerary(it);
			expect(link).toMatch(/^[A-Z2-7]+$/);
			expect(await decodeItinerary(`#${link}`)).toEqual({ ok: true, itinerary: it });
		}
	});

	it('round-trip without CompressionStream (stored), for browsers that lack it', async () => {
		const it = generate(rng(2), 3, 12);
		const link = await encodeItinerary(it, null);
		expect(await decodeItinerary(link, null)).toEqual({ ok: true, itinerary: it });
		expect(await decodeItinerary(link)).toEqual({ ok: true, itinerary: it });
		const compressed = await encodeItinerary(it);
		expect(compressed.length).toBeLessThan(link.length);
		expect(await decodeItinerary(compressed, null)).toEqual({ ok: false, problem: 'unsupported' });
	});

	it('keeps Vietnamese text in one normal form whatever form it was typed in', async () => {
		const decomposed = 'Thác Bản Giốc'.normalize('NFD');
		const it = normalizeItinerary({
			title: decomposed,
			operatorName: '',
			operatorPhone: '',
			days: [{ title: '', note: '', stops: [{ code: 1, note: decomposed }] }]
		});
		const back = await decodeItinerary(await encodeItinerary(it));
		expect(back.ok && back.itinerary.title).toBe('Thác Bản Giốc'.normalize('NFC'));
	});

	it('fits a three-day, twelve-stop trip with short notes in the link budget (600 characters)', async () => {
		const link = await encodeItinerary(createThreeDayTrip());
		expect(link.length).toBeLessThanOrEqual(600);
	});

	it('keeps decoding links made by version 1 (a link as published must open forever)', async () => {
		// Made once with encodeItinerary (v1, deflate-raw) and frozen here; never regenerate it.
		const it: Itinerary = {
			title: 'Hai ngày',
			startDate: '2027-01-02',
			operatorName: 'An',
			operatorPhone: '+84 1',
			days: [
				{ title: 'Ngày 1', startMin: 480, note: '', stops: [{ code: 17, visitMin: 90, note: 'Ăn trưa' }] },
				{ title: '', note: 'Về', stops: [] }
			]
		};
		expect(await decodeItinerary(FROZEN_V1)).toEqual({ ok: true, itinerary: it });
	});

	it('says what is wrong with links that are not whole', async () => {
		const link = await encodeItinerary(generate(rng(3), 3, 12));
		expect(await decodeItinerary('')).toEqual({ ok: false, problem: 'empty' });
		expect(await decodeItinerary('#hello world')).toEqual({ ok: false, problem: 'malformed' });
		expect(await decodeItinerary('A'.repeat(MAX_FRAGMENT_CHARS + 1))).toEqual({ ok: false, problem: 'too-large' });
		const newer = fromBase32(link)!;
		newer[0] = 9;
		expect(await decodeItinerary(toBase32(newer))).toEqual({ ok: false, problem: 'newer-version' });
		const cut = await decodeItinerary(link.slice(0, Math.floor(link.length * 0.6)));
		expect(cut.ok).toBe(false);
		expect(!cut.ok && cut.problem).toBe('damaged');
	});

	it('recovers the days it can read from a stored link that was cut short', async () => {
		const it = generate(rng(4), 4, 16);
		const link = await encodeItinerary(it, null);
		const result = await decodeItinerary(link.slice(0, Math.floor(link.length * 0.7)), null);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problem).toBe('damaged');
		expect(result.partial?.days.length).toBeGreaterThan(0);
		expect(result.partial?.days[0]).toEqual(it.days[0]);
	});

	it('refuses a small link that inflates past 16 KB', async () => {
		const bomb = await platformCompression()!.deflate(new Uint8Array(200_000));
		const bytes = new Uint8Array(6 + bomb.length);
		bytes.set([1, 1, 0, 0, 0, 0]);
		bytes.set(bomb, 6);
		expect(await decodeItinerary(toBase32(bytes))).toEqual({ ok: false, problem: 'too-large' });
	});

	it('never throws on 10,000 random, truncated, bit-flipped and oversized links, and never gives control characters', async () => {
		const random = rng(5);
		const good = await encodeItinerary(generate(random, 3, 12));
		const goodBytes = fromBase32(good)!;
		for (let i = 0; i < 10_000; i++) {
			let input: string;
			const mode = i % 4;
			if (mode === 0) input = toBase32(Uint8Array.from({ length: Math.floor(random() * 300) }, () => Math.floor(random() * 256)));
			else if (mode === 1) input = good.slice(0, Math.floor(random() * good.length));
			else if (mode === 2) {
				const flipped = goodBytes.slice();
				const at = Math.floor(random() * flipped.length);
				flipped[at] = (flipped[at] as number) ^ (1 << Math.floor(random() * 8));
				input = toBase32(flipped);
			} else {
				input =
					random() < 0.5
						? 'A'.repeat(Math.floor(random() * 8000))
						: String.fromCharCode(...Array.from({ length: 50 }, () => Math.floor(random() * 0xffff)));
			}
			const result = await decodeItinerary(input);
			const it = result.ok ? result.itinerary : result.partial;
			if (!it) continue;
			const texts = [
				it.title,
				it.operatorName,
				it.operatorPhone,
				...it.days.flatMap((d) => [d.title, d.note, ...d.stops.map((s) => s.note)])
			];
			// eslint-disable-next-line no-control-regex
			for (const t of texts) expect(t).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
			expect(it.days.length).toBeLessThanOrEqual(30);
		}
	}, 120_000);
});

const FROZEN_V1 = 'AEAZ6H67CDR7ISGMKTEEWP54UCZMHF6JGGHVLW6CITAZBCO5B4SKEYHYSCMYCUJQTLZUQU46IJE5DMINREGAYLDBB53TOMQAAA';
