/**
 * After a dataset passes validation, rewrites each contract table with the contract's column types
 * (so every analysis SQL can rely on them: years INTEGER, money DOUBLE, ids VARCHAR …), adds absent
 * optional columns as typed NULLs, and creates absent optional tables empty. Extra columns are kept.
 */
import { CONTRACT } from '../contract.ts';
import { ident, type Engine } from '../engine.ts';
import { describeTable } from './validate-dataset.ts';

export async function conformDataset(
  engine: Engine,
  schema: string,
  loadedTables: readonly string[],
): Promise<void> {
  const s = ident(schema);
  for (const spec of CONTRACT) {
    const t = `${s}.${ident(spec.name)}`;
    if (!loadedTables.includes(spec.name)) {
      const cols = spec.columns.map((c) => `${ident(c.name)} ${c.type}`).join(', ');
      await engine.exec(`CREATE OR REPLACE TABLE ${t} (${cols})`);
      continue;
    }
    const described = await describeTable(engine, schema, spec.name);
    const typeOf = new Map(described.map((c) => [c.name, c.type]));
    // Already in contract shape (the usual case for exports of our own tools): nothing to rewrite.
    if (spec.columns.every((c) => typeOf.get(c.name) === c.type)) continue;
    const present = new Set(typeOf.keys());
    const select = spec.columns.map((c) =>
      present.has(c.name)
        ? `CAST(${ident(c.name)} AS ${c.type}) AS ${ident(c.name)}`
        : `NULL::${c.type} AS ${ident(c.name)}`,
    );
    for (const name of present) {
      if (!spec.columns.some((c) => c.name === name)) select.push(ident(name));
    }
    await engine.exec(`CREATE OR REPLACE TABLE ${t} AS SELECT ${select.join(', ')} FROM ${t}`);
  }
}
