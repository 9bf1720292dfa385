/**
 * `generate --out DIR [--seed N] [--exporters N] [--buyers N] [--years 2015-2024] [--single-market]
 * [--continuation standard|history]`: writes a valid, deterministic sample dataset (manifest.json + one
 * Parquet file per contract table + truth.json).
 * Human messages go to stderr; nothing is printed on stdout.
 */
import { DEFAULT_ARGS, LIMITS, checkArgs, parseYearRange } from '../../data/generate/options.ts';
import { generateDataset } from '../../data/generate/write-dataset.node.ts';
import { InputError } from '../../core/errors.ts';
import { intOption, parseCliArgs, requireOption } from '../cli-args.ts';
import type { CliCommand } from '../cli-command.ts';
import { requireWritableDir } from '../writable-out.ts';

const usage =
  'generate --out DIR [--seed N] [--exporters N] [--buyers N] [--years 2015-2024] [--single-market] [--continuation standard|history]';

export const command: CliCommand = {
  name: 'generate',
  summary:
    `Write a deterministic sample dataset (defaults: seed ${DEFAULT_ARGS.seed}, ${DEFAULT_ARGS.exporters} exporters, ` +
    `${DEFAULT_ARGS.buyers} buyers, ${DEFAULT_ARGS.startYear}-${DEFAULT_ARGS.endYear}) with its planted truth.`,
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(
      argv,
      {
        out: { type: 'string' },
        seed: { type: 'string' },
        exporters: { type: 'string' },
        buyers: { type: 'string' },
        years: { type: 'string' },
        'single-market': { type: 'boolean', default: false },
        continuation: { type: 'string' },
      },
      usage,
      true,
    );
    if (positionals.length > 0)
      throw new InputError(`unexpected argument "${positionals[0]}"\nusage: ${usage}`, 'usage');
    const out = requireOption(values.out, 'out', usage);
    const years =
      values.years === undefined
        ? { startYear: DEFAULT_ARGS.startYear, endYear: DEFAULT_ARGS.endYear }
        : parseYearRange(values.years);
    const continuation = values.continuation ?? 'standard';
    if (continuation !== 'standard' && continuation !== 'history')
      throw new InputError(
        `--continuation must be standard or history, got "${continuation}"\nusage: ${usage}`,
        'usage',
      );
    const args = checkArgs({
      seed: intOption(values.seed, 'seed', DEFAULT_ARGS.seed, 0),
      exporters: intOption(values.exporters, 'exporters', DEFAULT_ARGS.exporters, LIMITS.minExporters),
      buyers: intOption(values.buyers, 'buyers', DEFAULT_ARGS.buyers, LIMITS.minBuyers),
      ...years,
      singleMarket: values['single-market'] === true,
      continuation,
    });
    await requireWritableDir(out);
    io.err(
      `generating: seed ${args.seed}, ${args.exporters} exporters, ${args.buyers} buyers, ` +
        `${args.startYear}-${args.endYear} → ${out}`,
    );
    const result = await generateDataset({ ...args, out, onProgress: (m) => io.err(`  ${m}`) });
    const rows = Object.values(result.manifest.tables).reduce((s, t) => s + (t.rows ?? 0), 0);
    io.err(
      `wrote ${Object.keys(result.manifest.tables).length} tables (${rows.toLocaleString('en-US')} rows) + truth, ` +
        `${(result.bytes / 1048576).toFixed(1)} MiB, in ${(result.elapsedMs / 1000).toFixed(1)} s: ${result.dir}`,
    );
    return 0;
  },
};
