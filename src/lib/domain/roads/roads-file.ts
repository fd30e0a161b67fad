/**
 * The one road file the content build publishes (`content/roads.<hash>.json`, named in the content manifest):
 * the distance matrix between located entries plus the route legs drawn along the roads. One file, one parser, so
 * the build and the app agree on its shape; the app turns it into a `RoadReader`.
 */
import { parseRoadArtefact, type RoadArtefact } from './road-artefact.ts';
import { createRoadReader, type RoadLegLine, type RoadReader } from './road-reader.ts';

export type RoadsFile = { artefact: RoadArtefact; legs: RoadLegLine[] };

const isLine = (x: unknown): boolean =>
	Array.isArray(x) && x.every((p) => Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number'));

/** Checks a parsed road file and returns it typed, or throws saying what is wrong. */
export function parseRoadsFile(data: unknown): RoadsFile {
	const file = data as Partial<RoadsFile> | null;
	if (!file || typeof file !== 'object') throw new Error('road file: not an object');
	const artefact = parseRoadArtefact(file.artefact);
	if (!Array.isArray(file.legs)) throw new Error('road file: legs missing');
	for (const leg of file.legs) {
		if (typeof leg?.from !== 'string' || typeof leg.to !== 'string' || !isLine(leg.coords)) {
			throw new Error('road file: a leg needs from, to and coords');
		}
	}
	return { artefact, legs: file.legs };
}

export function readRoadsFile(json: string): RoadReader {
	const { artefact, legs } = parseRoadsFile(JSON.parse(json));
	return createRoadReader(artefact, legs);
}
