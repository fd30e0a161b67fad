/**
 * Whether this browser can draw the map at all. MapLibre needs WebGL 2; checking first
 * spares phones without it from downloading the map code only to fail.
 */
let supported: boolean | undefined;

export function supportsWebGL2(): boolean {
	supported ??= probe();
	return supported;
}

function probe(): boolean {
	try {
		const canvas = document.createElement('canvas');
		const gl = canvas.getContext('webgl2');
		if (!gl) return false;
		// Give the test context back at once: browsers allow only a few at a time.
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		return true;
	} catch {
		return false;
	}
}
