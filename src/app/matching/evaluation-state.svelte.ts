/**
 * The evaluation page's state: runs the hold-out evaluation (src/data/matching/evaluation.ts) on the active
 * dataset for the chosen event, in the browser, and keeps the result until the dataset or the event changes.
 */
import { errorMessage } from '../../core/errors.ts';
import type { MatchingEvaluation } from '../../data/matching/evaluation.ts';
import { evaluateMatching } from '../../data/matching/evaluation.ts';
import type { DatasetState } from '../dataset-state.svelte.ts';
import { fitInWorker } from './worker-cf-fitter.ts';

export class EvaluationState {
  status = $state<'idle' | 'running' | 'ready' | 'failed'>('idle');
  error = $state<string | null>(null);
  result = $state.raw<MatchingEvaluation | null>(null);
  #key = '';

  constructor(private readonly datasets: DatasetState) {}

  async run(eventId: string | null, force = false): Promise<void> {
    const key = `${this.datasets.version}|${eventId ?? ''}`;
    if (!force && key === this.#key && (this.status === 'ready' || this.status === 'running')) return;
    this.#key = key;
    this.status = 'running';
    this.error = null;
    try {
      const { engine } = await this.datasets.backend();
      const result = await evaluateMatching(engine, { eventId, fit: fitInWorker });
      if (key !== this.#key) return;
      this.result = result;
      this.status = 'ready';
    } catch (e) {
      if (key !== this.#key) return;
      this.result = null;
      this.status = 'failed';
      this.error = errorMessage(e);
    }
  }
}
