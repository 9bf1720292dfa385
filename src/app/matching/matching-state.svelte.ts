/**
 * State of the matching screens (수출기업·바이어 매칭). The expensive parts run once: the model (directory,
 * collaborative filtering, past exposure) once per dataset, the pair features (SQL) once per chosen firm and
 * filter set. Weight sliders, the temperature and the seed only re-run the TypeScript rescoring and the random
 * draw (`items` is derived), which takes milliseconds — so the list follows a slider at once.
 */
import { errorMessage, isInputError } from '../../core/errors.ts';
import { DEFAULT_WEIGHTS, type VariableId } from '../../core/matching/index.ts';
import { createFirmSearch, type FirmSearch } from '../../core/search/firm-search.ts';
import type { Engine } from '../../data/engine/engine.ts';
import type { CandidateList } from '../../data/matching/candidate-list.ts';
import { explainEmptyList, type EmptyReason } from '../../data/matching/empty-list-reason.ts';
import { listEvents, liveAsOf, type EventInfo } from '../../data/matching/events.ts';
import {
  buildMatchingModel,
  candidateList,
  partyIndex,
  type MatchingModel,
  type MatchingModelStage,
} from '../../data/matching/matching-model.ts';
import {
  DEFAULT_RULES,
  otherSide,
  type EligibilityRules,
  type PartyType,
} from '../../data/matching/matching-types.ts';
import { loadCompanyProfile, type CompanyProfile } from '../../data/matching/profile-queries.ts';
import { DEFAULT_SAMPLING, recommend, type RecommendedItem } from '../../data/matching/recommend.ts';
import type { DatasetState } from '../dataset-state.svelte.ts';
import { StageTimer } from '../stage-timer.svelte.ts';
import { emptyShownCounts, recordShown, shownCounts, type ShownCounts } from './exposure-store.ts';
import { adoptNamedEntries, type SavedCandidate } from './matching-db.ts';
import {
  listSaved,
  removeSaved,
  saveCandidate,
  savedKey,
  savedKeySet,
  updateNote,
} from './save-list-store.ts';
import { freshSeed } from './url-state.ts';
import { fitInWorker } from './worker-cf-fitter.ts';

export interface Focus {
  readonly type: PartyType;
  readonly id: string;
  readonly name: string;
  readonly nameEn: string | null;
}

export interface SearchResult {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly country: string | null;
}

type Status = 'idle' | 'loading' | 'ready' | 'failed';

export class MatchingState {
  modelStatus = $state<Status>('idle');
  modelError = $state<string | null>(null);
  /** The model build's stages as they run (shown: a large dataset takes seconds). */
  readonly modelStages = new StageTimer<MatchingModelStage>();
  model = $state.raw<MatchingModel | null>(null);
  events = $state.raw<EventInfo[]>([]);

  // Analyst controls
  rules = $state<EligibilityRules>({ ...DEFAULT_RULES });
  eventId = $state<string | null>(null);
  countries = $state<string[]>([]);
  hsPrefix = $state('');
  weights = $state<Record<VariableId, number>>({ ...DEFAULT_WEIGHTS });
  temperature = $state(DEFAULT_SAMPLING.temperature);
  boostLambda = $state(DEFAULT_SAMPLING.boostLambda);
  seed = $state(freshSeed());

  // The chosen firm and its scored candidates
  focus = $state.raw<Focus | null>(null);
  list = $state.raw<CandidateList | null>(null);
  listStatus = $state<Status>('idle');
  listError = $state<string | null>(null);
  emptyReason = $state.raw<EmptyReason | null>(null);
  /** Exposure caused in this browser (IndexedDB), per side. */
  shown = $state.raw<ShownCounts>(emptyShownCounts());

  // Profile panel and SAVE LIST
  profile = $state.raw<CompanyProfile | null>(null);
  profileStatus = $state<Status>('idle');
  profileError = $state<string | null>(null);
  saved = $state.raw<SavedCandidate[]>([]);
  savedKeys = $derived(savedKeySet(this.saved));

  #version = -1;
  #search: Record<PartyType, FirmSearch> | null = null;
  #listToken = 0;
  #profileToken = 0;

  constructor(private readonly datasets: DatasetState) {
    datasets.onSwitch(() => this.#forgetDataset());
  }

  /**
   * Another dataset became active: the open profile closes, the chosen firm and its list go, and the model
   * counts as being rebuilt (it is, once the dataset's version moves on) — nothing of the previous dataset
   * stays on screen under the new one's name, nor comes back when the matching screens are opened again.
   */
  #forgetDataset(): void {
    this.closeProfile();
    this.#listToken++;
    this.clearFocus();
    this.#search = null;
    this.model = null;
    this.modelStages.reset();
    this.modelStatus = 'loading';
    this.modelError = null;
    // The build starts when the version moves on (views re-query then); until that, ensureModel waits.
    this.#version = this.datasets.version;
  }

  /** The active dataset's identity: the key of its SAVE LIST and exposure counts (never its name). */
  get datasetId(): string {
    return this.datasets.active?.id ?? '';
  }

