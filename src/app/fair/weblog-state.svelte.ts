/**
 * 이용패턴 분석 — the web-log insights for a chosen period (all, or one year): sessions and time on page,
 * top search terms, the search → profile → save → request funnel per user type, click paths, and the
 * feedback on clicked cards. Reloaded when the dataset or the period changes.
 */
import { isInputError } from '../../core/errors.ts';
import { feedbackByList, feedbackByTarget, type CardFeedback } from '../../data/weblog/card-feedback.ts';
import { clickFunnel, type ClickFunnel } from '../../data/weblog/click-funnel.ts';
import { topSearchTerms, type SearchTerm } from '../../data/weblog/search-terms.ts';
import { sessionPaths, type PathLink } from '../../data/weblog/session-paths.ts';
import { weblogOverview, weblogRange, type WeblogOverview } from '../../data/weblog/weblog-overview.ts';
import type { WeblogPeriod, WeblogRange } from '../../data/weblog/weblog-period.ts';
import type { DatasetState } from '../dataset-state.svelte.ts';
import { fairErrorText } from './error-text.ts';

export interface WeblogView {
  readonly period: WeblogPeriod;
  readonly overview: WeblogOverview;
  readonly terms: readonly SearchTerm[];
  readonly funnel: readonly ClickFunnel[];
  readonly paths: readonly PathLink[];
  readonly byList: readonly CardFeedback[];
  readonly byTarget: readonly CardFeedback[];
  readonly millis: number;
}

export class WeblogState {
  range = $state.raw<WeblogRange | null>(null);
  /** null = all years. */
  year = $state<number | null>(null);
  view = $state.raw<WeblogView | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  #loaded: string | null = null;

  constructor(private readonly datasets: DatasetState) {}

  async sync(): Promise<void> {
    const key = `${this.datasets.version}|${this.year}`;
    if (!this.datasets.active || this.#loaded === key) return;
    this.#loaded = key;
    this.loading = true;
    this.error = null;
    try {
      const { engine } = await this.datasets.backend();
      const started = performance.now();
      this.range = await weblogRange(engine);
      const period: WeblogPeriod =
        this.year === null
          ? { from: null, to: null }
          : { from: `${this.year}-01-01`, to: `${this.year}-12-31` };
      const overview = await weblogOverview(engine, period);
      const terms = await topSearchTerms(engine, period, 30);
      const funnel = await clickFunnel(engine, period);
      const paths = await sessionPaths(engine, period, 5);
      const byList = await feedbackByList(engine, period);
      const byTarget = await feedbackByTarget(engine, period, 15);
      this.view = {
        period,
        overview,
        terms,
        funnel,
        paths,
        byList,
        byTarget,
        millis: performance.now() - started,
      };
    } catch (e) {
      this.#loaded = null;
      this.error = fairErrorText(e);
      if (!isInputError(e)) console.error(e);
    } finally {
      this.loading = false;
    }
  }

  setYear(year: number | null): void {
    this.year = year;
    void this.sync();
  }
}
