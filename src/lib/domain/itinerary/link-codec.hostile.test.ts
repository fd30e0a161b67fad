/**
 * Share links are written by strangers: 10,000 hostile ones (random bytes, cut, bit-flipped,
 * oversized, and well-formed links with HTML and script in every text field, then damaged) must
 * decode to a typed answer every time, keep markup as the very text it was, and end. The slowest
 * decode is printed (not asserted: timings depend on the machine).
 */
import { describe, expect, it } from 'vitest';
import { fromBase32, toBase32 } from './base32.ts';
import { decodeItinerary, encodeItinerary } from './link-codec.ts';
import { ITINERARY_LIMITS, type Itinerary } from './types.ts';
import { createHostileItinerary, HOSTILE_TEXTS } from '../../../../tests/fixtures/hostile.ts';

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

const textsOf = (it: Itinerary): string[] => [
	it.title,
	it.operatorName,
	it.operatorPhone,
	...it.days.flatMap((d) => [d.title, d.note, ...d.stops.map((s) => s.note)])
];

describe('hostile share links', () => {
	it('keep HTML and script in every text field as the same text, unchanged', async () => {
		const random = rng(17);
		for (let i = 0; i < 50; i++) {
			const it = createHostileItinerary(random, 1 + (i % 4), i % 5);
			const result = await decodeItinerary(await encodeItinerary(it));
			expect(result).toEqual({ ok: true, itinerary: it });
		}
	});

	it('10,000 random, truncated, bit-flipped, oversized and hostile links: each ends with a typed answer', async () => {
		const random = rng(23);
		const goods = await Promise.all(
			Array.from({ length: 20 }, (_, i) => encodeItinerary(createHostileItinerary(random, 1 + (i % 6), i % 7)))
		);
		const times: number[] = [];
		const problems = new Map<string, number>();
		for (let i = 0; i < 10_000; i++) {
			const good = goods[i % goods.length]!;
			const bytes = fromBase32(good)!;
			let input: string;
			switch (i % 6) {
				case 0:
					input = toBase32(Uint8Array.from({ length: Math.floor(random() * 400) }, () => Math.floor(random() * 256)));
					break;
				case 1:
					input = good.slice(0, Math.floor(random() * good.length));
					break;
				case 2: {
					const flipped = bytes.slice();
					for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
						const at = Math.floor(random() * flipped.length);
						flipped[at] = flipped[at]! ^ (1 << Math.floor(random() * 8));
					}
					input = toBase32(flipped);
					break;
				}
				case 3:
					input = random() < 0.5 ? good.repeat(2 + Math.floor(random() * 40)) : 'Z'.repeat(Math.floor(random() * 200_000));
					break;
				case 4:
					// Markup and percent-encoding where base32 is expected.
					input = `${good.slice(0, 20)}${HOSTILE_TEXTS[i % HOSTILE_TEXTS.length]}${encodeURIComponent('<script>')}`;
					break;
				default:
					input = good;
			}
			const started = performance.now();
			const result = await decodeItinerary(input);
			times.push(performance.now() - started);
			const key = result.ok ? 'ok' : result.problem;
			problems.set(key, (problems.get(key) ?? 0) + 1);
			const it = result.ok ? result.itinerary : result.partial;
			if (!it) continue;
			// Whatever was read is within the limits a link may carry, with no control characters.
			expect(it.days.length).toBeLessThanOrEqual(ITINERARY_LIMITS.days);
			for (const t of textsOf(it)) {
				expect(t.length).toBeLessThanOrEqual(ITINERARY_LIMITS.text);
				// eslint-disable-next-line no-control-regex
				expect(t).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
			}
		}
		// Every kind of damage was met, and the intact hostile links all decoded.
		expect(problems.get('ok')).toBeGreaterThanOrEqual(10_000 / 6);
		expect(problems.size).toBeGreaterThan(2);
		times.sort((a, b) => a - b);
		const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
		console.log(
			`hostile links: decode p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms; answers ${JSON.stringify(Object.fromEntries(problems))}`
		);
	}, 180_000);
});
