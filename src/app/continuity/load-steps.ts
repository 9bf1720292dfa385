/** The continuity pipeline's steps in the order the progress list shows them (SQL steps, then the model's). */
import { MODEL_STEPS } from '../../core/continuity/model-run.ts';

export type LoadStep = 'status' | 'features' | (typeof MODEL_STEPS)[number];
export const LOAD_STEPS: readonly LoadStep[] = ['status', 'features', ...MODEL_STEPS];
