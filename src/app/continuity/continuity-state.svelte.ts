/**
 * The continuity screens' state: loads the statuses and features of the active dataset (SQL in DuckDB), runs
 * the model in a worker (screening → fit → out-of-time validation → index) with progress per step, and
 * derives what each screen shows (the year's counts, risk list, group comparison, risk factors, a firm's
 * series and drivers). A refit that fails keeps the last good model and shows why (`refitError`); the model
 * before the last refit is kept as `previous` so the model card can show what changed.
 */
import { isInputError } from '../../core/errors.ts';
import { noteOfError, type FitNote } from '../../core/stats/fit-notes.ts';
import { firmDrivers, type Driver } from '../../core/continuity/drivers.ts';
import { labelledRows, rowsOfYear } from '../../core/continuity/feature-table.ts';
import {
  firmSeries,
  rowsByFirm,
  scoredAt,
  variableSds,
  type ScoredFirm,
  type SeriesPoint,
} from '../../core/continuity/firm-index.ts';
import {
  assignGroups,
  compareCategory,
  compareVariables,
  rankRiskFactors,
  type CategoryComparison,
  type RiskFactor,
  type VariableComparison,
} from '../../core/continuity/group-comparison.ts';
import type { ModelRun } from '../../core/continuity/model-run.ts';
import { keptVariables } from '../../core/continuity/model-steps.ts';
import { recentTrend } from '../../core/continuity/trend.ts';
import { createFirmSearch, type FirmSearch } from '../../core/search/firm-search.ts';
import {
  firmStatuses,
  loadContinuityData,
  statusesAt,
  type ContinuityData,
  type StatusCounts,
} from '../../data/continuity/continuity-data.ts';
import { DEFAULT_THRESHOLD, yearGapWarning } from '../../data/continuity/continuity-pipeline.ts';
import { firmYearValues, type FirmYearValues } from '../../data/continuity/firm-detail.ts';
import { indexRows, type IndexRow } from '../../data/continuity/index-table.ts';
import { CANDIDATES, type VariableGroup } from '../../data/continuity/candidates.ts';
import { DEFAULT_RULES, type ContinuityStatus } from '../../data/continuity/status-rules.ts';
import type { DatasetState } from '../dataset-state.svelte.ts';
import type { LoadStep } from './load-steps.ts';
import { ModelClient } from './model-client.ts';

export interface RiskFilter {
  region: string | null;
  industry: string | null;
  destination: string | null;
}

export interface GroupsView {
  continuing: number;
  risk: number;
  variables: VariableComparison[];
  categories: CategoryComparison[];
}

export interface FirmView {
  id: string;
  series: SeriesPoint[];
  latest: SeriesPoint | null;
  drivers: Driver[];
  /** Index points per year over the last three scored years. */
  trend: number;
}

const MANAGEABLE = new Set<VariableGroup>(['capability', 'stability', 'credit']);
const groupOf = (name: string): VariableGroup | undefined => CANDIDATES.find((c) => c.name === name)?.group;

export class ContinuityState {
  phase = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  step = $state<LoadStep | null>(null);
  featureProgress = $state(0);
  millis = $state<Partial<Record<LoadStep, number>>>({});
  /** Why the data or the model could not be made (a coded note, said in the reader's language by the UI). */
  error = $state.raw<FitNote | null>(null);
  data = $state.raw<ContinuityData | null>(null);
  run = $state.raw<ModelRun | null>(null);
  previous = $state.raw<ModelRun | null>(null);
  refitting = $state(false);
  refitError = $state.raw<FitNote | null>(null);
  /** Variables switched on in the screening table (applied by `refit`). */
  selected = $state<string[]>([]);
  /** L2 penalty on the standardised slopes for the next refit (0 = plain maximum likelihood). */
  l2 = $state(0);
  year = $state<number | null>(null);
  threshold = $state(DEFAULT_THRESHOLD);
  filter = $state<RiskFilter>({ region: null, industry: null, destination: null });
  firmId = $state<string | null>(null);
  firmValues = $state.raw<FirmYearValues[]>([]);
  firmStatuses = $state.raw<{ year: number; status: ContinuityStatus }[]>([]);
  /** Every firm's status in one year (the watchlist's status column), loaded by `loadYearStatuses`. */
  yearStatuses = $state.raw<{ year: number; byFirm: ReadonlyMap<string, ContinuityStatus> } | null>(null);

  // Rebuilt with `data` (which is $state.raw), so it needs no reactivity of its own.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #byFirm = new Map<string, number[]>();
  /** The firm search over #byFirm's firms, built on the first search after a load. */
  #search: { data: ContinuityData; ids: string[]; search: FirmSearch } | null = null;
  #version = -1;
  #token = 0;
  #client: ModelClient | null = null;
  #stepStarted = 0;
  /** Dataset version and firm id of the firm page last loaded (not reactive: read inside effects). */
  #openedFirm = '';

