/**
 * After a dataset passes validation, rewrites each contract table with the contract's column types
 * (so every analysis SQL can rely on them: years INTEGER, money DOUBLE, ids VARCHAR …), adds absent
 * optional columns as typed NULLs, and creates absent optional tables empty. Extra columns are kept.
 * Country codes the validation reported in lower case (rule `iso-case`) are upper-cased here, so joins
 * on country (exports × country_macro, buyer wishes) see one spelling.
 */
import { CONTRACT } from '../contract.ts';
import { ident, type Engine } from '../engine/engine.ts';
import { describeSchema } from './validate-dataset.ts';
import type { Finding } from './validation-report.ts';

export async function conformDataset(
  engine: Engine,
  schema: string,
  loadedTables: readonly string[],
  /** The report's warnings: those with rule `iso-case` say which columns to upper-case. */
  warnings: readonly Finding[] = [],
): Promise<void> {
  const s = ident(schema);
  const described = await describeSchema(engine, schema);
  const statements: string[] = [];
  for (const spec of CONTRACT) {
    const t = `${s}.${ident(spec.name)}`;
    if (!loadedTables.includes(spec.name)) {
      const cols = spec.columns.map((c) => `${ident(c.name)} ${c.type}`).join(', ');
      statements.push(`CREATE OR REPLACE TABLE ${t} (${cols})`);
      continue;
    }
    const typeOf = new Map((described.get(spec.name) ?? []).map((c) => [c.name, c.type]));
    // Already in contract shape (the usual case for exports of our own tools): nothing to rewrite.
    if (!spec.columns.every((c) => typeOf.get(c.name) === c.type)) {
      const select = spec.columns.map((c) =>
        typeOf.has(c.name)
          ? `CAST(${ident(c.name)} AS ${c.type}) AS ${ident(c.name)}`
          : `NULL::${c.type} AS ${ident(c.name)}`,
      );
      for (const name of typeOf.keys()) {
        if (!spec.columns.some((c) => c.name === name)) select.push(ident(name));
      }
      statements.push(`CREATE OR REPLACE TABLE ${t} AS SELECT ${select.join(', ')} FROM ${t}`);
    }
    for (const w of warnings) {
      if (w.rule !== 'iso-case' || w.table !== spec.name || !w.column) continue;
      const c = ident(w.column);
      statements.push(`UPDATE ${t} SET ${c} = upper(${c}) WHERE ${c} <> upper(${c})`);
    }
  }
  // One round trip: the empty optional tables and any rewrites run as one script.
  if (statements.length) await engine.exec(statements.join(';\n'));
}
