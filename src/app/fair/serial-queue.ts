/**
 * Runs async jobs one after another. The fair screens rebuild `fair_live.current` and then read it; two
 * refreshes interleaving (a poll landing during a journal entry) would read a half-rebuilt view.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.tail.then(job, job);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
