/** The app's single instances of state that talk to the outside (network, content files). */
import manifest from 'virtual:content-manifest';
import { ContentState } from './content.svelte';
import { SearchState } from './search.svelte';

export { manifest };
export const content = new ContentState(manifest);
export const search = new SearchState(manifest.search);
