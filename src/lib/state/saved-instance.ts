/**
 * The app's one `SavedState`, backed by IndexedDB. Importing it opens nothing: the database is
 * opened by the first `load()` (call it from an effect, which never runs on the server).
 */
import { SavedState } from './saved.svelte';

export const saved = new SavedState();
