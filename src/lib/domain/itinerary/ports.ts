/**
 * The port for keeping the operator's itineraries on the device. `lib/storage` implements it
 * with IndexedDB (through db.ts, like every store); tests pass an in-memory fake.
 */
import type { StoreResult } from '../saved/ports.ts';
import type { Itinerary } from './types.ts';

export type SavedItinerary = {
	/** Local id, never shown and never in a link. */
	id: string;
	createdAt: string;
	updatedAt: string;
	itinerary: Itinerary;
};

export interface ItineraryStore {
	/** Every saved itinerary, in no particular order. */
	list(): Promise<StoreResult<SavedItinerary[]>>;
	/** Saves an itinerary; saving one with the same id replaces it. */
	put(saved: SavedItinerary): Promise<StoreResult<void>>;
	/** Forgets one; forgetting one that is not there is not an error. */
	remove(id: string): Promise<StoreResult<void>>;
}
