/**
 * Writes sample locator maps (Bản Giốc, Pác Bó, Cao Bằng city, and every route) as SVG files, to look at them:
 *
 *     npx tsx tools/static-map/samples-cli.ts [out-dir]      # default /tmp/locator-maps
 *     chromium --headless --no-sandbox --disable-gpu --screenshot=x.png --window-size=400,300 file:///tmp/locator-maps/x.svg
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { KIND_COLORS } from '../../src/lib/domain/static-map/tokens';
import { CONTENT_DIR, readLocatedEntries } from '../roads/located-entries';
import { buildRoadNetwork } from '../roads/network';
import { routeLegs } from '../roads/route-legs';
import { loadLocatorData } from './locator-data';
import { renderPlaceMap, renderRouteMap } from './locator-maps';

const out = process.argv[2] ?? '/tmp/locator-maps';
mkdirSync(out, { recursive: true });
const data = loadLocatorData();
const entries = readLocatedEntries();
const entry = (id: string) => entries.find((e) => e.id === id)!;
const write = (name: string, svg: string) => {
	writeFileSync(join(out, `${name}.svg`), svg);
	console.log(`${name}.svg: ${svg.length} bytes, ${gzipSync(svg, { level: 9 }).length} gzip`);
};

for (const [id, kind] of [
	['ban-gioc-waterfall', 'geosite'],
	['pac-bo-special-national-relic', 'relic'],
	['cao-bang-city', 'service'],
	['ma-phuc-pass-pillow-basalt', 'geosite']
] as const) {
	const e = entry(id);
	write(id, renderPlaceMap({ ...e, color: KIND_COLORS[kind], title: `Bản đồ vị trí: ${id}` }, data));
}

const network = buildRoadNetwork(entries);
for (const id of readdirSync(join(CONTENT_DIR, 'routes'))) {
	const route = parse(readFileSync(join(CONTENT_DIR, 'routes', id, 'route.yaml'), 'utf8')) as { stops: string[]; color: string };
	const { legs, unplaced } = routeLegs(network, route.stops);
	const stops = route.stops.flatMap((s, i) => (unplaced.includes(s) ? [] : [{ lon: entry(s).lon, lat: entry(s).lat, n: i + 1 }]));
	write(
		`route-${id}`,
		renderRouteMap({ id, legs: legs.map((l) => l.coords), stops, color: route.color, title: `Bản đồ tuyến: ${id}` }, data)
	);
}
