/**
 * The dataset in use and the one being loaded, as Svelte state. Loading goes to a new schema and is
 * only activated when it validates (load-dataset.ts), so `active` always describes usable data while
 * `lastAttempt` explains a refused, failed or cancelled load.
 */
import { CancelledError, errorMessage, isInputError } from '../core/errors.ts';
import { BROWSER_CAPACITY } from '../data/dataset/browser-capacity.ts';
import type { ValidationCache } from '../data/dataset/validation-cache.ts';
import type { DatasetPlan } from '../data/dataset/dataset-plan.ts';
import { loadDataset, type LoadProgress } from '../data/dataset/load-dataset.ts';
import { planFromFiles, type PickedFile } from '../data/dataset/plan-files.ts';
import { normaliseDatasetUrl, planFromUrl } from '../data/dataset/plan-url.ts';
import { loadOverview, type OverviewData } from '../data/overview-queries.ts';
import type { ValidationReport } from '../data/validate/validation-report.ts';
import type { DataBackend } from './data-backend.ts';
import { planFromKept } from './kept-datasets.ts';
import { i18n } from './i18n/i18n.svelte.ts';

/** A dataset's name for display: its manifest name, or "N files" in the reader's language. */
export function datasetTitle(d: { name: string; fileCount?: number }): string {
  return d.fileCount ? i18n.t('dataset.files', { n: i18n.fmt.number(d.fileCount) }) : d.name;
}

export type SourceInput =
  | { kind: 'bundled' }
  | { kind: 'url'; url: string }
  | { kind: 'files'; files: PickedFile[] }
  | { kind: 'kept'; id: string };

export interface ActiveDataset {
  /** The identity of its bytes (dataset-identity.ts): the key of the per-dataset stores, unlike the name. */
  id: string;
  name: string;
  /** Dropped files without a manifest: shown as "N files" in the reader's language. */
  fileCount?: number;
  source: DatasetPlan['source'];
  location: string;
  schema: string;
  report: ValidationReport;
  loadMillis: number;
  loadedAt: string;
}

export interface Attempt {
  name: string;
  fileCount?: number;
  outcome: 'refused' | 'failed' | 'cancelled';
  message?: string;
  /** The input error's code (InputError.code), so the screen can say it in the reader's language. */
  code?: string;
  report?: ValidationReport;
}

export interface Loading {
  name: string;
  fileCount?: number;
  /** Null while the manifest is read (the plan is not known yet). */
  progress: LoadProgress | null;
  /** The dataset is active and the first screen's numbers (the overview) are being computed. */
  firstScreen?: boolean;
}

export class DatasetState {
  engineStatus = $state<'idle' | 'starting' | 'ready' | 'failed'>('idle');
  engineError = $state<string | null>(null);
  active = $state<ActiveDataset | null>(null);
  loading = $state<Loading | null>(null);
  lastAttempt = $state<Attempt | null>(null);
  overview = $state<OverviewData | null>(null);
  /** Increases each time a new dataset becomes active; views re-query when it changes. */
  version = $state(0);

  #backend: Promise<DataBackend> | null = null;
  #abort: AbortController | null = null;
  // Plain callbacks, not reactive state: they are called, never rendered.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #onSwitch = new Set<() => void>();

  constructor(
    private readonly createBackend: () => Promise<DataBackend>,
    private readonly bundledUrl: string,
    /** Contract checks kept by the bytes they checked (validation-cache.ts); none: always check. */
    private readonly validations?: ValidationCache,
  ) {}

  /**
   * Runs `fn` the moment another dataset becomes active, before its first numbers are computed: the place for
   * a state class to close or drop what it shows of the previous dataset (an open company profile, a firm's
   * report), so nothing of dataset A is shown under B's name. Returns the unsubscribe function.
   */
  onSwitch(fn: () => void): () => void {
    this.#onSwitch.add(fn);
    return () => this.#onSwitch.delete(fn);
  }

