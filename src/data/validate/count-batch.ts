/**
 * Many counts in one statement: each check adds a one-row subquery (one scan of its table for all of
 * that table's rules), unnested to (id, count) rows, and the batch is their UNION ALL, so validating a
 * whole dataset is a single query. DuckDB-WASM pays a fixed price per statement (and much more on the
 * first execution in a fresh instance), so ~60 small queries cost seconds at start-up where one costs a
 * fraction of that. (A CROSS JOIN of the one-row subqueries gives one wide row but costs 3× more — the
 * join-order optimizer works through ~40 relations — and UNPIVOT ran out of memory.) Ids are numbers
 * generated here, never data.
 */
import type { Engine } from '../engine/engine.ts';

export class CountBatch {
  private readonly parts: string[] = [];
  private next = 0;

  /** Adds `SELECT <exprs> FROM <from>` (one row); returns the id of each expression's count. */
  add(from: string, exprs: readonly string[]): number[] {
    const ids = exprs.map(() => this.next++);
    const select = exprs.map((e, i) => `(${e})::DOUBLE AS c${ids[i]}`).join(', ');
    this.parts.push(
      `SELECT unnest([${ids.join(', ')}]) AS k, unnest([${ids.map((i) => `c${i}`).join(', ')}]) AS n ` +
        `FROM (SELECT ${select} FROM ${from})`,
    );
    return ids;
  }

  /** Runs every count at once; a batch with nothing in it runs nothing. */
  async run(engine: Engine): Promise<(id: number) => number> {
    if (this.parts.length === 0) return () => 0;
    const rows = await engine.query<{ k: number; n: number }>(this.parts.join('\nUNION ALL\n'));
    const counts = new Map(rows.map((r) => [r.k, r.n]));
    return (id) => counts.get(id) ?? 0;
  }
}
