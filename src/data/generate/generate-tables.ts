/**
 * Runs the whole sample generator into row sinks, in a fixed order (macro → exporters and their panel →
 * buyers → events → matches → web log), so that the same arguments always give the same rows. Pure apart
 * from the sinks: no clock, no Math.random, no I/O — usable in Node and, with memory sinks, in a browser.
 */
import type { TableName } from '../contract.ts';
import { makeBuyer, writeBuyerRows, type Buyer } from './buyers.ts';
import { planEvents, writeEventRows, type EventPlan } from './events.ts';
import { makeExporter, writeExporterRows, type Exporter } from './firms.ts';
import { buildMacro, type Macro } from './macro.ts';
import { generateMatches, writeMatchRows, type MatchRecord } from './matches.ts';
import { checkArgs, type GenerateArgs } from './options.ts';
import { simulateFirm, type FirmHistory } from './panel.ts';
import type { RowSink, SinkFactory, TruthTableName } from './sink.ts';
import { generateWeblog } from './weblog.ts';

export interface GeneratedWorld {
  args: GenerateArgs;
  macro: Macro;
  exporters: Exporter[];
  histories: FirmHistory[];
  buyers: Buyer[];
  plan: EventPlan;
  matches: MatchRecord[];
  sessions: number;
}

export type Progress = (message: string) => void;

function writeMacroRows(macro: Macro, sinks: { country_macro: RowSink; world_macro: RowSink }): void {
  const codes = macro.countries.map((c) => c.code).sort();
  for (const code of codes) {
    for (let y = macro.firstYear; y <= macro.lastYear; y++) {
      const v = macro.country(code, y);
      sinks.country_macro.add([code, y, v.fx, v.crisis, v.importGrowth]);
    }
  }
  for (let y = macro.firstYear; y <= macro.lastYear; y++) {
    sinks.world_macro.add([y, macro.oil(y), macro.rawMaterial(y)]);
  }
}

/** Generates every table of the contract plus the truth tables into the sinks that `sinkFor` returns. */
export function generateTables(
  argsIn: GenerateArgs,
  sinkFor: SinkFactory,
  progress: Progress = () => {},
): GeneratedWorld {
  const args = checkArgs(argsIn);
  const sink = (t: TableName | TruthTableName) => sinkFor(t);
  const macro = buildMacro(args.seed, args.startYear, args.endYear);
  writeMacroRows(macro, { country_macro: sink('country_macro'), world_macro: sink('world_macro') });

  progress(`exporters: ${args.exporters} firms × ${args.endYear - args.startYear + 1} years`);
  const exporters: Exporter[] = [];
  const histories: FirmHistory[] = [];
  const takenNames = new Set<string>();
  const firmSinks = {
    exporters: sink('exporters'),
    exporter_products: sink('exporter_products'),
    exporter_targets: sink('exporter_targets'),
  };
  const panelSinks = {
    firm_years: sink('firm_years'),
    exports: sink('exports'),
    'truth-continuation': sink('truth-continuation'),
  };
  for (let i = 0; i < args.exporters; i++) {
    const e = makeExporter(args, i, takenNames);
    writeExporterRows(e, args, firmSinks);
    histories.push(simulateFirm(e, args, macro, panelSinks));
    exporters.push(e);
  }

  progress(`buyers: ${args.buyers}`);
  const buyers: Buyer[] = [];
  const takenBuyerNames = new Set<string>();
  const buyerSinks = {
    buyers: sink('buyers'),
    buyer_interests: sink('buyer_interests'),
    buyer_prefs: sink('buyer_prefs'),
  };
  for (let i = 0; i < args.buyers; i++) {
    const b = makeBuyer(args, i, takenBuyerNames);
    writeBuyerRows(b, buyerSinks);
    buyers.push(b);
  }

  progress('events, matches and web log');
  const plan = planEvents(args, exporters, histories, buyers);
  writeEventRows(plan, exporters, buyers, {
    events: sink('events'),
    event_participants: sink('event_participants'),
  });
  const pop = { args, exporters, histories, buyers };
  const matches = generateMatches(pop, plan);
  writeMatchRows(matches, pop, { matches: sink('matches'), 'truth-matches': sink('truth-matches') });
  const sessions = generateWeblog(pop, plan, matches, sink('weblog'));
  return { args, macro, exporters, histories, buyers, plan, matches, sessions };
}
