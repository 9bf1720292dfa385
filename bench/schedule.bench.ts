/**
 * Benchmark (not a test): the meeting scheduler (src/core/schedule) on 20,000 accepted pairs over 16 slots
 * (one day of 30-minute meetings), the size, plus a tighter fair where demand exceeds the caps.
 *
 *   npx tsx bench/schedule.bench.ts [--reps N]
 *
 * For each case: the scheduler's time (median of `reps` after a warm-up), meetings placed, and the parties with
 * at least one meeting; against a plain first-fit greedy in the same run (each pair in input order takes the
 * first slot free for both, if both are under their cap) — fast, but neither maximal nor fair. The scheduler's
 * result is checked for double booking and caps on every run. Writes bench/results/schedule.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng } from '../src/core/random.ts';
import { scheduleMeetings } from '../src/core/schedule/schedule-meetings.ts';
import type { Schedule, ScheduleInput, SchedulePair } from '../src/core/schedule/schedule-types.ts';

const REPS = Number(process.argv[process.argv.indexOf('--reps') + 1]) || 9;
const HERE = fileURLToPath(new URL('.', import.meta.url));
const RESULTS = join(HERE, 'results', 'schedule.json');

interface Case {
  name: string;
  exporters: number;
  buyers: number;
  pairs: number;
  slots: number;
}
const CASES: Case[] = [
  { name: '20k pairs, 5k × 5k parties, 16 slots', exporters: 5000, buyers: 5000, pairs: 20_000, slots: 16 },
  {
    name: '20k pairs, 1.5k × 1.5k parties, 16 slots (over capacity)',
    exporters: 1500,
    buyers: 1500,
    pairs: 20_000,
    slots: 16,
  },
];

function makeInput(c: Case, seed: number): ScheduleInput {
  const rng = createRng(seed);
  // Popular buyers: a skewed choice, as at real fairs (a few buyers are asked by many).
  const pickBuyer = () => Math.floor(c.buyers * rng.next() ** 2);
  const seen = new Set<string>();
  const pairs: SchedulePair[] = [];
  while (pairs.length < c.pairs) {
    const e = rng.int(c.exporters);
    const b = pickBuyer();
    const key = `${e}|${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push({ id: `M${pairs.length}`, exporter: `E${e}`, buyer: `B${b}` });
  }
  const caps = (prefix: string, n: number) =>
    new Map(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, 4 + rng.int(9)] as [string, number]));
  return { pairs, slots: c.slots, exporterCaps: caps('E', c.exporters), buyerCaps: caps('B', c.buyers) };
}

function greedy(input: ScheduleInput): { meetings: number; exportersWith: number; buyersWith: number } {
  const busy = new Set<string>();
  const load = new Map<string, number>();
  let meetings = 0;
  for (const p of input.pairs) {
    const ek = `E:${p.exporter}`;
    const bk = `B:${p.buyer}`;
    const eCap = Math.min(input.exporterCaps?.get(p.exporter) ?? input.slots, input.slots);
    const bCap = Math.min(input.buyerCaps?.get(p.buyer) ?? input.slots, input.slots);
    if ((load.get(ek) ?? 0) >= eCap || (load.get(bk) ?? 0) >= bCap) continue;
    for (let s = 0; s < input.slots; s++) {
      if (busy.has(`${ek}@${s}`) || busy.has(`${bk}@${s}`)) continue;
      busy.add(`${ek}@${s}`);
      busy.add(`${bk}@${s}`);
      load.set(ek, (load.get(ek) ?? 0) + 1);
      load.set(bk, (load.get(bk) ?? 0) + 1);
      meetings++;
      break;
    }
  }
  const count = (prefix: string) => [...load.keys()].filter((k) => k.startsWith(prefix)).length;
  return { meetings, exportersWith: count('E:'), buyersWith: count('B:') };
}

function check(input: ScheduleInput, s: Schedule): void {
  const slot = new Set<string>();
  for (const m of s.meetings) {
    for (const k of [`E${m.pair.exporter}@${m.slot}`, `B${m.pair.buyer}@${m.slot}`]) {
      if (slot.has(k)) throw new Error(`double booking ${k}`);
      slot.add(k);
    }
  }
  for (const l of s.exporters)
    if (l.meetings > Math.min(input.exporterCaps?.get(l.id) ?? 99, input.slots)) throw new Error('cap');
  for (const l of s.buyers)
    if (l.meetings > Math.min(input.buyerCaps?.get(l.id) ?? 99, input.slots)) throw new Error('cap');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
for (const c of CASES) {
  const input = makeInput(c, 20250618);
  scheduleMeetings(input); // warm-up
  const times: number[] = [];
  let s: Schedule | null = null;
  for (let r = 0; r < REPS; r++) {
    const t0 = performance.now();
    s = scheduleMeetings(input);
    times.push(performance.now() - t0);
    check(input, s);
  }
  const gTimes: number[] = [];
  let g = greedy(input);
  for (let r = 0; r < REPS; r++) {
    const t0 = performance.now();
    g = greedy(input);
    gTimes.push(performance.now() - t0);
  }
  const sched = s!;
  results.push({
    case: c,
    scheduler: {
      ms: median(times),
      meetings: sched.meetings.length,
      unscheduled: sched.unscheduled.length,
      exportersWith: sched.exporters.filter((l) => l.meetings > 0).length,
      buyersWith: sched.buyers.filter((l) => l.meetings > 0).length,
    },
    greedy: { ms: median(gTimes), ...g },
  });
}

console.log(`Meeting scheduler, median of ${REPS} runs (node ${process.version}, ${cpus().length} cpus)`);
console.log(
  '| case | scheduler | meetings | exporters ≥1 | buyers ≥1 | first-fit greedy | meetings | exporters ≥1 | buyers ≥1 |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const s = r.scheduler;
  const g = r.greedy;
  console.log(
    `| ${r.case.name} | ${s.ms.toFixed(0)} ms | ${s.meetings.toLocaleString()} | ${s.exportersWith.toLocaleString()} | ${s.buyersWith.toLocaleString()} | ${g.ms.toFixed(0)} ms | ${g.meetings.toLocaleString()} | ${g.exportersWith.toLocaleString()} | ${g.buyersWith.toLocaleString()} |`,
  );
}
mkdirSync(join(HERE, 'results'), { recursive: true });
writeFileSync(
  RESULTS,
  JSON.stringify(
    {
      benchmark: 'schedule',
      when: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
      reps: REPS,
      results,
    },
    null,
    2,
  ),
);
console.log(`wrote ${RESULTS}`);
