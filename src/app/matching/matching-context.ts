/**
 * The matching screens' singletons (like app-context.ts for the shell): one state per area, bound to the app's
 * dataset state so that a newly loaded dataset rebuilds the model.
 */
import { datasets } from '../app-context.ts';
import { EvaluationState } from './evaluation-state.svelte.ts';
import { ExposureState } from './exposure-state.svelte.ts';
import { MatchingState } from './matching-state.svelte.ts';

export const matching = new MatchingState(datasets);
export const evaluation = new EvaluationState(datasets);
export const exposure = new ExposureState(matching);
