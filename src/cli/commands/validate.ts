/**
 * `validate PATH [--json]`: loads a dataset folder, manifest.json or single .parquet file into native
 * DuckDB and checks it against the contract. Exit 0 when valid (warnings allowed), 2 when it has errors.
 */
import { NodeEngine } from '../../data/engine/engine-native.node.ts';
import { planFromPath } from '../../data/dataset/plan-dir.node.ts';
import { nativeInsert } from '../../data/dataset/insert-native.node.ts';
import { loadDataset } from '../../data/dataset/load-dataset.ts';
import { formatFinding } from '../../data/validate/validation-report.ts';
import { parseCliArgs } from '../cli-args.ts';
import { printJson, type CliCommand } from '../cli-command.ts';
import { InputError } from '../../core/errors.ts';

const usage = 'validate PATH [--json]   (PATH = dataset folder, manifest.json or a .parquet file)';

export const command: CliCommand = {
  name: 'validate',
  summary: 'Check a dataset against the data contract export-intel/1.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(argv, { json: { type: 'boolean' } }, usage, true);
    if (positionals.length !== 1) throw new InputError(`expected exactly one PATH\nusage: ${usage}`, 'usage');
    const plan = await planFromPath(positionals[0]);
    const isSingleFile = positionals[0].toLowerCase().endsWith('.parquet');
    const engine = await NodeEngine.create();
    try {
      const result = await loadDataset(plan, {
        engine,
        insertFile: nativeInsert(engine),
        partial: isSingleFile,
      });
      const { report } = result;
      if (values.json) {
        printJson(io, {
          ok: report.ok,
          dataset: plan.name,
          tables: report.tables,
          errors: report.errors,
          warnings: report.warnings,
        });
      }
      for (const f of [...report.errors, ...report.warnings]) io.err(formatFinding(f));
      io.err(
        report.ok
          ? `valid: ${report.tables.length} tables, ${report.tables.reduce((s, t) => s + t.rows, 0)} rows` +
              (report.warnings.length ? `, ${report.warnings.length} warning(s)` : '')
          : `invalid: ${report.errors.length} error(s), ${report.warnings.length} warning(s)`,
      );
      return report.ok ? 0 : 2;
    } finally {
      await engine.close();
    }
  },
};
