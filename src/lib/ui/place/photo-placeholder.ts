/**
 * The ThumbHash placeholder of a photo (a few dozen bytes in the bundle) as a small PNG data
 * URL, drawn behind the photo until it loads (placeholder-attach.ts). Pure JavaScript.
 */
import { thumbHashToDataURL } from 'thumbhash';

export function placeholderUrl(base64: string): string {
	try {
		return thumbHashToDataURL(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
	} catch {
		return '';
	}
}
