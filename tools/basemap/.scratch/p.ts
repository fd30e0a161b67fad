import { prepareLayers, readBasemapSources } from '../tile-builder';
import { DEFAULT_DATA_DIR } from '../build-cli';
const l = prepareLayers(readBasemapSources(DEFAULT_DATA_DIR));
for (const n of ['countries','admin','province'] as const) for (const f of l[n]) if (f.geometry.type === 'Point') console.log(n, f.properties, f.geometry.coordinates);
