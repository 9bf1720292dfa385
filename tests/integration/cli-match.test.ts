/**
 * The `match` and `evaluate-matching` commands as outside checks call them
 * (docs/architecture.md#command-line-contract): spawned with tsx on the sample; exact JSON keys, one JSON object on
 * stdout, the same seed gives the same list, unknown ids exit 2 naming them without a stack trace, `--all` serves
 * every participant of an event.
 */
import { describe, expect, it } from 'vitest';
import { VARIABLE_IDS } from '../../src/core/matching/index.ts';
import { runCliSync } from './helpers/cli-runner.ts';

const SAMPLE = 'data-samples/sample';

const cli = (...args: string[]) => runCliSync(args);

interface Item {
  id: string;
  name: string;
  score: number;
  parts: Record<string, number>;
}

function checkItem(it: Item): void {
  expect(Object.keys(it)).toEqual(['id', 'name', 'score', 'parts']);
  expect(typeof it.id).toBe('string');
  expect(typeof it.name).toBe('string');
  expect(it.score).toBeGreaterThan(0);
  expect(it.score).toBeLessThanOrEqual(1);
  expect(Object.keys(it.parts).sort()).toEqual([...VARIABLE_IDS, 'collaborative'].sort());
  for (const v of Object.values(it.parts)) {
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(1);
  }
}

describe('cli match', () => {
  it('prints exactly {"for","items"} with 10 items, and the same seed gives the same list', () => {
    const a = cli('match', '--data', SAMPLE, '--exporter', 'E000001', '--seed', '7', '--json');
    expect(a.code).toBe(0);
    const json = JSON.parse(a.stdout) as { for: { type: string; id: string }; items: Item[] };
    expect(Object.keys(json)).toEqual(['for', 'items']);
    expect(json.for).toEqual({ type: 'exporter', id: 'E000001' });
    expect(json.items).toHaveLength(10);
    json.items.forEach(checkItem);
    expect(new Set(json.items.map((i) => i.id)).size).toBe(10);
    const b = cli('match', '--data', SAMPLE, '--exporter', 'E000001', '--seed', '7', '--json');
    expect(b.stdout).toBe(a.stdout);
    const c = cli('match', '--data', SAMPLE, '--exporter', 'E000001', '--seed', '8', '--json');
    expect(JSON.parse(c.stdout).items.map((i: Item) => i.id)).not.toEqual(json.items.map((i) => i.id));
  });
  it('works from the buyer side, with --k and --event', () => {
    const r = cli('match', '--data', SAMPLE, '--buyer', 'B000001', '--k', '5', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { for: unknown; items: Item[] };
    expect(json.for).toEqual({ type: 'buyer', id: 'B000001' });
    expect(json.items).toHaveLength(5);
    json.items.forEach(checkItem);
  });
  it('unknown id: exit 2, the message names it, no stack trace, nothing on stdout', () => {
    const r = cli('match', '--data', SAMPLE, '--exporter', 'E999999', '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/E999999/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    const e = cli('match', '--data', SAMPLE, '--exporter', 'E000001', '--event', 'NOPE', '--json');
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/Unknown event id 'NOPE'/);
  });
  it('a firm with no eligible counterpart: exit 0, empty items, stderr says why', () => {
    const r = cli('match', '--data', SAMPLE, '--buyer', 'B000002', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ for: { type: 'buyer', id: 'B000002' }, items: [] });
    expect(r.stderr).toMatch(/bad credit/);
  });
  it('--event ID --all exporters: one list per participant', () => {
    const r = cli(
      'match',
      '--data',
      SAMPLE,
      '--event',
      'EV2024-CGF',
      '--all',
      'exporters',
      '--seed',
      '3',
      '--json',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { lists: { for: { type: string; id: string }; items: Item[] }[] };
    expect(Object.keys(json)).toEqual(['lists']);
    expect(json.lists).toHaveLength(350);
    for (const l of json.lists) {
      expect(Object.keys(l)).toEqual(['for', 'items']);
      expect(l.for.type).toBe('exporter');
      expect(l.items.length).toBeLessThanOrEqual(10);
      l.items.forEach(checkItem);
    }
    expect(json.lists.filter((l) => l.items.length === 10).length).toBeGreaterThan(300);
    const bad = cli('match', '--data', SAMPLE, '--all', 'exporters', '--json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--all needs --event/);
  });
});

describe('cli evaluate-matching', () => {
  it('prints exactly the contract keys, for the latest event by default', () => {
    const r = cli('evaluate-matching', '--data', SAMPLE, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown> & {
      models: Record<string, Record<string, number>>;
      reverse: Record<string, Record<string, number>>;
      cold_start: Record<string, Record<string, number>>;
    };
    expect(Object.keys(json)).toEqual(['k', 'event', 'models', 'reverse', 'cold_start']);
    expect(json.k).toBe(10);
    expect(json.event).toBe('EV2024-CGF');
    for (const t of [json.models, json.reverse, json.cold_start]) {
      expect(Object.keys(t)).toEqual(['hybrid', 'random', 'popularity', 'content', 'cf']);
      for (const m of Object.values(t)) {
        expect(Object.keys(m)).toEqual([
          'precision',
          'recall',
          'ndcg',
          'map',
          'hit_rate',
          'coverage',
          'exposure_gini',
        ]);
      }
    }
    expect(json.models.hybrid.ndcg).toBeGreaterThan(json.models.content.ndcg);
    expect(json.reverse.hybrid.ndcg).toBeGreaterThan(json.reverse.content.ndcg);
  });
  it('unknown event: exit 2 naming it', () => {
    const r = cli('evaluate-matching', '--data', SAMPLE, '--event', 'EV1999', '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/EV1999/);
  });
});
