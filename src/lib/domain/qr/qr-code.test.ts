import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { fitsOneQr, makeQr, qrSvg, SHARE_QR_MAX_VERSION, type QrCode } from './qr-code.ts';
import { toBase32 } from '../itinerary/base32.ts';
import { encodeItinerary } from '../itinerary/link-codec.ts';
import { createThreeDayTrip } from '../../../../tests/fixtures/itineraries.ts';

/** Pixels of the code as a reader's camera would see them: 4 px per module, quiet zone included. */
function pixels(qr: QrCode, scale = 4) {
	const side = (qr.size + 8) * scale;
	const data = new Uint8ClampedArray(side * side * 4).fill(255);
	for (let y = 0; y < qr.size; y++) {
		for (let x = 0; x < qr.size; x++) {
			if (!qr.bitmap.get(x, y)) continue;
			for (let dy = 0; dy < scale; dy++) {
				for (let dx = 0; dx < scale; dx++) {
					const i = (((y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4;
					data[i] = data[i + 1] = data[i + 2] = 0;
				}
			}
		}
	}
	return { data, side };
}

describe('QR codes', () => {
	it('say a link is too long exactly where it stops fitting a version 15 code, whatever its length in characters', () => {
		const link = (n: number) => `https://guide.example/vi/itinerary#${'A'.repeat(n)}`;
		let n = 1;
		while (fitsOneQr(link(n + 1))) n++;
		expect(makeQr(link(n), SHARE_QR_MAX_VERSION)?.version).toBe(SHARE_QR_MAX_VERSION);
		expect(fitsOneQr(link(n + 1))).toBe(false);
		expect(makeQr(link(n + 1))!.version).toBe(SHARE_QR_MAX_VERSION + 1);
		// Lowercase text needs byte mode, so fewer characters fit than in an uppercase base32 fragment.
		const lower = `https://guide.example/vi/itinerary#${'a'.repeat(n)}`;
		expect(fitsOneQr(lower)).toBe(false);
	});

	it('decode (jsQR) to exactly the link, Vietnamese-free base32 fragment included', () => {
		const link = `https://guide.example/vi/itinerary#${toBase32(Uint8Array.from({ length: 370 }, (_, i) => (i * 37) % 256))}`;
		const qr = makeQr(link)!;
		const { data, side } = pixels(qr);
		expect(jsQR(data, side, side)?.data).toBe(link);
	});

	it('fit an operator’s three-day, twelve-stop trip link in version 15 or smaller at correction M', async () => {
		const link = `https://caobang-guide.example.vn/vi/itinerary#${await encodeItinerary(createThreeDayTrip())}`;
		const qr = makeQr(link, 15);
		expect(qr?.version).toBeLessThanOrEqual(15);
		const { data, side } = pixels(qr!);
		expect(jsQR(data, side, side)?.data).toBe(link);
	});

	it('say when a text does not fit the size asked for', () => {
		expect(makeQr('x'.repeat(2000), 15)).toBeNull();
	});

	it('draw as an SVG with an accessible name and a quiet zone', () => {
		const qr = makeQr('https://guide.example/s/17')!;
		const svg = qrSvg(qr, 'QR: <Thác> "Bản Giốc"');
		expect(svg).toContain(`viewBox="0 0 ${qr.size + 8} ${qr.size + 8}"`);
		expect(svg).toContain('aria-label="QR: &lt;Thác> &quot;Bản Giốc&quot;"');
		expect(svg).not.toContain('<Thác>');
	});
});
