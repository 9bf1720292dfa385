/**
 * `match` (docs/architecture.md#command-line-contract): the random top max 10 (랜덤한 상위 MAX 10) for one exporter or
 * buyer, or for every participant of an event at once.
 *
 *   match --data DIR (--exporter ID | --buyer ID) [--k 10] [--seed N] [--event ID] [--json]
 *     json: {"for":{"type","id"},"items":[{"id","name","score","parts":{"<variable>":score,...}}]}
 *   match --data DIR --event ID --all exporters|buyers [--k 10] [--seed N] --json
 *     json: {"lists":[{"for":{"type","id"},"items":[...]}, ...]}
 *
 * Same seed, same list (--seed defaults to 1; give another for a fresh draw). --event limits both sides to the
 * event's participants. With --all, the participants are served in id order and every list shown raises the
 * exposure of its members, so the exposure boost spreads the fair's meetings (fair opportunity); each party's
 * draw uses the seed hashed with its id. "parts" has every variable's sub-score plus "collaborative".
 * Exit 0 (an empty list is not an error: stderr says why and what to do), 2 bad input (unknown id, event or
 * option: the message names it), 1 internal error.
 */
import { InputError } from '../../core/errors.ts';
import { escapeControls } from '../../core/message-value.ts';
import { hashSeed } from '../../core/random.ts';
import type { Engine } from '../../data/engine/engine.ts';
import { emptyReasonText, explainEmptyList } from '../../data/matching/empty-list-reason.ts';
import { findEvent, listEvents, liveAsOf } from '../../data/matching/events.ts';
import {
  buildMatchingModel,
  candidateLists,
  partyIndex,
  type MatchingModel,
} from '../../data/matching/matching-model.ts';
import { DEFAULT_RULES, type PartyType } from '../../data/matching/matching-types.ts';
import { DEFAULT_SAMPLING, recommend, type RecommendedItem } from '../../data/matching/recommend.ts';
import { recommendAll } from '../../data/matching/recommend-all.ts';
import { intOption, parseCliArgs, requireOption } from '../cli-args.ts';
import { printJson, type CliCommand, type CliIO } from '../cli-command.ts';
import { openDataset } from '../open-dataset.ts';

const USAGE =
  'npm run --silent cli -- match --data DIR (--exporter ID | --buyer ID) [--k 10] [--seed N] [--event ID] [--json]\n' +
  '       npm run --silent cli -- match --data DIR --event ID --all exporters|buyers [--k 10] [--seed N] --json';

interface ItemJson {
  id: string;
  name: string;
  score: number;
  parts: Record<string, number>;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

export function itemJson(it: RecommendedItem): ItemJson {
  const parts: Record<string, number> = {};
  for (const [k, v] of Object.entries(it.parts)) if (v !== undefined) parts[k] = round(v);
  return { id: it.id, name: it.name, score: round(it.score), parts };
}

export const command: CliCommand = {
  name: 'match',
  summary:
    'Random top max 10 (랜덤한 상위 MAX 10) buyers for an exporter, exporters for a buyer, or every participant of an event.',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values } = parseCliArgs(
      argv,
      {
        data: { type: 'string' },
        exporter: { type: 'string' },
        buyer: { type: 'string' },
        all: { type: 'string' },
        event: { type: 'string' },
        k: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      USAGE,
    );
    const dir = requireOption(values.data, 'data', USAGE);
    const k = intOption(values.k, 'k', DEFAULT_SAMPLING.k, 1);
    if (k > 100) throw new InputError(`--k must be at most 100, got ${k}\nusage: ${USAGE}`, 'usage');
    const seed = intOption(values.seed, 'seed', 1, 0);
    if (seed > 0xffffffff) throw new InputError(`--seed must be at most 4294967295, got ${seed}`, 'usage');
    const chosen = [values.exporter, values.buyer, values.all].filter((v) => v !== undefined).length;
    if (chosen !== 1) {
      throw new InputError(
        `give exactly one of --exporter ID, --buyer ID or --all exporters|buyers\nusage: ${USAGE}`,
        'usage',
      );
    }
    if (values.all !== undefined) {
      if (values.all !== 'exporters' && values.all !== 'buyers')
        throw new InputError(
          `--all must be "exporters" or "buyers", got "${values.all}"\nusage: ${USAGE}`,
          'usage',
        );
      if (values.event === undefined)
        throw new InputError(`--all needs --event ID\nusage: ${USAGE}`, 'usage');
    }
    const engine = await openDataset(dir);
    try {
      const events = await listEvents(engine);
      const eventId = values.event === undefined ? null : findEvent(events, values.event).id;
      const model = await buildMatchingModel(engine, await liveAsOf(engine));
      if (values.all !== undefined) {
        return await runAll(
          engine,
          model,
          values.all === 'exporters' ? 'exporter' : 'buyer',
          eventId as string,
          k,
          seed,
          values.json,
          io,
        );
      }
      const type: PartyType = values.exporter !== undefined ? 'exporter' : 'buyer';
      const id = (values.exporter ?? values.buyer) as string;
      partyIndex(model, type, id);
      if (eventId !== null) await requireParticipant(engine, eventId, type, id);
      const filters = { eventId };
      const [list] = await candidateLists(engine, model, type, [id], DEFAULT_RULES, filters);
      const exposure = type === 'exporter' ? model.pastExposure.buyers : model.pastExposure.exporters;
      const items = recommend(list, {}, { ...DEFAULT_SAMPLING, k, seed }, exposure);
      if (items.length === 0) {
        const reason = await explainEmptyList(engine, type, id, DEFAULT_RULES, filters, model.asOf);
        io.err(emptyReasonText(type, id, reason));
      }
      if (values.json) printJson(io, { for: { type, id }, items: items.map(itemJson) });
      else printTable(io, type, id, items, list.candidates.length, seed);
      return 0;
    } finally {
      await engine.close();
    }
  },
};

