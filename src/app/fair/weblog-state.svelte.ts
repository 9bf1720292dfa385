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
import { StageTimer } from '../stage-timer.svelte.ts';
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

/** The queries of one load, in order (the tab shows each one's state: together they take seconds). */
export const WEBLOG_STAGES = ['range', 'overview', 'terms', 'funnel', 'paths', 'feedback'] as const;
export type WeblogStage = (typeof WEBLOG_STAGES)[number];

export class WeblogState {
  range = $state.raw<WeblogRange | null>(null);
  /** null = all years. */
  year = $state<number | null>(null);
  view = $state.raw<WeblogView | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  readonly stages = new StageTimer<WeblogStage>();
  #loaded: string | null = null;

  constructor(private readonly datasets: DatasetState) {}

  async sync(): Promise<void> {
    const key = `${this.datasets.version}|${this.year}`;
    if (!this.datasets.active || this.#loaded === key) return;
    this.#loaded = key;
    this.loading = true;
    this.error = null;
    try {
      this.stages.reset();
      const { engine } = await this.datasets.backend();
      const started = performance.now();
      const stage = <T>(name: WeblogStage, run: () => Promise<T>): Promise<T> => {
        this.stages.begin(name);
        return run();
      };
      this.range = await stage('range', () => weblogRange(engine));
      const period: WeblogPeriod =
        this.year === null
          ? { from: null, to: null }
          : { from: `${this.year}-01-01`, to: `${this.year}-12-31` };
      const overview = await stage('overview', () => weblogOverview(engine, period));
      const terms = await stage('terms', () => topSearchTerms(engine, period, 30));
      const funnel = await stage('funnel', () => clickFunnel(engine, period));
      const paths = await stage('paths', () => sessionPaths(engine, period, 5));
      const byList = await stage('feedback', () => feedbackByList(engine, period));
      const byTarget = await feedbackByTarget(engine, period, 15);
      this.stages.begin(null);
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
      this.stages.current = null;
      this.loading = false;
    }
  }

  setYear(year: number | null): void {
    this.year = year;
    void this.sync();
  }
}
