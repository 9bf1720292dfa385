/**
 * The app's singletons: language, router and dataset state. UI components import them from here;
 * nothing below src/app knows about them.
 */
import { browserValidationCache, createBrowserBackend } from './browser-backend.ts';
import { DatasetState } from './dataset-state.svelte.ts';
import { i18n } from './i18n/i18n.svelte.ts';
import { Router } from './router.svelte.ts';

export const BUNDLED_SAMPLE_URL = new URL(
  `${import.meta.env.BASE_URL}data/sample/`,
  globalThis.location?.href ?? 'http://localhost/',
).href;

export const router = new Router();
export const datasets = new DatasetState(createBrowserBackend, BUNDLED_SAMPLE_URL, browserValidationCache());
export { i18n };