  get datasetName(): string {
    return this.datasets.active?.name ?? '';
  }

  /**
   * Exposure of every party of the other side by directory index, for the boost: the exposure recorded in the
   * data (web-log views and clicks, requests received). The lists shown in this browser are tallied separately
   * for staff (`shown`) but not fed back into the boost, so that a seed reproduces the same list anywhere.
   */
  exposure = $derived.by(() => {
    const m = this.model;
    const f = this.focus;
    if (!m || !f) return null;
    return otherSide(f.type) === 'exporter' ? m.pastExposure.exporters : m.pastExposure.buyers;
  });

  /** The random top max 10 with its explanations, recomputed whenever weights, seed or sampling change. */
  result = $derived.by((): { items: RecommendedItem[]; error: string | null; millis: number } => {
    const list = this.list;
    if (!list) return { items: [], error: null, millis: 0 };
    const weights = { ...this.weights };
    const t0 = performance.now();
    try {
      const items = recommend(
        list,
        weights,
        {
          ...DEFAULT_SAMPLING,
          seed: this.seed,
          temperature: this.temperature,
          boostLambda: this.boostLambda,
        },
        this.exposure ?? undefined,
      );
      // Milliseconds of the rescoring + draw, shown to analysts (sliders must feel instant).
      return { items, error: null, millis: performance.now() - t0 };
    } catch (e) {
      if (isInputError(e)) return { items: [], error: e.message, millis: 0 };
      throw e;
    }
  });

  async engine(): Promise<Engine> {
    return (await this.datasets.backend()).engine;
  }

