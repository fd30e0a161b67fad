/**
 * Checks what the schema cannot see in one file: references between entries (routes, stops,
 * places of a service), ids used twice, files named but missing, and points outside the province.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGS } from '../../src/lib/domain/content/types.ts';
import { checkDatedFacts } from './dated-facts.ts';
import type { LoadedContent, ProvinceOutline } from './load-content.ts';
import { pointInGeometry } from './point-in-polygon.ts';
import type { Collector } from './problems.ts';
import type { Parsed } from './read-files.ts';

/** Where a field of a parsed file is, for `Collector.add`. */
function at(parsed: Parsed, path: readonly (string | number)[], field: string) {
	return { file: parsed.file, line: parsed.lineOf(path), field };
}

type Location = { confidence: string; lat?: number; lon?: number } | undefined;

function checkInside(loc: Location, parsed: Parsed, province: ProvinceOutline, out: Collector): void {
	if (!loc || loc.confidence === 'none' || loc.lat === undefined || loc.lon === undefined) return;
	if (!pointInGeometry([loc.lon, loc.lat], province)) {
		out.add(at(parsed, ['location', 'lat'], 'location'), 'outside-province', { lat: loc.lat, lon: loc.lon });
	}
}

function checkIds(content: LoadedContent, out: Collector): void {
	const placeIds = new Set(content.folders.places);
	for (const id of content.folders.services) {
		if (placeIds.has(id)) out.add({ file: `content/services/${id}`, line: 1, field: 'id' }, 'duplicate-id', { id });
	}
}

/**
 * Stable codes: one entry each, across places and services, and never a code that belonged to a
 * deleted entry (links and QR signs already printed would open the wrong place).
 */
function checkCodes(content: LoadedContent, out: Collector): void {
	const retired = new Map((content.retired?.file.retired ?? []).map((r) => [r.code, r.was]));
	const seen = new Map<number, string>();
	const entries = [
		...content.places.map((e) => ({ kind: 'places', ...e })),
		...content.services.map((e) => ({ kind: 'services', ...e }))
	];
	for (const { kind, id, facts, parsed } of entries) {
		const where = at(parsed, ['code'], 'code');
		const was = retired.get(facts.code);
		if (was !== undefined) out.add(where, 'code-retired', { code: facts.code, was });
		const owner = seen.get(facts.code);
		if (owner !== undefined) out.add(where, 'duplicate-code', { code: facts.code, owner });
		else seen.set(facts.code, `${kind}/${id}`);
	}
}

export function checkPlaces(content: LoadedContent, province: ProvinceOutline, out: Collector): void {
	const routeIds = new Set(content.folders.routes);
	for (const place of content.places) {
		const { parsed, facts } = place;
		checkInside(facts.location, parsed, province, out);
		facts.routes.forEach((routeId, i) => {
			const where = at(parsed, ['routes', i], `routes[${i}]`);
			if (!routeIds.has(routeId)) return out.add(where, 'unknown-route', { id: routeId });
			const route = content.routes.find((r) => r.id === routeId);
			if (route && !route.facts.stops.includes(place.id)) out.add(where, 'route-skips-place', { id: routeId });
		});
		if (facts.partOf && !content.folders.places.includes(facts.partOf)) out.add(at(parsed, ['partOf'], 'partOf'), 'unknown-place', { id: facts.partOf });
		checkDatedFacts(facts, parsed, out);
		facts.images.forEach((image, i) => {
			if (!existsSync(join(place.dir, image.file))) {
				const folder = relative(content.root, place.dir);
				out.add(at(parsed, ['images', i, 'file'], `images[${i}].file`), 'image-missing', { file: image.file, folder });
			}
		});
		for (const lang of LANGS) {
			const file = facts.audio?.[lang];
			if (file && !existsSync(join(place.dir, file))) out.add(at(parsed, ['audio', lang], `audio.${lang}`), 'audio-missing', { file });
		}
	}
}

export function checkRoutes(content: LoadedContent, out: Collector): void {
	const placeIds = new Set(content.folders.places);
	for (const { parsed, facts } of content.routes) {
		const seen = new Set<string>();
		facts.stops.forEach((stop, i) => {
			const where = at(parsed, ['stops', i], `stops[${i}]`);
			if (!placeIds.has(stop)) out.add(where, 'unknown-place', { id: stop });
			if (seen.has(stop)) out.add(where, 'duplicate-stop', { id: stop });
			seen.add(stop);
		});
		facts.gapAccepted.forEach(({ stop }, i) => {
			if (!facts.stops.includes(stop)) out.add(at(parsed, ['gapAccepted', i, 'stop'], `gapAccepted[${i}].stop`), 'gap-accepted-not-a-stop', { id: stop });
		});
		facts.legs.forEach((leg, i) => {
			const from = facts.stops.indexOf(leg.from);
			if (from < 0 || facts.stops[from + 1] !== leg.to) {
				out.add(at(parsed, ['legs', i], `legs[${i}]`), 'leg-not-consecutive', { from: leg.from, to: leg.to });
			}
			if ((leg.km !== undefined || leg.driveMin !== undefined) && !leg.source) {
				out.add(at(parsed, ['legs', i], `legs[${i}].source`), 'leg-without-source', {});
			}
		});
	}
}

export function checkServices(content: LoadedContent, province: ProvinceOutline, out: Collector): void {
	const placeIds = new Set(content.folders.places);
	for (const { parsed, facts } of content.services) {
		facts.places.forEach((placeId, i) => {
			if (!placeIds.has(placeId)) out.add(at(parsed, ['places', i], `places[${i}]`), 'unknown-place', { id: placeId });
		});
		checkInside(facts.location, parsed, province, out);
		checkDatedFacts(facts, parsed, out);
	}
}

/** Every check across entries, in the order editors read the results. */
export function checkReferences(content: LoadedContent, province: ProvinceOutline, out: Collector): void {
	checkIds(content, out);
	checkCodes(content, out);
	checkPlaces(content, province, out);
	checkRoutes(content, out);
	checkServices(content, province, out);
}