  backend(): Promise<DataBackend> {
    if (!this.#backend) {
      this.engineStatus = 'starting';
      this.#backend = this.createBackend().then(
        (b) => {
          this.engineStatus = 'ready';
          performance.mark('export-intel:engine-ready');
          return b;
        },
        (e: unknown) => {
          this.engineStatus = 'failed';
          this.engineError = errorMessage(e);
          this.#backend = null;
          throw e;
        },
      );
    }
    return this.#backend;
  }

  /** The report shown on the validation page: the refused attempt's, else the active dataset's. */
  get report(): { name: string; report: ValidationReport } | null {
    if (this.lastAttempt?.report)
      return { name: datasetTitle(this.lastAttempt), report: this.lastAttempt.report };
    return this.active ? { name: datasetTitle(this.active), report: this.active.report } : null;
  }

  cancel(): void {
    this.#abort?.abort();
  }

  /** Loads a dataset; resolves to true when it became the active one. Never throws for bad input. */
  async load(input: SourceInput): Promise<boolean> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    performance.mark('export-intel:load-start');
    const name =
      input.kind === 'url'
        ? input.url
        : input.kind === 'files'
          ? `${input.files.length} files`
          : input.kind === 'kept'
            ? input.id
            : 'sample';
    const fileCount = input.kind === 'files' ? input.files.length : undefined;
    this.loading = { name, fileCount, progress: null };
    this.lastAttempt = null;
    try {
      // The engine starts now, while the manifest and the files download (load-dataset prefetches them).
      const backend = this.backend();
      backend.catch(() => undefined); // reported through loadDataset, which awaits it
      const plan = await this.plan(input, abort.signal);
      performance.mark('export-intel:plan-ready');
      this.loading = { name: plan.name, fileCount: plan.fileCount, progress: null };
      let last: LoadProgress | null = null;
      const result = await loadDataset(plan, {
        engine: backend.then((b) => b.engine),
        insertFile: async (...args) => (await backend).insertFile(...args),
        signal: abort.signal,
        previousSchema: this.active?.schema,
        capacity: BROWSER_CAPACITY,
        validations: this.validations,
        onProgress: (p) => {
          last = p;
          if (this.#abort === abort)
            this.loading = { name: plan.name, fileCount: plan.fileCount, progress: p };
        },
      });
      if (!result.activated || !result.schema || !result.identity) {
        this.lastAttempt = {
          name: plan.name,
          fileCount: plan.fileCount,
          outcome: 'refused',
          report: result.report,
        };
        return false;
      }
      this.active = {
        id: result.identity,
        name: plan.name,
        fileCount: plan.fileCount,
        source: plan.source,
        location: plan.location,
        schema: result.schema,
        report: result.report,
        loadMillis: result.millis,
        // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off timestamp string, not state
        loadedAt: new Date().toISOString(),
      };
      if (this.#abort === abort)
        this.loading = { name: plan.name, fileCount: plan.fileCount, progress: last, firstScreen: true };
      performance.mark('export-intel:dataset-active');
      for (const fn of this.#onSwitch) fn();
      this.overview = null; // the previous dataset's numbers must not sit under the new name
      try {
        this.overview = await loadOverview((await backend).engine);
      } finally {
        // The dataset is active whether or not its overview could be computed: the views move on to it.
        this.version++;
      }
      performance.mark('export-intel:overview-ready');
      return true;
    } catch (e) {
      if (e instanceof CancelledError || abort.signal.aborted) {
        this.lastAttempt = { name, fileCount, outcome: 'cancelled' };
      } else {
        this.lastAttempt = {
          name,
          fileCount,
          outcome: 'failed',
          message: isInputError(e) ? e.message : String((e as Error)?.message ?? e),
          code: isInputError(e) ? e.code : undefined,
        };
        if (!isInputError(e)) console.error(e);
      }
      return false;
    } finally {
      if (this.#abort === abort) {
        this.#abort = null;
        this.loading = null;
      }
    }
  }

  private plan(input: SourceInput, signal: AbortSignal): Promise<DatasetPlan> {
    switch (input.kind) {
      case 'bundled':
        return planFromUrl(this.bundledUrl, { source: 'bundled', signal });
      case 'url':
        return planFromUrl(normaliseDatasetUrl(input.url, globalThis.location?.href), {
          source: 'url',
          signal,
        });
      case 'files':
        return planFromFiles(input.files);
      case 'kept':
        return planFromKept(input.id);
    }
  }
}
