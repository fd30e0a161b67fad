/**
 * Does a photo's metadata still say where it was taken? Reads the EXIF block sharp hands back
 * (a TIFF structure, with or without its "Exif\0\0" prefix) far enough to find a GPS position,
 * and XMP for the same fields. The original sits in the public repository even though the
 * published copies are stripped, so the content check refuses it unless the entry allows it.
 */

const GPS_IFD_POINTER = 0x8825;
const GPS_LATITUDE = 0x0002;
const GPS_LONGITUDE = 0x0004;

type Reader = { u16: (at: number) => number; u32: (at: number) => number; length: number };

function tiffReader(bytes: Uint8Array): Reader | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes.length < 8) return null;
	const order = String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0);
	if (order !== 'II' && order !== 'MM') return null;
	const little = order === 'II';
	const reader: Reader = {
		u16: (at) => (at + 2 <= bytes.length ? view.getUint16(at, little) : -1),
		u32: (at) => (at + 4 <= bytes.length ? view.getUint32(at, little) : -1),
		length: bytes.length
	};
	return reader.u16(2) === 42 ? reader : null;
}

/** The tags of the IFD at `offset`, each with its 4-byte value field read as a number. */
function ifdTags(r: Reader, offset: number): Map<number, number> {
	const tags = new Map<number, number>();
	const count = r.u16(offset);
	if (offset <= 0 || count < 0) return tags;
	for (let i = 0; i < count; i++) {
		const entry = offset + 2 + i * 12;
		if (entry + 12 > r.length) break;
		tags.set(r.u16(entry), r.u32(entry + 8));
	}
	return tags;
}

/** True when the EXIF block holds a GPS latitude or longitude. */
export function exifHasGps(exif: Uint8Array | undefined): boolean {
	if (!exif) return false;
	const prefix = String.fromCharCode(...exif.subarray(0, 6));
	const tiff = tiffReader(prefix.startsWith('Exif') ? exif.subarray(6) : exif);
	if (!tiff) return false;
	const gpsOffset = ifdTags(tiff, tiff.u32(4)).get(GPS_IFD_POINTER);
	if (gpsOffset === undefined || gpsOffset <= 0) return false;
	const gps = ifdTags(tiff, gpsOffset);
	return gps.has(GPS_LATITUDE) || gps.has(GPS_LONGITUDE);
}

/** True when an XMP packet names a GPS latitude or longitude (exif:GPSLatitude …). */
export function xmpHasGps(xmp: Uint8Array | undefined): boolean {
	if (!xmp) return false;
	return /GPS(Latitude|Longitude)/.test(new TextDecoder().decode(xmp));
}
