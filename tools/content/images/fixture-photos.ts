/**
 * Photos the tests make themselves (the project ships no photo it has no licence for): a smooth
 * two-colour gradient of a given size, as JPEG or PNG, optionally with GPS coordinates and other
 * EXIF fields written by sharp, and a file heavier than the limit.
 */
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';

export type PhotoOptions = { width: number; height: number; format?: 'jpeg' | 'png'; gps?: boolean };

/** Near Bản Giốc, in EXIF's degree/minute/second rationals. */
const GPS = { GPSLatitudeRef: 'N', GPSLatitude: '22/1 51/1 15/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 43/1 27/1' };

function gradient(width: number, height: number): Buffer {
	const data = Buffer.alloc(width * height * 3);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 3;
			data[i] = Math.round((x / width) * 200) + 30;
			data[i + 1] = Math.round((y / height) * 150) + 60;
			data[i + 2] = 120;
		}
	}
	return data;
}

export async function makePhoto({ width, height, format = 'jpeg', gps = false }: PhotoOptions): Promise<Buffer> {
	let image = sharp(gradient(width, height), { raw: { width, height, channels: 3 } });
	image = format === 'png' ? image.png() : image.jpeg({ quality: 90 });
	return image.withExif({ IFD0: { Artist: 'Test camera owner', Copyright: 'Test' }, ...(gps ? { IFD3: GPS } : {}) }).toBuffer();
}

/** A PNG of noise, which does not compress: heavier than 8 MB. */
export async function makeHeavyPhoto(): Promise<Buffer> {
	const width = 2000;
	const height = 1500;
	return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
}
