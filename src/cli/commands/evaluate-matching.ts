/**
 * `evaluate-matching --data DIR [--event ID] [--k 10] [--json]` (docs/architecture.md#command-line-contract):
 * temporal hold-out by event — train on everything before the event (default: the latest), test on its accepted / met
 * / contracted pairs — with the full ranking over eligible candidates, for the hybrid and the baselines, both
 * directions and cold-start exporters.
 *
 * json (exactly these keys): {"k","event",
 *   "models":{"hybrid"|"random"|"popularity"|"content"|"cf":{"precision","recall","ndcg","map","hit_rate",
 *             "coverage","exposure_gini"}},      buyers recommended to exporters
 *   "reverse":{ same },                          exporters recommended to buyers
 *   "cold_start":{ same }}                       exporters with no match before the event
 * Exit 0; 2 bad input (unknown event, an event without participants or outcomes: the message says which);
 * 1 internal error.
 */
import { InputError } from '../../core/errors.ts';
import type { MetricSummary } from '../../core/matching/index.ts';
import { EVALUATED_MODELS, evaluateMatching, type ModelTable } from '../../data/matching/evaluation.ts';
import { intOption, parseCliArgs, requireOption } from '../cli-args.ts';
import { printJson, type CliCommand, type CliIO } from '../cli-command.ts';
import { openDataset } from '../open-dataset.ts';

const USAGE = 'npm run --silent cli -- evaluate-matching --data DIR [--event ID] [--k 10] [--json]';

const METRICS = ['precision', 'recall', 'ndcg', 'map', 'hit_rate', 'coverage', 'exposure_gini'] as const;
type MetricJson = Record<(typeof METRICS)[number], number | null>;

const round = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : null);

function metricJson(m: MetricSummary): MetricJson {
  return Object.fromEntries(METRICS.map((k) => [k, round(m[k])])) as MetricJson;
}

export function modelsJson(t: ModelTable): Record<string, MetricJson> {
  return Object.fromEntries(EVALUATED_MODELS.map((m) => [m, metricJson(t[m])]));
}

export const command: CliCommand = {
  name: 'evaluate-matching',
  summary:
    'Hold-out evaluation of the matching by event: hybrid vs random, popularity, content-only and CF-only.',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values } = parseCliArgs(
      argv,
      {
        data: { type: 'string' },
        event: { type: 'string' },
        k: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      USAGE,
    );
    const dir = requireOption(values.data, 'data', USAGE);
    const k = intOption(values.k, 'k', 10, 1);
    if (k > 100) throw new InputError(`--k must be at most 100, got ${k}\nusage: ${USAGE}`, 'usage');
    const engine = await openDataset(dir);
    try {
      const r = await evaluateMatching(engine, { eventId: values.event ?? null, k });
      io.err(
        `event ${r.event.id} (${r.event.name}, ${r.event.startDate}): ${r.counts.exporters} exporters, ` +
          `${r.counts.buyers} buyers, ${r.counts.relevantPairs} accepted/met/contracted pairs; ` +
          `${r.counts.coldExporters} cold-start exporters; CF ${r.cf.model.kind}, κ ${r.cf.kappa}; ` +
          `${Math.round(r.millis)} ms`,
      );
      if (values.json) {
        printJson(io, {
          k: r.k,
          event: r.event.id,
          models: modelsJson(r.models),
          reverse: modelsJson(r.reverse),
          cold_start: modelsJson(r.coldStart),
        });
      } else {
        for (const [title, t] of [
          ['buyers recommended to exporters', r.models],
          ['exporters recommended to buyers', r.reverse],
          ['cold-start exporters (no match before the event)', r.coldStart],
        ] as const) {
          io.out(`\n${title} (k = ${r.k}, ${t.hybrid.users} users with an outcome)\n`);
          io.out(`${'model'.padEnd(12)}${METRICS.map((m) => m.padStart(15)).join('')}\n`);
          for (const m of EVALUATED_MODELS) {
            io.out(
              `${m.padEnd(12)}${METRICS.map((x) => (round(t[m][x]) ?? NaN).toFixed(4).padStart(15)).join('')}\n`,
            );
          }
        }
      }
      return 0;
    } finally {
      await engine.close();
    }
  },
};
