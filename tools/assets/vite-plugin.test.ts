import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedAssets } from './vite-plugin.ts';

const root = new URL('../../', import.meta.url).pathname;
const published = publishedAssets(root);

describe('files published from data/', () => {
	it('include every font the page’s stylesheet asks for', () => {
		const css = readFileSync(new URL('src/app.css', `file://${root}`), 'utf8');
		const urls = [...css.matchAll(/url\('\/([^']+\.woff2)'\)/g)].map((m) => m[1]);
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) expect(published.has(url!), url).toBe(true);
	});
	it('include the map’s sprite sheet at both pixel ratios, as the style names it', () => {
		for (const suffix of ['.json', '.png', '@2x.json', '@2x.png']) {
			expect(published.has(`basemap/sprites/caobang${suffix}`), suffix).toBe(true);
		}
	});
	it('put the font licence beside the fonts and the glyphs', () => {
		expect(published.get('fonts/OFL-Noto-Sans.txt')).toBe(published.get('basemap/glyphs/OFL-Noto-Sans.txt'));
		expect(readFileSync(published.get('fonts/OFL-Noto-Sans.txt')!, 'utf8')).toContain('SIL OPEN FONT LICENSE');
	});
});
