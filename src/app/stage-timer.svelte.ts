/**
 * The stages of a long step as they really run: which one is running now and how long each finished one took.
 * The owner calls `begin` when a stage starts (the previous one is then done) and `begin(null)` at the end.
 * A progress list shows the state per stage instead of one "loading…" line.
 */
export type StageState = 'done' | 'running' | 'waiting';

export class StageTimer<S extends string> {
  current = $state<S | null>(null);
  millis = $state<Partial<Record<S, number>>>({});
  #started = 0;

  begin(stage: S | null): void {
    const now = performance.now();
    if (this.current) this.millis = { ...this.millis, [this.current]: now - this.#started };
    this.current = stage;
    this.#started = now;
  }

  reset(): void {
    this.current = null;
    this.millis = {};
  }

  stateOf(stage: S): StageState {
    return this.current === stage ? 'running' : this.millis[stage] !== undefined ? 'done' : 'waiting';
  }
}
