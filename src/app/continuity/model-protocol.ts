/**
 * Messages between the app and the continuity model worker (model.worker.ts). The table is sent once per
 * dataset ('load'); each 'run' sends only the request, so a refit does not copy the data again.
 */
import type { ErrorParams } from '../../core/coded-error.ts';
import type { FeatureTable } from '../../core/continuity/feature-table.ts';
import type { ModelRequest, ModelRun, ModelStep } from '../../core/continuity/model-run.ts';

export type ToWorker =
  { type: 'load'; id: number; table: FeatureTable } | { type: 'run'; id: number; request: ModelRequest };

export type FromWorker =
  | { type: 'loaded'; id: number }
  | { type: 'step'; id: number; step: ModelStep }
  | { type: 'done'; id: number; run: ModelRun }
  | { type: 'error'; id: number; message: string; input: boolean; code?: string; params?: ErrorParams };