  /** Builds the model for the active dataset (once per dataset version). */
  async ensureModel(): Promise<MatchingModel | null> {
    const version = this.datasets.version;
    if (!this.datasets.active) return null;
    if (this.#version === version && this.model) return this.model;
    if (this.#version === version && this.modelStatus === 'loading') return null;
    this.#version = version;
    this.modelStatus = 'loading';
    this.modelError = null;
    this.modelStages.reset();
    this.model = null;
    this.#search = null;
    this.list = null;
    this.focus = null;
    try {
      const engine = await this.engine();
      const [events, asOf] = await Promise.all([listEvents(engine), liveAsOf(engine)]);
      const model = await buildMatchingModel(engine, asOf, undefined, fitInWorker, (stage) => {
        if (this.#version === version) this.modelStages.begin(stage);
      });
      if (this.#version !== version) return null;
      this.events = events;
      if (this.eventId && !events.some((e) => e.id === this.eventId)) this.eventId = null;
      this.model = model;
      this.modelStages.begin(null);
      await adoptNamedEntries(this.datasetId, this.datasetName).catch(() => 0);
      this.shown = await shownCounts(this.datasetId).catch(() => emptyShownCounts());
      this.saved = await listSaved(this.datasetId).catch(() => []);
      this.modelStatus = 'ready';
      return model;
    } catch (e) {
      if (this.#version === version) {
        this.modelStatus = 'failed';
        this.modelError = errorMessage(e);
      }
      return null;
    }
  }

  search(type: PartyType, query: string, limit = 12): SearchResult[] {
    const m = this.model;
    if (!m) return [];
    if (!this.#search) {
      const mk = (t: typeof m.directory.exporters) =>
        createFirmSearch(t.ids.map((id, i) => ({ id, name: t.names[i], nameEn: t.namesEn[i] })));
      this.#search = { exporter: mk(m.directory.exporters), buyer: mk(m.directory.buyers) };
    }
    const table = type === 'exporter' ? m.directory.exporters : m.directory.buyers;
    return this.#search[type].search(query, limit).map((h) => ({
      id: table.ids[h.index],
      name: table.names[h.index],
      nameEn: table.namesEn[h.index],
      country: table.countries[h.index],
    }));
  }

  /** Chooses the firm whose list is shown; seed and event come from the address when it has them. */
  async select(
    type: PartyType,
    id: string,
    query: { seed: number | null; event: string | null },
  ): Promise<void> {
    // The address's seed first, before any await, so no list is drawn with a stale seed.
    if (query.seed !== null) this.seed = query.seed;
    const model = await this.ensureModel();
    if (!model) return;
    if (query.event !== null)
      this.eventId = model && this.events.some((e) => e.id === query.event) ? query.event : null;
    const same = this.focus?.type === type && this.focus.id === id;
    try {
      const i = partyIndex(model, type, id);
      const table = type === 'exporter' ? model.directory.exporters : model.directory.buyers;
      this.focus = { type, id, name: table.names[i], nameEn: table.namesEn[i] ?? null };
    } catch (e) {
      this.focus = null;
      this.list = null;
      this.listStatus = 'failed';
      this.listError = errorMessage(e);
      return;
    }
    if (!same || !this.list) await this.refresh();
  }

  clearFocus(): void {
    this.focus = null;
    this.list = null;
    this.listStatus = 'idle';
    this.emptyReason = null;
  }

  /** Re-reads the pair features (after a rule or filter changed). */
  async refresh(): Promise<void> {
    const model = this.model;
    const focus = this.focus;
    if (!model || !focus) return;
    const token = ++this.#listToken;
    this.listStatus = 'loading';
    this.listError = null;
    this.emptyReason = null;
    const filters = { eventId: this.eventId, countries: [...this.countries], hsPrefix: this.hsPrefix };
    const rules = { ...this.rules };
    try {
      const engine = await this.engine();
      const list = await candidateList(engine, model, focus.type, focus.id, rules, filters);
      const reason =
        list.candidates.length === 0
          ? await explainEmptyList(engine, focus.type, focus.id, rules, filters, model.asOf)
          : null;
      if (token !== this.#listToken) return;
      this.list = list;
      this.emptyReason = reason;
      this.listStatus = 'ready';
      void this.recordCurrent();
    } catch (e) {
      if (token !== this.#listToken) return;
      this.list = null;
      this.listStatus = 'failed';
      this.listError = errorMessage(e);
    }
  }

  /** A new random draw from the same candidates. */
  redraw(): void {
    this.seed = freshSeed();
    void this.recordCurrent();
  }

  /** Counts the shown list as exposure (once per list and seed, not per slider move). */
  #recorded: Record<string, true> = {};
  async recordCurrent(): Promise<void> {
    const f = this.focus;
    const items = this.result.items;
    if (!f || items.length === 0) return;
    const key = `${this.datasetId}|${f.type}:${f.id}|${this.seed}|${this.eventId ?? ''}`;
    if (this.#recorded[key]) return;
    this.#recorded[key] = true;
    const side = otherSide(f.type);
    try {
      await recordShown(
        this.datasetId,
        this.datasetName,
        side,
        items.map((it) => it.id),
      );
      this.shown = await shownCounts(this.datasetId);
    } catch {
      // Private mode without IndexedDB: the boost then uses the past exposure only.
    }
  }

  async reloadShown(): Promise<void> {
    this.shown = await shownCounts(this.datasetId).catch(() => emptyShownCounts());
  }

  setWeight(id: VariableId, value: number): void {
    this.weights[id] = value;
  }

  resetWeights(): void {
    this.weights = { ...DEFAULT_WEIGHTS };
  }

  async setRules(patch: Partial<EligibilityRules>): Promise<void> {
    this.rules = { ...this.rules, ...patch };
    await this.refresh();
  }

  async setFilters(patch: {
    eventId?: string | null;
    countries?: string[];
    hsPrefix?: string;
  }): Promise<void> {
    if (patch.eventId !== undefined) this.eventId = patch.eventId;
    if (patch.countries !== undefined) this.countries = patch.countries;
    if (patch.hsPrefix !== undefined) this.hsPrefix = patch.hsPrefix;
    await this.refresh();
  }

  // ---- profile panel -------------------------------------------------------------------------------------
  async openProfile(type: PartyType, id: string): Promise<void> {
    const token = ++this.#profileToken;
    this.profileStatus = 'loading';
    this.profileError = null;
    this.profile = null;
    try {
      const profile = await loadCompanyProfile(await this.engine(), type, id);
      if (token !== this.#profileToken) return;
      this.profile = profile;
      this.profileStatus = 'ready';
    } catch (e) {
      if (token !== this.#profileToken) return;
      this.profileStatus = 'failed';
      this.profileError = errorMessage(e);
    }
  }

  closeProfile(): void {
    this.#profileToken++;
    this.profile = null;
    this.profileStatus = 'idle';
  }

  // ---- SAVE LIST ---------------------------------------------------------------------------------------
  isSaved(candidateId: string): boolean {
    const f = this.focus;
    return (
      !!f && this.savedKeys.has(savedKey(this.datasetId, { focusType: f.type, focusId: f.id, candidateId }))
    );
  }

  async toggleSave(item: RecommendedItem): Promise<void> {
    const f = this.focus;
    if (!f) return;
    const key = savedKey(this.datasetId, { focusType: f.type, focusId: f.id, candidateId: item.id });
    if (this.savedKeys.has(key)) await removeSaved(key);
    else
      await saveCandidate({
        dataset: this.datasetId,
        datasetName: this.datasetName,
        focusType: f.type,
        focusId: f.id,
        focusName: f.name,
        candidateId: item.id,
        candidateName: item.name,
        candidateCountry: item.country,
        score: item.score,
        seed: this.seed,
      });
    this.saved = await listSaved(this.datasetId);
  }

  async loadSaved(): Promise<void> {
    // Entries saved under the dataset's old name key are adopted first (as the model build does).
    await adoptNamedEntries(this.datasetId, this.datasetName).catch(() => 0);
    this.saved = await listSaved(this.datasetId);
  }

  async removeSaved(key: string): Promise<void> {
    await removeSaved(key);
    this.saved = await listSaved(this.datasetId);
  }

  async setNote(key: string, note: string): Promise<void> {
    await updateNote(key, note);
    this.saved = await listSaved(this.datasetId);
  }
}
