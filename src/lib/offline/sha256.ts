/** SHA-256 of a downloaded file, as the hex the content manifest carries. */
import { toHex } from '$lib/domain/offline/plan';

export async function sha256Hex(data: Uint8Array): Promise<string> {
	return toHex(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
}
