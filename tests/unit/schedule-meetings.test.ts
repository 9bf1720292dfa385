/**
 * The meeting scheduler: hand-worked small cases, then fast-check properties on random inputs against a
 * brute-force reference (every subset of pairs) for optimality and fair spread.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scheduleMeetings } from '../../src/core/schedule/schedule-meetings.ts';
import type { Schedule, ScheduleInput, SchedulePair } from '../../src/core/schedule/schedule-types.ts';
import { isInputError } from '../../src/core/errors.ts';

const pair = (exporter: string, buyer: string, id = `${exporter}-${buyer}`): SchedulePair => ({
  id,
  exporter,
  buyer,
});

/** Checks the hard rules and returns nothing: no double booking, caps, only input pairs, all accounted for. */
function checkHardRules(input: ScheduleInput, s: Schedule): void {
  const inputIds = new Set(input.pairs.map((p) => p.id));
  const seen = new Set<string>();
  const eSlot = new Set<string>();
  const bSlot = new Set<string>();
  const eLoad = new Map<string, number>();
  const bLoad = new Map<string, number>();
  for (const m of s.meetings) {
    expect(inputIds.has(m.pair.id)).toBe(true);
    expect(m.slot).toBeGreaterThanOrEqual(0);
    expect(m.slot).toBeLessThan(input.slots);
    const ek = `${m.pair.exporter}@${m.slot}`;
    const bk = `${m.pair.buyer}@${m.slot}`;
    expect(eSlot.has(ek), `exporter ${ek} double-booked`).toBe(false);
    expect(bSlot.has(bk), `buyer ${bk} double-booked`).toBe(false);
    eSlot.add(ek);
    bSlot.add(bk);
    eLoad.set(m.pair.exporter, (eLoad.get(m.pair.exporter) ?? 0) + 1);
    bLoad.set(m.pair.buyer, (bLoad.get(m.pair.buyer) ?? 0) + 1);
    seen.add(m.pair.id);
  }
  const cap = (caps: ReadonlyMap<string, number> | undefined, id: string) =>
    Math.min(caps?.get(id) ?? input.defaultCap ?? input.slots, input.slots);
  for (const [id, n] of eLoad) expect(n).toBeLessThanOrEqual(cap(input.exporterCaps, id));
  for (const [id, n] of bLoad) expect(n).toBeLessThanOrEqual(cap(input.buyerCaps, id));
  for (const u of s.unscheduled) {
    expect(seen.has(u.pair.id)).toBe(false);
    seen.add(u.pair.id);
  }
  expect(seen.size).toBe(input.pairs.length);
}

/** Every valid selection of the (deduplicated) pairs: within min(cap, slots) per party. Small inputs only. */
function validSelections(
  input: ScheduleInput,
): { e: Map<string, number>; b: Map<string, number>; n: number }[] {
  const pairs = dedupe(input.pairs);
  const lim = (caps: ReadonlyMap<string, number> | undefined, id: string) =>
    Math.min(caps?.get(id) ?? input.defaultCap ?? input.slots, input.slots);
  const out = [];
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const e = new Map<string, number>();
    const b = new Map<string, number>();
    let n = 0;
    let ok = true;
    for (let i = 0; i < pairs.length && ok; i++) {
      if (!(mask & (1 << i))) continue;
      const p = pairs[i];
      e.set(p.exporter, (e.get(p.exporter) ?? 0) + 1);
      b.set(p.buyer, (b.get(p.buyer) ?? 0) + 1);
      ok =
        e.get(p.exporter)! <= lim(input.exporterCaps, p.exporter) &&
        b.get(p.buyer)! <= lim(input.buyerCaps, p.buyer);
      n++;
    }
    if (ok) out.push({ e, b, n });
  }
  return out;
}

const truncatedSum = (loads: Iterable<number>, k: number): number => {
  let t = 0;
  for (const l of loads) t += Math.min(l, k);
  return t;
};

