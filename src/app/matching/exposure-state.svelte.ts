/**
 * The staff's exposure view (공정한 기회 제공): how concentrated the showing of parties is — past exposure in the
 * data plus the lists shown in this browser — and a simulation of a whole fair's lists with and without the
 * exposure boost.
 */
import { errorMessage } from '../../core/errors.ts';
import { gini, lorenzCurve, type LorenzPoint } from '../../core/matching/index.ts';
import { simulateFairExposure, type FairExposureSimulation } from '../../data/matching/fair-exposure.ts';
import type { PartyType } from '../../data/matching/matching-types.ts';
import { DEFAULT_SAMPLING } from '../../data/matching/recommend.ts';
import { clearShown } from './exposure-store.ts';
import type { MatchingState } from './matching-state.svelte.ts';

export interface ExposureSummary {
  readonly type: PartyType;
  readonly parties: number;
  readonly gini: number;
  readonly lorenz: LorenzPoint[];
  readonly neverShown: number;
  readonly shownHere: number;
  /** The most exposed parties (id, name, exposure). */
  readonly top: { id: string; name: string; exposure: number }[];
}

export class ExposureState {
  simulation = $state.raw<FairExposureSimulation | null>(null);
  simulationStatus = $state<'idle' | 'running' | 'ready' | 'failed'>('idle');
  simulationError = $state<string | null>(null);

  constructor(private readonly matching: MatchingState) {}

  summary(type: PartyType): ExposureSummary | null {
    const m = this.matching.model;
    if (!m) return null;
    const table = type === 'exporter' ? m.directory.exporters : m.directory.buyers;
    const past = type === 'exporter' ? m.pastExposure.exporters : m.pastExposure.buyers;
    const shown = this.matching.shown[type];
    const x = Float64Array.from(past);
    let shownHere = 0;
    for (const [id, n] of shown) {
      const j = table.index.get(id);
      if (j !== undefined) {
        x[j] += n;
        shownHere += n;
      }
    }
    const order = Array.from(x.keys()).sort((a, b) => x[b] - x[a] || a - b);
    return {
      type,
      parties: x.length,
      gini: gini(x),
      lorenz: lorenzCurve(x),
      neverShown: x.length ? x.filter((v) => v === 0).length / x.length : 0,
      shownHere,
      top: order.slice(0, 8).map((j) => ({ id: table.ids[j], name: table.names[j], exposure: x[j] })),
    };
  }

  async simulate(eventId: string, type: PartyType): Promise<void> {
    const model = this.matching.model;
    if (!model) return;
    this.simulationStatus = 'running';
    this.simulationError = null;
    try {
      this.simulation = await simulateFairExposure(
        await this.matching.engine(),
        model,
        eventId,
        type,
        { ...this.matching.rules },
        { ...this.matching.weights },
        {
          ...DEFAULT_SAMPLING,
          seed: this.matching.seed,
          temperature: this.matching.temperature,
          boostLambda: this.matching.boostLambda,
        },
      );
      this.simulationStatus = 'ready';
    } catch (e) {
      this.simulationStatus = 'failed';
      this.simulationError = errorMessage(e);
    }
  }

  async clearBrowserExposure(): Promise<void> {
    await clearShown(this.matching.datasetId);
    await this.matching.reloadShown();
  }
}
