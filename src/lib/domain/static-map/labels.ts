/**
 * Label placement for the static maps: a conservative width estimate for a line of text, and a greedy placer that
 * tries a few positions around each point and keeps a label only if it fits inside the frame and clear of the
 * labels and marks already placed. Nothing is ever drawn across the frame's edge.
 */
import type { Rect } from './clip';

/** Width of `text` at `size` px in Noto Sans, on the generous side (0.6 em a character; capitals a little more). */
export function estimateTextWidth(text: string, size: number): number {
	let em = 0;
	for (const ch of text) em += /[A-ZĐÂĂÊÔƠƯ0-9]/u.test(ch.normalize('NFD')[0] ?? ch) ? 0.68 : /[\s.,·ilj'’]/.test(ch) ? 0.32 : 0.6;
	return em * size;
}

export type Anchor = 'start' | 'middle' | 'end';

/** The box a text element covers, for the anchor and baseline it is drawn with. */
export function textRect(x: number, y: number, text: string, size: number, anchor: Anchor): Rect {
	const w = estimateTextWidth(text, size);
	const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
	return { x0: x0 - 1, y0: y - size, x1: x0 + w + 1, y1: y + size * 0.3 };
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export type PlacedText = { x: number; y: number; text: string; size: number; anchor: Anchor; rect: Rect };

export class LabelPlacer {
	private readonly taken: Rect[] = [];
	constructor(private readonly frame: Rect) {}

	/** Marks an area (a marker, the attribution) that labels must keep clear of. */
	block(rect: Rect): void {
		this.taken.push(rect);
	}

	fits(rect: Rect): boolean {
		const f = this.frame;
		return rect.x0 >= f.x0 && rect.y0 >= f.y0 && rect.x1 <= f.x1 && rect.y1 <= f.y1 && !this.taken.some((t) => overlaps(t, rect));
	}

	/** Places `text` next to the point (right, left, above, below), or returns null when no spot is free. */
	place(px: number, py: number, text: string, size: number, gap = 4): PlacedText | null {
		const candidates: [number, number, Anchor][] = [
			[px + gap, py + size * 0.35, 'start'],
			[px - gap, py + size * 0.35, 'end'],
			[px, py - gap - 1, 'middle'],
			[px, py + gap + size, 'middle']
		];
		for (const [x, y, anchor] of candidates) {
			const rect = textRect(x, y, text, size, anchor);
			if (this.fits(rect)) {
				this.taken.push(rect);
				return { x, y, text, size, anchor, rect };
			}
		}
		return null;
	}

	/** Places `text` centred on a point (a shield on a road), or returns null. */
	placeCentred(px: number, py: number, text: string, size: number, pad = 2): PlacedText | null {
		const rect = textRect(px, py + size * 0.35, text, size, 'middle');
		const padded = { x0: rect.x0 - pad, y0: rect.y0 - pad, x1: rect.x1 + pad, y1: rect.y1 + pad };
		if (!this.fits(padded)) return null;
		this.taken.push(padded);
		return { x: px, y: py + size * 0.35, text, size, anchor: 'middle', rect: padded };
	}
}

export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
