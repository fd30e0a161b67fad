/**
 * Links that hand a place to the phone's navigation apps. Only coordinates we actually have
 * are used; places without a location get no links.
 */
export type NavLink = { app: 'geo' | 'google' | 'organic' | 'osmand'; href: string };

/** Rounds to 6 decimals (~0.1 m): enough for any pin, no float noise in URLs. */
function fixed(n: number): string {
	return String(Math.round(n * 1e6) / 1e6);
}

export function navigationLinks(lat: number, lon: number, label: string): NavLink[] {
	const ll = `${fixed(lat)},${fixed(lon)}`;
	const name = encodeURIComponent(label);
	return [
		// RFC 5870 geo URI, with the label Android apps show on the pin.
		{ app: 'geo', href: `geo:${ll}?q=${ll}(${name})` },
		{ app: 'google', href: `https://www.google.com/maps/search/?api=1&query=${ll}` },
		// Organic Maps' documented map?v=1 deep link (works offline in the app).
		{ app: 'organic', href: `om://map?v=1&ll=${ll}&n=${name}` },
		{ app: 'osmand', href: `https://osmand.net/map/?pin=${ll}#15/${fixed(lat)}/${fixed(lon)}` }
	];
}

/** "22.85436, 106.72427": what "copy coordinates" puts on the clipboard. */
export function coordinateText(lat: number, lon: number): string {
	return `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
}
