/**
 * 수출초보기업 컨설팅 — a consultant and a first-time exporter, one page: the beginner firms (status `beginner`
 * by the continuity rules), and for the chosen one its profile, suggested first markets (where comparable
 * firms that kept exporting went, with import growth and crisis level), suggested buyers (the matching
 * engine's deterministic top 10 for the firm), and the risk factors to work on first (the continuity model's
 * drivers: the firm's values against the average firm of the year, manageable ones first).
 *
 * Buyers and risk factors reuse the matching and continuity areas' own state (one model per dataset, fitted
 * in their workers), read-only: nothing here changes what those screens show.
 */
import { isInputError } from '../../core/errors.ts';
import { firmDrivers, type Driver } from '../../core/continuity/drivers.ts';
import { rowsOfYear } from '../../core/continuity/feature-table.ts';
import { firmSeries, rowsByFirm } from '../../core/continuity/firm-index.ts';
import { DEFAULT_WEIGHTS } from '../../core/matching/index.ts';
import { beginnerFirms, firmStatusAt, type BeginnerList } from '../../data/consulting/beginners.ts';
import { suggestFirstMarkets, type MarketAdvice } from '../../data/consulting/first-markets.ts';
import { firmProfile, type FirmProfile } from '../../data/consulting/firm-profile.ts';
import type { ModelRun } from '../../core/continuity/model-run.ts';
import { CANDIDATES, type VariableGroup } from '../../data/continuity/candidates.ts';
import { candidateList } from '../../data/matching/matching-model.ts';
import { DEFAULT_RULES as MATCH_RULES } from '../../data/matching/matching-types.ts';
import { DEFAULT_SAMPLING, recommend, type RecommendedItem } from '../../data/matching/recommend.ts';
import { continuity } from '../continuity/continuity-context.ts';
import { matching } from '../matching/matching-context.ts';
import type { DatasetState } from '../dataset-state.svelte.ts';
import { fairErrorText } from './error-text.ts';

type Part<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: string };

export interface RiskView {
  readonly year: number;
  readonly index: number;
  /** Negative drivers the firm can act on (capability, stability, credit), strongest first. */
  readonly workOn: readonly Driver[];
  /** Negative drivers outside its control (markets, world, history), for context. */
  readonly context: readonly Driver[];
  /** Positive drivers (strengths). */
  readonly strengths: readonly Driver[];
  /** The index under the model before the analyst's refit on the continuity screen, when one happened here. */
  readonly beforeRefit: { readonly year: number; readonly index: number } | null;
}

export interface ConsultingReport {
  readonly id: string;
  readonly year: number;
  readonly status: string | null;
  readonly profile: FirmProfile;
  readonly markets: MarketAdvice;
}

const MANAGEABLE = new Set<VariableGroup>(['capability', 'stability', 'credit']);
const groupOf = (name: string) => CANDIDATES.find((c) => c.name === name)?.group;

export class ConsultingState {
  list = $state.raw<BeginnerList | null>(null);
  listError = $state<string | null>(null);
  loadingList = $state(false);
  report = $state.raw<ConsultingReport | null>(null);
  reportError = $state<string | null>(null);
  buyers = $state.raw<Part<RecommendedItem[]>>({ status: 'loading' });
  risks = $state.raw<Part<RiskView | null>>({ status: 'loading' });
  #version = -1;
  #opened = '';
  #openedId = '';
  /** The continuity model the risk view was computed from: a refit there replaces it (see followRefit). */
  #risksRun: ModelRun | null = null;

  constructor(private readonly datasets: DatasetState) {
    // The open report is of a firm of the previous dataset: it goes at once, and reopens when the tab syncs.
    datasets.onSwitch(() => {
      this.#opened = '';
      this.report = null;
      this.reportError = null;
      this.buyers = { status: 'loading' };
      this.risks = { status: 'loading' };
    });
  }

