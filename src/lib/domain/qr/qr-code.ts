/**
 * QR codes for links the guide hands out (itineraries, signs at sites), made with lean-qr and
 * drawn as one SVG path, so they stay sharp on screen and in print and need no canvas. Error
 * correction M (about 15 % of the code may be dirty or folded). The mode is chosen per segment,
 * so an uppercase base32 fragment after the address goes in the compact alphanumeric mode.
 */
import { correction, generate, type Bitmap2D } from 'lean-qr';

export type QrCode = { version: number; size: number; bitmap: Bitmap2D };

/**
 * The largest QR code the guide hands out for one itinerary: version 15 (77 modules) at correction M still scans
 * from a phone screen and from the 45 mm square printed on an A4 sheet (issue 11's budget). Past it, a trip is
 * printed with one code per day.
 */
export const SHARE_QR_MAX_VERSION = 15;

/** Whether `text` fits one QR code of at most `maxVersion` at correction M (its real capacity for this text's mix of modes). */
export function fitsOneQr(text: string, maxVersion = SHARE_QR_MAX_VERSION): boolean {
	return makeQr(text, maxVersion) !== null;
}

/** The QR code for `text`, or null if it does not fit in `maxVersion` at correction M. */
export function makeQr(text: string, maxVersion = 40): QrCode | null {
	try {
		const bitmap = generate(text, { minCorrectionLevel: correction.M, maxCorrectionLevel: correction.M, maxVersion });
		return { version: (bitmap.size - 17) / 4, size: bitmap.size, bitmap };
	} catch {
		return null;
	}
}

/** An SVG of the code with a quiet zone of four modules; `label` is read by screen readers. */
export function qrSvg(qr: QrCode, label: string): string {
	const quiet = 4;
	const side = qr.size + quiet * 2;
	let path = '';
	for (let y = 0; y < qr.size; y++) {
		for (let x = 0; x < qr.size; x++) {
			if (!qr.bitmap.get(x, y)) continue;
			let run = 1;
			while (x + run < qr.size && qr.bitmap.get(x + run, y)) run++;
			path += `M${x + quiet} ${y + quiet}h${run}v1h-${run}z`;
			x += run - 1;
		}
	}
	const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${escaped}" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
