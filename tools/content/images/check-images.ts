/**
 * The content check's photo step: opens every photo an entry lists and refuses what the guide
 * must not publish: a file that is not a JPEG or PNG, one too narrow to look sharp on a phone,
 * one too heavy to keep in the repository, and an original that still says where it was taken
 * (unless the entry says that is intended). Async because sharp reads files asynchronously;
 * the schema already refuses a photo without alt text or licence.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { LoadedContent } from '../load-content.ts';
import { Collector, type Problem } from '../problems.ts';
import type { Parsed } from '../read-files.ts';
import type { ImageEntry } from '../schema.ts';
import { exifHasGps, xmpHasGps } from './exif-gps.ts';

export const MIN_WIDTH = 960;
export const MAX_BYTES = 8 * 1024 * 1024;
/** What an editor may drop next to an entry. */
const FORMATS = new Set(['jpeg', 'png']);

/** An entry that lists photos: where it is, its parsed facts file and its images. */
export type PhotoOwner = { kind: 'place' | 'service'; id: string; dir: string; parsed: Parsed; images: ImageEntry[] };

export function photoOwners(content: LoadedContent): PhotoOwner[] {
	return [
		...content.places.map((p) => ({ kind: 'place' as const, id: p.id, dir: p.dir, parsed: p.parsed, images: p.facts.images })),
		...content.services.map((s) => ({ kind: 'service' as const, id: s.id, dir: s.dir, parsed: s.parsed, images: s.facts.images }))
	].filter((o) => o.images.length > 0);
}

async function checkOne(owner: PhotoOwner, index: number, root: string, out: Collector): Promise<void> {
	const image = owner.images[index];
	if (!image) return;
	const abs = join(owner.dir, image.file);
	if (!existsSync(abs)) return; // check-references.ts says the file is missing
	const at = { file: owner.parsed.file, line: owner.parsed.lineOf(['images', index, 'file']), field: `images[${index}].file` };
	const folder = relative(root, owner.dir);
	const bytes = statSync(abs).size;
	if (bytes > MAX_BYTES) {
		out.add(at, 'image-too-large', { file: image.file, mb: (bytes / 1024 / 1024).toFixed(1) });
		return;
	}
	let meta: Metadata;
	try {
		meta = await sharp(abs).metadata();
	} catch {
		out.add(at, 'image-not-an-image', { file: image.file, folder });
		return;
	}
	if (!FORMATS.has(meta.format)) {
		out.add(at, 'image-not-an-image', { file: image.file, folder });
		return;
	}
	const width = meta.autoOrient.width;
	if (width < MIN_WIDTH) out.add(at, 'image-too-small', { file: image.file, width });
	if (!image.gpsIntended && (exifHasGps(meta.exif) || xmpHasGps(meta.xmp))) out.add(at, 'image-has-gps', { file: image.file });
}

/** Problems with the photos of every entry, in entry and list order. */
export async function checkImages(content: LoadedContent): Promise<Problem[]> {
	const out = new Collector();
	for (const owner of photoOwners(content)) {
		for (let i = 0; i < owner.images.length; i++) await checkOne(owner, i, content.root, out);
	}
	return out.problems;
}