async function requireParticipant(
  engine: Engine,
  eventId: string,
  type: PartyType,
  id: string,
): Promise<void> {
  const [r] = await engine.query<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM event_participants WHERE event_id = ? AND party_type = ? AND party_id = ?`,
    [eventId, type, id],
  );
  if (r.n === 0) {
    throw new InputError(
      `${type} '${id}' did not take part in event '${eventId}': leave out --event, or choose an event it attended.`,
      'not-in-event',
    );
  }
}

async function runAll(
  engine: Engine,
  model: MatchingModel,
  type: PartyType,
  eventId: string,
  k: number,
  seed: number,
  json: boolean,
  io: CliIO,
): Promise<number> {
  const rows = await engine.query<{ party_id: string }>(
    `SELECT DISTINCT party_id FROM event_participants WHERE event_id = ? AND party_type = ? ORDER BY party_id`,
    [eventId, type],
  );
  const table = type === 'exporter' ? model.directory.exporters : model.directory.buyers;
  const ids = rows.map((r) => r.party_id).filter((id) => table.index.has(id));
  if (ids.length < rows.length)
    io.err(`${rows.length - ids.length} ${type} participant(s) of ${eventId} are not in ${type}s; skipped.`);
  if (ids.length === 0) io.err(`event '${eventId}' has no ${type} participants: nothing to match.`);
  const started = performance.now();
  const lists = await candidateLists(engine, model, type, ids, DEFAULT_RULES, { eventId });
  // Exposure: the past (web log, requests) plus every list produced so far in this run.
  const exposure = Float64Array.from(
    type === 'exporter' ? model.pastExposure.buyers : model.pastExposure.exporters,
  );
  const out = recommendAll(lists, {}, { ...DEFAULT_SAMPLING, k, seed }, exposure).map((l) => ({
    for: { type, id: l.focusId },
    items: l.items,
  }));
  const empty = out.filter((l) => l.items.length === 0).length;
  io.err(
    `${out.length} lists for the ${type}s of ${eventId} in ${Math.round(performance.now() - started)} ms` +
      (empty ? `; ${empty} empty (no eligible counterpart: run match --${type} ID for the reason)` : ''),
  );
  if (json) printJson(io, { lists: out.map((l) => ({ for: l.for, items: l.items.map(itemJson) })) });
  else for (const l of out) printTable(io, type, l.for.id, l.items, -1, hashSeed(l.for.id, seed));
  return 0;
}

function printTable(
  io: CliIO,
  type: PartyType,
  id: string,
  items: RecommendedItem[],
  eligible: number,
  seed: number,
): void {
  const lines = [
    `${type} ${escapeControls(id)}: ${items.length} recommended${eligible >= 0 ? ` of ${eligible} eligible` : ''} (seed ${seed})`,
  ];
  items.forEach((it, i) => {
    const p = it.parts;
    lines.push(
      `${String(i + 1).padStart(2)}. ${escapeControls(it.id)}  ${it.score.toFixed(3)}  ${escapeControls(it.name)}` +
        `   product ${p.product?.toFixed(2) ?? '–'}  price ${p.price?.toFixed(2) ?? '–'}  cf ${p.collaborative?.toFixed(2) ?? '–'}`,
    );
  });
  io.out(lines.join('\n') + '\n');
}
