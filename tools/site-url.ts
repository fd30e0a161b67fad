/**
 * The guide's public address, used for canonical and hreflang links, link previews, robots.txt,
 * the sitemap and JSON-LD. A build for deployment must be told it (SITE_URL, or `siteUrl` in
 * content/site.yaml) and refuses a local one, so localhost links are never published by
 * accident. Only a local build (`--local`: `npm start`, the tests) falls back to localhost.
 */

/** Where `npm run preview` serves the local build. */
export const LOCAL_SITE_URL = 'http://localhost:4173';

/** True for an address on this machine: localhost, 127.x.x.x, [::1], 0.0.0.0 or a *.localhost name. */
export function isLocalAddress(url: string): boolean {
	const host = new URL(url).hostname;
	return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]' || host === '0.0.0.0';
}

export type SiteUrlSources = {
	/** The SITE_URL environment variable, if set. */
	fromEnv?: string | undefined;
	/** `siteUrl` in content/site.yaml, if written. */
	fromSite?: string | undefined;
	/** A build to look at on this machine, never to deploy. */
	local: boolean;
};

/** The site URL without a trailing slash. Throws, saying what to do, when a deployment build has none or a local one. */
export function resolveSiteUrl({ fromEnv, fromSite, local }: SiteUrlSources): string {
	const given = fromEnv?.trim() || fromSite;
	if (local) return (given ?? LOCAL_SITE_URL).replace(/\/$/, '');
	if (!given) {
		throw new Error(
			'No public address for the guide: build with SITE_URL=https://your.domain npm run build (see docs/deploy.md), or use `npm start` / `npm run build:local` to look at it on this machine.'
		);
	}
	if (!URL.canParse(given) || !/^https?:$/.test(new URL(given).protocol)) {
		throw new Error(`SITE_URL must be an http(s) address such as https://your.domain, not "${given}".`);
	}
	if (isLocalAddress(given)) {
		throw new Error(
			`The site URL "${given}" is a local address: a deployed guide would link to it. Set SITE_URL to the public address, or use \`npm run build:local\` for a local build.`
		);
	}
	return given.replace(/\/$/, '');
}
