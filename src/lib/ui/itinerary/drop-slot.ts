/**
 * Drag and drop of stops, the part that reads the page: which gap between stops (of which day) the pointer is over.
 * Days and stops are found by their data attributes (`data-day-index`, `data-stop-index`), so any layout works.
 * The move itself is domain code (`dropStop` in domain/itinerary/edit.ts).
 */
import type { DropSlot } from '$lib/domain/itinerary/edit';

/** The gap a point at height `y` falls in, given the vertical middles of the stops in order. */
export function slotAmong(y: number, middles: readonly number[]): number {
	let slot = 0;
	for (const m of middles) if (y > m) slot += 1;
	return slot;
}

/** The drop gap under the pointer, or null when it is over no day. */
export function dropSlotAt(x: number, y: number, doc: Document = document): DropSlot | null {
	const dayEl = doc.elementFromPoint(x, y)?.closest<HTMLElement>('[data-day-index]');
	if (!dayEl) return null;
	const stops = [...dayEl.querySelectorAll<HTMLElement>('[data-stop-index]')];
	const middles = stops.map((s) => {
		const r = s.getBoundingClientRect();
		return r.top + r.height / 2;
	});
	return { day: Number(dayEl.dataset.dayIndex), slot: slotAmong(y, middles) };
}

/** Scrolls the page while a stop is dragged near the top or bottom of the window. */
export function scrollNearEdge(y: number, win: Window = window): void {
	const edge = 56;
	if (y < edge) win.scrollBy(0, -12);
	else if (y > win.innerHeight - edge) win.scrollBy(0, 12);
}
