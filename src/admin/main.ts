/**
 * The office's web editor at /admin: Sveltia CMS from npm (its bundler build, every chunk served
 * from our origin), configured from the content schema (cms-config.json, written by
 * tools/cms/gen-config.ts) and the Git host the office chose (backend.json, see content/README.md).
 */
import './prefer-vietnamese.ts';
import CMS, { type CmsConfig } from '@sveltia/cms';
import backend from './backend.json';
import config from './cms-config.json';

// The JSON's string literals widen to `string`; the e2e test proves Sveltia accepts the file.
void CMS.init({ config: { ...config, backend, load_config_file: false } as unknown as CmsConfig });