  constructor(private readonly datasets: DatasetState) {
    // A firm's page shows that firm of the active dataset only: another dataset empties it until it reloads.
    datasets.onSwitch(() => {
      this.#openedFirm = '';
      this.firmValues = [];
      this.firmStatuses = [];
    });
  }

  /** Call from an effect: (re)loads when another dataset became active. */
  sync(): void {
    const version = this.datasets.version;
    if (!this.datasets.active) return;
    if (version === this.#version) return;
    this.#version = version;
    this.#track(this.#load());
  }

  /** The load and refits under way; `settled` waits on them. */
  #work: Promise<unknown> = Promise.resolve();

  #track<T>(p: Promise<T>): Promise<T> {
    this.#work = Promise.all([this.#work, p]);
    return p;
  }

  /**
   * Resolves once the load or refit under way (if any) has finished, whatever its outcome, including one that
   * started while waiting: other screens that read this model (consulting) wait here instead of polling.
   */
  async settled(): Promise<void> {
    for (let w = this.#work; ; w = this.#work) {
      await w.catch(() => undefined);
      if (w === this.#work) return;
    }
  }

  #begin(step: LoadStep | null): void {
    const now = performance.now();
    if (this.step) this.millis = { ...this.millis, [this.step]: now - this.#stepStarted };
    this.step = step;
    this.#stepStarted = now;
  }

  async #load(): Promise<void> {
    const token = ++this.#token;
    this.phase = 'loading';
    this.error = null;
    this.refitError = null;
    this.millis = {};
    this.featureProgress = 0;
    this.run = null;
    this.previous = null;
    this.data = null;
    this.yearStatuses = null;
    try {
      const { engine } = await this.datasets.backend();
      const data = await loadContinuityData(
        engine,
        DEFAULT_RULES,
        (s) => this.#begin(s),
        (f) => (this.featureProgress = f),
      );
      if (token !== this.#token) return;
      this.data = data;
      this.#byFirm = rowsByFirm(data.features);
      this.year = data.years[data.years.length - 1];
      this.#client ??= new ModelClient();
      await this.#client.load(data.features);
      try {
        const run = await this.#client.run({ variables: null }, (s) => this.#begin(s));
        if (token !== this.#token) return;
        this.run = run;
        this.selected = [...run.variables];
        // A default selection refitted with a penalty (separation) keeps it for the analyst's refits.
        this.l2 = run.model.l2;
      } catch (e) {
        if (!isInputError(e)) throw e;
        this.error = noteOfError(e);
      }
      this.#begin(null);
      this.phase = 'ready';
    } catch (e) {
      if (token !== this.#token) return;
      this.#begin(null);
      this.error = noteOfError(e instanceof Error && !isInputError(e) ? e.message : e);
      this.phase = this.data ? 'ready' : 'failed';
      if (!isInputError(e)) console.error(e);
    }
  }

  toggle(name: string, on: boolean): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local scratch set, not state
    const set = new Set(this.selected);
    if (on) set.add(name);
    else set.delete(name);
    const order = this.data?.features.names ?? [];
    this.selected = order.filter((n) => set.has(n));
  }

  /** The screening rule's selection (applied by the next refit). */
  resetSelection(): void {
    if (this.run) this.selected = keptVariables(this.run.screening);
  }

  get selectionChanged(): boolean {
    const fitted = this.run?.variables ?? [];
    const l2Changed = (this.run?.model.l2 ?? 0) !== this.l2;
    return (
      l2Changed || fitted.length !== this.selected.length || fitted.some((v, i) => v !== this.selected[i])
    );
  }

  /** Refits on the selected variables; on failure the current model stays and `refitError` says why. */
  refit(): Promise<boolean> {
    return this.#track(this.#refit());
  }

  async #refit(): Promise<boolean> {
    if (!this.#client || !this.data || this.refitting) return false;
    const token = this.#token;
    this.refitting = true;
    this.refitError = null;
    try {
      const run = await this.#client.run({ variables: [...this.selected], l2: this.l2 }, (s) =>
        this.#begin(s),
      );
      this.#begin(null);
      if (token !== this.#token) return false;
      this.previous = this.run;
      this.run = run;
      this.error = null;
      return true;
    } catch (e) {
      this.#begin(null);
      this.refitError = noteOfError(e instanceof Error && !isInputError(e) ? e.message : e);
      if (!isInputError(e)) console.error(e);
      return false;
    } finally {
      this.refitting = false;
    }
  }

  // ---- the chosen year ----

  counts: StatusCounts | null = $derived.by(() => {
    const d = this.data;
    return d?.counts.find((c) => c.year === this.year) ?? null;
  });

  /** Firms scored in the chosen year, lowest index first. */
  scored: ScoredFirm[] = $derived.by(() => {
    const d = this.data;
    const r = this.run;
    if (!d || !r || this.year === null) return [];
    return scoredAt(d.features, r.index, this.year, this.#byFirm);
  });

  riskList: ScoredFirm[] = $derived(this.scored.filter((s) => s.index < this.threshold));

  /** Which statuses the risk list shows: firms already stopped are hidden by default (nothing to pre-empt). */
  riskStatus = $state<'notStopped' | 'all' | ContinuityStatus>('notStopped');

  riskListShown: ScoredFirm[] = $derived(
    this.riskList.filter((s) =>
      this.riskStatus === 'all'
        ? true
        : this.riskStatus === 'notStopped'
          ? s.status !== 'stopped'
          : s.status === this.riskStatus,
    ),
  );

  /** Firms whose index fell by 10 points or more since the year before. */
  sharpDrops: ScoredFirm[] = $derived(this.scored.filter((s) => s.change !== null && s.change <= -10));

  groups: GroupsView | null = $derived.by(() => this.#groups(this.#yearRows(false)));

  /** Show only the factors a firm can work on (capability, stability, credit), the seed's "관리 가능하게". */
  manageableOnly = $state(false);

  /** Risk factors for the whole population and for the filtered one. */
  riskFactors: { all: RiskFactor[]; filtered: RiskFactor[] | null; filteredGroups: GroupsView | null } =
    $derived.by(() => {
      const keep = (list: RiskFactor[]) =>
        this.manageableOnly ? list.filter((r) => MANAGEABLE.has(groupOf(r.name) ?? 'missing')) : list;
      const all = this.groups ? keep(rankRiskFactors(this.groups.variables)) : [];
      const f = this.filter;
      if (!f.region && !f.industry && !f.destination) return { all, filtered: null, filteredGroups: null };
      const g = this.#groups(this.#yearRows(true));
      return { all, filtered: g ? keep(rankRiskFactors(g.variables)) : [], filteredGroups: g };
    });

  filterOptions: { regions: string[]; industries: string[]; destinations: string[] } = $derived.by(() => {
    const d = this.data;
    if (!d || this.year === null) return { regions: [], industries: [], destinations: [] };
    /* eslint-disable svelte/prefer-svelte-reactivity -- local scratch sets inside a derived computation */
    const regions = new Set<string>();
    const industries = new Set<string>();
    const destinations = new Set<string>();
    /* eslint-enable svelte/prefer-svelte-reactivity */
    for (const i of rowsOfYear(d.features, this.year)) {
      const firm = d.firms.get(d.features.exporterId[i]);
      if (firm?.region) regions.add(firm.region);
      if (firm?.industry) industries.add(firm.industry);
      const dest = d.mainDestination[i];
      if (dest) destinations.add(dest);
    }
    const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'ko'));
    return { regions: sorted(regions), industries: sorted(industries), destinations: sorted(destinations) };
  });

  #yearRows(filtered: boolean): Uint32Array {
    const d = this.data;
    if (!d || this.year === null) return new Uint32Array(0);
    const rows = rowsOfYear(d.features, this.year);
    if (!filtered) return rows;
    const f = this.filter;
    return rows.filter((i) => {
      const firm = d.firms.get(d.features.exporterId[i]);
      return (
        (!f.region || firm?.region === f.region) &&
        (!f.industry || firm?.industry === f.industry) &&
        (!f.destination || d.mainDestination[i] === f.destination)
      );
    });
  }

  #groups(rows: Uint32Array): GroupsView | null {
    const d = this.data;
    const r = this.run;
    if (!d || !r) return null;
    const groups = assignGroups(d.features, r.index, rows, this.threshold);
    let continuing = 0;
    let risk = 0;
    for (const g of groups) {
      if (g === 1) continuing++;
      else if (g === 2) risk++;
    }
    const at = (f: (i: number) => string | null) => Array.from(rows, f);
    const firm = (i: number) => d.firms.get(d.features.exporterId[i]);
    return {
      continuing,
      risk,
      variables: compareVariables(d.features, rows, groups),
      categories: [
        compareCategory(
          'region',
          at((i) => firm(i)?.region ?? null),
          groups,
        ),
        compareCategory(
          'industry',
          at((i) => firm(i)?.industry ?? null),
          groups,
        ),
        compareCategory(
          'main_destination',
          at((i) => d.mainDestination[i]),
          groups,
        ),
        compareCategory(
          'status',
          at((i) => d.features.status[i]),
          groups,
        ),
      ],
    };
  }