function dedupe(pairs: readonly SchedulePair[]): SchedulePair[] {
  const seen = new Set<string>();
  return pairs.filter((p) => {
    const k = `${p.exporter}|${p.buyer}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

describe('scheduleMeetings: hand-worked cases', () => {
  it('puts a party’s meetings in different slots', () => {
    const input = { pairs: [pair('E1', 'B1'), pair('E1', 'B2'), pair('E2', 'B1')], slots: 2 };
    const s = scheduleMeetings(input);
    checkHardRules(input, s);
    expect(s.meetings).toHaveLength(3);
    const slotOf = Object.fromEntries(s.meetings.map((m) => [m.pair.id, m.slot]));
    expect(slotOf['E1-B1']).not.toBe(slotOf['E1-B2']);
    expect(slotOf['E1-B1']).not.toBe(slotOf['E2-B1']);
    expect(s.unscheduled).toEqual([]);
  });

  it('needs an alternating-path swap for the last meeting (König) and still uses only 2 slots', () => {
    // A 4-cycle E1-B1-E2-B2 plus ordering that forces the first three edges into a conflicting colouring.
    const input = {
      pairs: [pair('E1', 'B1'), pair('E2', 'B2'), pair('E2', 'B1'), pair('E1', 'B2')],
      slots: 2,
    };
    const s = scheduleMeetings(input);
    checkHardRules(input, s);
    expect(s.meetings).toHaveLength(4);
  });

  it('respects max_meetings and lists who was full', () => {
    const input: ScheduleInput = {
      pairs: [pair('E1', 'B1'), pair('E1', 'B2'), pair('E1', 'B3')],
      slots: 16,
      exporterCaps: new Map([['E1', 2]]),
    };
    const s = scheduleMeetings(input);
    checkHardRules(input, s);
    expect(s.meetings).toHaveLength(2);
    expect(s.unscheduled).toEqual([{ pair: pair('E1', 'B3'), reason: 'exporter-full' }]);
    expect(s.exporters).toEqual([{ id: 'E1', meetings: 2, accepted: 3, limit: 2 }]);
  });

  it('more accepted meetings than slots: a partial schedule with the rest listed, not an error', () => {
    const pairs = Array.from({ length: 5 }, (_, i) => pair('E1', `B${i}`));
    const s = scheduleMeetings({ pairs, slots: 3 });
    expect(s.meetings).toHaveLength(3);
    expect(s.unscheduled.map((u) => u.reason)).toEqual(['exporter-full', 'exporter-full']);
    expect(s.exporters[0].limit).toBe(3);
  });

  it('gives first meetings before second ones: the busy buyer does not take everyone', () => {
    // B1 is wanted by E1, E2, E3 (cap 2). E1 can also meet B2. Max = 3 meetings, and every exporter gets one.
    const input: ScheduleInput = {
      pairs: [pair('E1', 'B1'), pair('E2', 'B1'), pair('E1', 'B2'), pair('E3', 'B1')],
      slots: 4,
      buyerCaps: new Map([['B1', 2]]),
    };
    const s = scheduleMeetings(input);
    checkHardRules(input, s);
    expect(s.meetings).toHaveLength(3);
    expect(s.exporters.every((e) => e.meetings >= 1)).toBe(true);
    expect(s.unscheduled).toEqual([{ pair: pair('E1', 'B1'), reason: 'buyer-full' }]);
  });

  it('meets a pair accepted twice only once', () => {
    const s = scheduleMeetings({ pairs: [pair('E1', 'B1', 'm1'), pair('E1', 'B1', 'm2')], slots: 4 });
    expect(s.meetings.map((m) => m.pair.id)).toEqual(['m1']);
    expect(s.unscheduled).toEqual([{ pair: pair('E1', 'B1', 'm2'), reason: 'duplicate' }]);
  });

  it('a cap of 0 means no meetings for that party', () => {
    const s = scheduleMeetings({ pairs: [pair('E1', 'B1')], slots: 4, buyerCaps: new Map([['B1', 0]]) });
    expect(s.meetings).toEqual([]);
    expect(s.unscheduled[0].reason).toBe('buyer-full');
  });

  it('spreads meetings over the slots instead of filling the first ones', () => {
    const pairs = Array.from({ length: 8 }, (_, i) => pair(`E${i}`, `B${i}`));
    const s = scheduleMeetings({ pairs, slots: 4 });
    expect(s.perSlot).toEqual([2, 2, 2, 2]);
  });

  it('refuses a bad slot count or cap with a clear InputError', () => {
    for (const slots of [0, -1, 1.5, NaN, 5000]) {
      try {
        scheduleMeetings({ pairs: [pair('E1', 'B1')], slots });
        expect.unreachable();
      } catch (e) {
        expect(isInputError(e)).toBe(true);
        expect((e as Error).message).toMatch(/slots/);
      }
    }
    expect(() =>
      scheduleMeetings({ pairs: [pair('E1', 'B1')], slots: 3, exporterCaps: new Map([['E1', -2]]) }),
    ).toThrow(/max_meetings for E1/);
  });

  it('handles no pairs', () => {
    const s = scheduleMeetings({ pairs: [], slots: 16 });
    expect(s.meetings).toEqual([]);
    expect(s.perSlot).toHaveLength(16);
  });
});

/** Random small fairs: up to 5 exporters × 5 buyers, up to 12 distinct pairs (brute force stays cheap). */
const smallFair = fc
  .record({
    edges: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), {
      maxLength: 12,
      selector: ([a, b]) => `${a}-${b}`,
    }),
    dup: fc.boolean(),
    slots: fc.integer({ min: 1, max: 5 }),
    eCaps: fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }), {
      minLength: 5,
      maxLength: 5,
    }),
    bCaps: fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }), {
      minLength: 5,
      maxLength: 5,
    }),
  })
  .map(({ edges, dup, slots, eCaps, bCaps }) => {
    const pairs = edges.map(([e, b], i) => pair(`E${e}`, `B${b}`, `m${i}`));
    if (dup && pairs.length) pairs.push({ ...pairs[0], id: 'dup' });
    const caps = (xs: (number | undefined)[], prefix: string) =>
      new Map(xs.flatMap((c, i) => (c === undefined ? [] : [[`${prefix}${i}`, c] as [string, number]])));
    return {
      pairs,
      slots,
      exporterCaps: caps(eCaps, 'E'),
      buyerCaps: caps(bCaps, 'B'),
    } satisfies ScheduleInput;
  });

describe('scheduleMeetings: properties on random fairs', () => {
  it('never double-books, respects max_meetings, schedules only accepted pairs, accounts for every pair', () => {
    fc.assert(
      fc.property(smallFair, (input) => {
        checkHardRules(input, scheduleMeetings(input));
      }),
      { numRuns: 500 },
    );
  });

  it('holds the most meetings any conflict-free schedule can (brute force)', () => {
    fc.assert(
      fc.property(smallFair, (input) => {
        const best = Math.max(...validSelections(input).map((v) => v.n));
        expect(scheduleMeetings(input).meetings).toHaveLength(best);
      }),
      { numRuns: 300 },
    );
  });

  it('fair spread for exporters: for every k, Σ min(meetings, k) is the best of any valid schedule', () => {
    fc.assert(
      fc.property(smallFair, (input) => {
        const s = scheduleMeetings(input);
        const all = validSelections(input);
        for (let k = 1; k <= input.slots; k++) {
          const best = Math.max(...all.map((v) => truncatedSum(v.e.values(), k)));
          expect(
            truncatedSum(
              s.exporters.map((l) => l.meetings),
              k,
            ),
          ).toBe(best);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fair spread for buyers: the same, among schedules giving each exporter its count', () => {
    fc.assert(
      fc.property(smallFair, (input) => {
        const s = scheduleMeetings(input);
        const counts = new Map(s.exporters.filter((l) => l.meetings > 0).map((l) => [l.id, l.meetings]));
        const same = validSelections(input).filter(
          (v) => v.e.size === counts.size && [...v.e].every(([id, n]) => counts.get(id) === n),
        );
        for (let k = 1; k <= input.slots; k++) {
          const best = Math.max(...same.map((v) => truncatedSum(v.b.values(), k)));
          expect(
            truncatedSum(
              s.buyers.map((l) => l.meetings),
              k,
            ),
          ).toBe(best);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every unscheduled pair has a full side (so no pair could be added)', () => {
    fc.assert(
      fc.property(smallFair, (input) => {
        const s = scheduleMeetings(input);
        const load = (loads: Schedule['exporters'], id: string) => loads.find((l) => l.id === id)!;
        for (const u of s.unscheduled) {
          if (u.reason === 'duplicate') continue;
          const e = load(s.exporters, u.pair.exporter);
          const b = load(s.buyers, u.pair.buyer);
          expect(e.meetings >= e.limit || b.meetings >= b.limit).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('large random fairs: hard rules hold with hundreds of parties and thousands of pairs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 20 }),
        (seed, slots) => {
          let x = seed;
          const rnd = (n: number) => {
            x = (Math.imul(x, 1103515245) + 12345) >>> 0;
            return x % n;
          };
          const pairs = Array.from({ length: 3000 }, (_, i) => pair(`E${rnd(300)}`, `B${rnd(200)}`, `m${i}`));
          const exporterCaps = new Map(
            Array.from({ length: 300 }, (_, i) => [`E${i}`, rnd(13)] as [string, number]),
          );
          const input = { pairs, slots, exporterCaps, buyerCaps: new Map([['B0', 1]]) };
          checkHardRules(input, scheduleMeetings(input));
        },
      ),
      { numRuns: 15 },
    );
  });
});
