/**
 * Runs the continuity model off the main thread (model.worker.ts), one request at a time, with per-step
 * progress. Falls back to running in the page when workers are unavailable. Errors keep their kind: an
 * InputError from the fit (a constant or collinear variable, separation…) stays an InputError so the state
 * can show the message and keep the last good model.
 */
import { CodedInputError } from '../../core/coded-error.ts';
import type { FeatureTable } from '../../core/continuity/feature-table.ts';
import {
  runModel,
  type ModelRequest,
  type ModelRun,
  type ModelStep,
} from '../../core/continuity/model-run.ts';
import type { FromWorker, ToWorker } from './model-protocol.ts';

interface Pending {
  resolve: (v: FromWorker) => void;
  onStep?: (step: ModelStep) => void;
}

export class ModelClient {
  #worker: Worker | null = null;
  #table: FeatureTable | null = null;
  #pending = new Map<number, Pending>();
  #nextId = 1;

  constructor() {
    try {
      this.#worker = new Worker(new URL('./model.worker.ts', import.meta.url), {
        type: 'module',
        name: 'continuity-model',
      });
      this.#worker.onmessage = (e: MessageEvent<FromWorker>) => {
        const p = this.#pending.get(e.data.id);
        if (!p) return;
        if (e.data.type === 'step') p.onStep?.(e.data.step);
        else {
          this.#pending.delete(e.data.id);
          p.resolve(e.data);
        }
      };
    } catch {
      this.#worker = null;
    }
  }

  #send(msg: ToWorker, onStep?: (step: ModelStep) => void): Promise<FromWorker> {
    const worker = this.#worker;
    if (!worker) throw new Error('no worker');
    return new Promise((resolve) => {
      this.#pending.set(msg.id, { resolve, onStep });
      worker.postMessage(msg);
    });
  }

  /** Hands the table of a new dataset to the worker (copied once). */
  async load(table: FeatureTable): Promise<void> {
    this.#table = table;
    if (this.#worker) await this.#send({ type: 'load', id: this.#nextId++, table });
  }

  async run(request: ModelRequest, onStep?: (step: ModelStep) => void): Promise<ModelRun> {
    if (!this.#worker) {
      if (!this.#table) throw new Error('no feature table loaded');
      return runModel(this.#table, request, undefined, onStep);
    }
    const reply = await this.#send({ type: 'run', id: this.#nextId++, request }, onStep);
    if (reply.type === 'done') return reply.run;
    if (reply.type === 'error')
      throw reply.input
        ? new CodedInputError(reply.message, reply.code ?? 'bad-input', reply.params)
        : new Error(reply.message);
    throw new Error(`unexpected reply ${reply.type}`);
  }
}