  // ---- the model card ----

  /** Standard deviation of each fitted variable on the labelled rows (coefficient plot per 1 SD). */
  fittedSds: number[] = $derived.by(() => {
    const d = this.data;
    const r = this.run;
    if (!d || !r) return [];
    return variableSds(d.features, r.variables, labelledRows(d.features));
  });

  /** The data's and the current model's warnings (coded; dropped variables are listed separately). */
  warnings: FitNote[] = $derived.by(() => {
    const d = this.data;
    const gap = d ? yearGapWarning(d) : null;
    const notes = (this.run?.notes ?? []).filter((n) => !n.code.startsWith('dropped-'));
    return [...(gap ? [gap] : []), ...notes];
  });

  /** Loads every firm's status in the chosen year (a firm not reported then is pending, not absent). */
  async loadYearStatuses(): Promise<void> {
    const year = this.year;
    const token = this.#token;
    if (year === null || !this.data || this.yearStatuses?.year === year) return;
    const { engine } = await this.datasets.backend();
    const rows = await statusesAt(engine, year);
    if (token !== this.#token || this.year !== year) return;
    // A snapshot replaced as a whole ($state.raw), never mutated: no reactive map needed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.yearStatuses = { year, byFirm: new Map(rows.map((r) => [r.exporter_id, r.status])) };
  }

  // ---- one firm ----

  /** Opens a firm's page: loads its source values and statuses by SQL. */
  async openFirm(id: string | null): Promise<void> {
    const key = `${this.#version}:${id}`;
    if (key === this.#openedFirm) return;
    this.#openedFirm = key;
    this.firmId = id;
    this.firmValues = [];
    this.firmStatuses = [];
    if (!id) return;
    const { engine } = await this.datasets.backend();
    const [values, statuses] = await Promise.all([firmYearValues(engine, id), firmStatuses(engine, id)]);
    if (this.#openedFirm !== key) return;
    this.firmValues = values;
    this.firmStatuses = statuses;
  }

  firm: FirmView | null = $derived.by(() => {
    const d = this.data;
    const r = this.run;
    const id = this.firmId;
    if (!d || !id) return null;
    const rows = this.#byFirm.get(id) ?? [];
    const series = r ? firmSeries(d.features, r.index, rows).filter((p) => Number.isFinite(p.index)) : [];
    const latest = series.at(-1) ?? null;
    let drivers: Driver[] = [];
    if (r && latest) {
      const reference = rowsOfYear(d.features, latest.year).filter((i) => Number.isFinite(r.index[i]));
      drivers = firmDrivers(d.features, r.model, r.variables, latest.row, reference);
    }
    return { id, series, latest, drivers, trend: recentTrend(series) };
  });

  /** The firm's candidate values per scored year (what the model saw). */
  firmFeatures(id: string): { year: number; values: number[] }[] {
    const d = this.data;
    if (!d) return [];
    return (this.#byFirm.get(id) ?? []).map((i) => ({
      year: d.features.year[i],
      values: d.features.columns.map((c) => c[i]),
    }));
  }

  /** Index series of any firm (for the watchlist). */
  seriesOf(id: string): SeriesPoint[] {
    const d = this.data;
    const r = this.run;
    if (!d || !r) return [];
    return firmSeries(d.features, r.index, this.#byFirm.get(id) ?? []).filter((p) =>
      Number.isFinite(p.index),
    );
  }

  hasFirm(id: string): boolean {
    return this.#byFirm.has(id) || (this.data?.firms.has(id) ?? false);
  }

  /** Up to `limit` firms with feature rows the query finds by id or name (core/search/firm-search.ts), best first. */
  searchFirms(query: string, limit = 20): { id: string; name: string }[] {
    const d = this.data;
    if (!d || !query.trim()) return [];
    if (this.#search?.data !== d) {
      const ids = [...this.#byFirm.keys()];
      const firms = ids.map((id) => ({
        id,
        name: d.firms.get(id)?.name ?? id,
        nameEn: d.firms.get(id)?.nameEn,
      }));
      this.#search = { data: d, ids, search: createFirmSearch(firms) };
    }
    const { ids, search } = this.#search;
    return search
      .search(query, limit)
      .map((h) => ({ id: ids[h.index], name: d.firms.get(ids[h.index])?.name ?? ids[h.index] }));
  }

  // ---- export ----

  /** The index table at the chosen year (every firm with a status then). */
  async indexTable(): Promise<IndexRow[]> {
    const d = this.data;
    const r = this.run;
    const year = this.year;
    if (!d || year === null) return [];
    const { engine } = await this.datasets.backend();
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local lookup, not state
    const byFirm = new Map<string, number>();
    if (r)
      for (const s of scoredAt(d.features, r.index, year, this.#byFirm)) byFirm.set(s.exporterId, s.index);
    return indexRows(await statusesAt(engine, year), year, (id) => byFirm.get(id), this.threshold);
  }
}
