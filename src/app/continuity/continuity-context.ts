/** The continuity area's singletons (state and watchlist), bound to the app's dataset state. */
import { datasets } from '../app-context.ts';
import { ContinuityState } from './continuity-state.svelte.ts';
import { WatchlistState } from './watchlist-state.svelte.ts';

export const continuity = new ContinuityState(datasets);
export const watchlist = new WatchlistState();