  async sync(): Promise<void> {
    if (!this.datasets.active || this.#version === this.datasets.version) return;
    this.#version = this.datasets.version;
    this.#opened = '';
    this.loadingList = true;
    this.listError = null;
    try {
      const { engine } = await this.datasets.backend();
      this.list = await beginnerFirms(engine);
    } catch (e) {
      this.listError = fairErrorText(e);
      if (!isInputError(e)) console.error(e);
    } finally {
      this.loadingList = false;
    }
  }

  async open(id: string): Promise<void> {
    await this.sync();
    const key = `${this.#version}:${id}`;
    if (key === this.#opened) return;
    this.#opened = key;
    this.#openedId = id;
    this.#risksRun = null;
    this.report = null;
    this.reportError = null;
    this.buyers = { status: 'loading' };
    this.risks = { status: 'loading' };
    const year = this.list?.year;
    if (year === null || year === undefined) return;
    try {
      const { engine } = await this.datasets.backend();
      const profile = await firmProfile(engine, id);
      if (!profile) {
        this.reportError = fairErrorText(new Error(`no exporter ${id}`));
        return;
      }
      const status = await firmStatusAt(engine, id, year);
      const markets = await suggestFirstMarkets(engine, id, year);
      if (this.#opened !== key) return;
      this.report = { id, year, status, profile, markets };
    } catch (e) {
      this.reportError = fairErrorText(e);
      if (!isInputError(e)) console.error(e);
      return;
    }
    void this.loadBuyers(id, key);
    void this.loadRisks(id, key);
  }

  private async loadBuyers(id: string, key: string): Promise<void> {
    try {
      const model = await matching.ensureModel();
      if (!model) throw new Error(matching.modelError ?? 'the matching model is not available');
      const { engine } = await this.datasets.backend();
      const list = await candidateList(engine, model, 'exporter', id, MATCH_RULES, {});
      // Deterministic top 10 for a printed report: no random draw, no exposure boost.
      const items = recommend(
        list,
        { ...DEFAULT_WEIGHTS },
        { ...DEFAULT_SAMPLING, seed: 1, temperature: 0, boostLambda: 0 },
      );
      if (this.#opened === key) this.buyers = { status: 'ready', value: items };
    } catch (e) {
      if (this.#opened === key) this.buyers = { status: 'failed', error: fairErrorText(e) };
    }
  }

  /**
   * Call from an effect that reads `continuity.run`: when the analyst refits the continuity model, the report's
   * index and risk factors are recomputed from the new model and keep the old index to say what changed.
   */
  followRefit(): void {
    const cur = this.risks;
    const run = continuity.run;
    if (cur.status !== 'ready' || !run || !this.#risksRun || run === this.#risksRun) return;
    const before = cur.value ? { year: cur.value.year, index: cur.value.index } : null;
    this.risks = { status: 'loading' };
    void this.loadRisks(this.#openedId, this.#opened, before);
  }

  private async loadRisks(
    id: string,
    key: string,
    beforeRefit: RiskView['beforeRefit'] = null,
  ): Promise<void> {
    try {
      continuity.sync();
      await continuity.settled();
      const d = continuity.data;
      const r = continuity.run;
      if (!d || !r) throw new Error(continuity.error?.message ?? 'the continuity model is not available');
      if (this.#opened === key) this.#risksRun = r;
      const rows = rowsByFirm(d.features).get(id) ?? [];
      const latest = firmSeries(d.features, r.index, rows)
        .filter((p) => Number.isFinite(p.index))
        .at(-1);
      if (!latest) {
        if (this.#opened === key) this.risks = { status: 'ready', value: null };
        return;
      }
      const reference = rowsOfYear(d.features, latest.year).filter((i) => Number.isFinite(r.index[i]));
      const drivers = firmDrivers(d.features, r.model, r.variables, latest.row, reference).filter((x) =>
        Number.isFinite(x.contribution),
      );
      const negative = drivers.filter((x) => x.contribution < -1e-9);
      const view: RiskView = {
        year: latest.year,
        index: latest.index,
        workOn: negative.filter((x) => MANAGEABLE.has(groupOf(x.name) ?? 'missing')).slice(0, 5),
        context: negative.filter((x) => !MANAGEABLE.has(groupOf(x.name) ?? 'missing')).slice(0, 3),
        strengths: drivers
          .filter((x) => x.contribution > 1e-9)
          .sort((a, b) => b.contribution - a.contribution)
          .slice(0, 3),
        beforeRefit: beforeRefit?.year === latest.year ? beforeRefit : null,
      };
      if (this.#opened === key) this.risks = { status: 'ready', value: view };
    } catch (e) {
      if (this.#opened === key) this.risks = { status: 'failed', error: fairErrorText(e) };
    }
  }
}
