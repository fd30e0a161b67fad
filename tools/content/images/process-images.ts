/**
 * The build's photo step: every listed photo becomes AVIF, WebP and JPEG in a few widths (never
 * wider than the original), turned upright, in sRGB, with all metadata stripped (sharp drops it
 * unless asked to keep it), plus a ThumbHash placeholder. Work is cached under
 * .generated/images/<hash of the original and the settings>/, so a rebuild encodes only photos
 * that changed. compile.ts names and publishes the files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { rgbaToThumbHash } from 'thumbhash';
import type { LoadedContent } from '../load-content.ts';
import { photoOwners } from './check-images.ts';

/** Where encoded photos are kept between builds, relative to the repository. */
export const IMAGE_CACHE = '.generated/images';

/** The widths the guide offers; a photo gets those not wider than itself. */
export const WIDTHS = [480, 960, 1440] as const;
export const FORMATS = ['avif', 'webp', 'jpeg'] as const;
export type ImageFormat = (typeof FORMATS)[number];

/** Changing an encoder setting changes every cache key, so nothing stale is reused. */
const SETTINGS = { v: 1, widths: WIDTHS, avif: { quality: 50, effort: 2 }, webp: { quality: 74 }, jpeg: { quality: 80, mozjpeg: true } };

export type ImageVariant = { format: ImageFormat; width: number; height: number; bytes: Uint8Array };
export type ProcessedImage = { width: number; height: number; thumbhash: string; variants: ImageVariant[] };
/** Keyed by the original's absolute path. */
export type ProcessedImages = Map<string, ProcessedImage>;
export type ProcessStats = { encoded: number; cached: number };

type CachedMeta = { width: number; height: number; thumbhash: string; variants: { format: ImageFormat; width: number; height: number; file: string }[] };

/** The widths to make of a photo `width` px wide: every offered width up to it, never more. */
export function widthsFor(width: number): number[] {
	const fit = WIDTHS.filter((w) => w <= width);
	return fit.length > 0 ? fit : [width];
}

function encoder(format: ImageFormat, pipeline: Sharp): Sharp {
	if (format === 'avif') return pipeline.avif(SETTINGS.avif);
	if (format === 'webp') return pipeline.webp(SETTINGS.webp);
	return pipeline.jpeg(SETTINGS.jpeg);
}

async function placeholder(source: Buffer): Promise<string> {
	const { data, info } = await sharp(source).autoOrient().resize(100, 100, { fit: 'inside' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return Buffer.from(rgbaToThumbHash(info.width, info.height, data)).toString('base64');
}

async function encode(source: Buffer, dir: string): Promise<CachedMeta> {
	const meta = await sharp(source).metadata();
	const { width, height } = meta.autoOrient;
	const variants: CachedMeta['variants'] = [];
	const tmp = `${dir}.tmp-${process.pid}`;
	rmSync(tmp, { recursive: true, force: true });
	mkdirSync(tmp, { recursive: true });
	for (const w of widthsFor(width)) {
		for (const format of FORMATS) {
			const pipeline = sharp(source).autoOrient().resize({ width: w, withoutEnlargement: true });
			const { data, info } = await encoder(format, pipeline).toBuffer({ resolveWithObject: true });
			const file = `${w}.${format}`;
			writeFileSync(join(tmp, file), data);
			variants.push({ format, width: info.width, height: info.height, file });
		}
	}
	const result: CachedMeta = { width, height, thumbhash: await placeholder(source), variants };
	writeFileSync(join(tmp, 'meta.json'), JSON.stringify(result));
	rmSync(dir, { recursive: true, force: true });
	renameSync(tmp, dir);
	return result;
}

/** Processes every photo of `content` (already checked), reusing `cacheDir` where it can. */
export async function processImages(content: LoadedContent, cacheDir: string): Promise<{ images: ProcessedImages; stats: ProcessStats }> {
	const images: ProcessedImages = new Map();
	const stats: ProcessStats = { encoded: 0, cached: 0 };
	for (const owner of photoOwners(content)) {
		for (const image of owner.images) {
			const abs = join(owner.dir, image.file);
			if (images.has(abs)) continue;
			const source = readFileSync(abs);
			const key = createHash('sha256').update(JSON.stringify(SETTINGS)).update(source).digest('hex').slice(0, 24);
			const dir = join(cacheDir, key);
			let meta: CachedMeta;
			if (existsSync(join(dir, 'meta.json'))) {
				meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as CachedMeta;
				stats.cached++;
			} else {
				meta = await encode(source, dir);
				stats.encoded++;
			}
			images.set(abs, {
				width: meta.width,
				height: meta.height,
				thumbhash: meta.thumbhash,
				variants: meta.variants.map((v) => ({ format: v.format, width: v.width, height: v.height, bytes: readFileSync(join(dir, v.file)) }))
			});
		}
	}
	return { images, stats };
}
