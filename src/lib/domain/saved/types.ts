/**
 * What a visitor keeps on their own device: places they saved, and the places they have been to
 * (the stamps of their "passport" of the geopark and the relic sites). Nothing here leaves the
 * device unless they export it.
 */

/** A place the visitor saved. `savedAt` is an ISO date-time with the device's offset. */
export type SavedPlace = { placeId: string; savedAt: string };

/** A stamp: the visitor has been to this place. One per place; marking it again moves the date. */
export type Visit = { placeId: string; visitedAt: string };

/** Everything an export file carries, and everything an import replaces. */
export type SavedData = { saved: SavedPlace[]; visits: Visit[] };
