/**
 * Turns processed photos (process-images.ts) into what a bundle carries (`Image`) and the files
 * to publish. Every file is named by its content hash. The smallest WebP of a place's first photo
 * goes under content/photos/ (precached with the guide); every other file under content/media/
 * (listed in the content manifest for the "Download for offline" packs).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Image, ImageSource, Lang, MediaFile } from '../../../src/lib/domain/content/types.ts';
import type { ImageEntry } from '../schema.ts';
import type { ImageFormat, ImageVariant, ProcessedImages } from './process-images.ts';

export type PhotoFile = { fileName: string; source: Uint8Array };
/** Collects what every photo publishes, once, across both languages. */
export type PhotoOutput = { files: Map<string, PhotoFile>; media: Map<string, MediaFile> };
export type PhotoOwnerRef = { kind: 'place' | 'service'; id: string; dir: string };

export const createPhotoOutput = (): PhotoOutput => ({ files: new Map(), media: new Map() });

const MIME: Record<ImageFormat, ImageSource['type']> = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' };
const EXT: Record<ImageFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };
/** The width the plain `<img src>` fallback uses. */
const FALLBACK_WIDTH = 960;

function stemOf(file: string): string {
	const name = file.split('/').pop() ?? file;
	const dot = name.lastIndexOf('.');
	return (dot > 0 ? name.slice(0, dot) : name).toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

function publish(out: PhotoOutput, owner: PhotoOwnerRef, stem: string, v: ImageVariant, precached: boolean): string {
	const sha256 = createHash('sha256').update(v.bytes).digest('hex');
	const name = `${stem}-${v.width}.${sha256.slice(0, 10)}.${EXT[v.format]}`;
	const fileName = precached ? `content/photos/${owner.id}/${name}` : `content/media/${owner.kind}s/${owner.id}/${name}`;
	const url = `/${fileName}`;
	if (!out.files.has(fileName)) {
		out.files.set(fileName, { fileName, source: v.bytes });
		if (!precached) out.media.set(url, { url, bytes: v.bytes.length, sha256, kind: 'image', owner: `${owner.kind}:${owner.id}` });
	}
	return url;
}

/** The bundle's photos of one entry in one language; throws if a photo was not processed. */
export function compileImages(owner: PhotoOwnerRef, entries: readonly ImageEntry[], lang: Lang, processed: ProcessedImages | undefined, out: PhotoOutput): Image[] {
	return entries.map((entry, index) => {
		const done = processed?.get(join(owner.dir, entry.file));
		if (!done) throw new Error(`${owner.kind}s/${owner.id}/${entry.file}: the photo was not processed (tools/content/images/process-images.ts)`);
		const stem = stemOf(entry.file);
		const smallestWebp = Math.min(...done.variants.filter((v) => v.format === 'webp').map((v) => v.width));
		const offlineVariant = owner.kind === 'place' && index === 0 ? smallestWebp : undefined;
		let offline: string | undefined;
		const urls = done.variants.map((v) => {
			const precached = v.format === 'webp' && v.width === offlineVariant;
			const url = publish(out, owner, stem, v, precached);
			if (precached) offline = url;
			return { v, url };
		});
		const sources: ImageSource[] = (['avif', 'webp', 'jpeg'] as const).map((format) => ({
			type: MIME[format],
			srcset: urls
				.filter((u) => u.v.format === format)
				.sort((a, b) => a.v.width - b.v.width)
				.map((u) => `${u.url} ${u.v.width}w`)
				.join(', ')
		}));
		const jpegs = urls.filter((u) => u.v.format === 'jpeg').sort((a, b) => a.v.width - b.v.width);
		const fallback = [...jpegs].reverse().find((u) => u.v.width <= FALLBACK_WIDTH) ?? jpegs[0];
		return {
			src: fallback?.url ?? '',
			width: done.width,
			height: done.height,
			placeholder: done.thumbhash,
			sources,
			...(offline ? { offline } : {}),
			alt: entry.alt[lang],
			credit: entry.credit,
			licence: entry.licence
		};
	});
}
