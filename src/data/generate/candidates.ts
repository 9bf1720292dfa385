/**
 * Shared by matches and the web log: the population the actors live in, an index of parties by HS
 * chapter to draw plausible counterparts quickly (100k firms), and the affinity parts of a pair in a year.
 */
import { affinityParts, type AffinityParts } from './affinity.ts';
import type { Buyer } from './buyers.ts';
import type { Exporter } from './firms.ts';
import type { GenerateArgs } from './options.ts';
import type { FirmHistory } from './panel.ts';
import { clamp, type Rng } from './rng.ts';

export interface Population {
  args: GenerateArgs;
  exporters: readonly Exporter[];
  histories: readonly FirmHistory[];
  buyers: readonly Buyer[];
}

/** Index of parties by HS chapter (2 digits), for drawing plausible candidates quickly. */
export class ChapterIndex {
  private readonly byChapter = new Map<string, number[]>();
  readonly all: number[] = [];
  add(idx: number, chapters: Iterable<string>): void {
    this.all.push(idx);
    for (const ch of new Set(chapters)) {
      let list = this.byChapter.get(ch);
      if (!list) this.byChapter.set(ch, (list = []));
      list.push(idx);
    }
  }
  /** Up to n distinct candidates sharing one of `chapters`, plus a few at random (people browse). */
  sample(rng: Rng, chapters: readonly string[], n: number, exclude?: ReadonlySet<number>): number[] {
    const out = new Set<number>();
    for (let tries = 0; tries < n * 3 && out.size < n; tries++) {
      const list = this.byChapter.get(chapters[rng.int(chapters.length)]);
      if (!list || list.length === 0) continue;
      const c = list[rng.int(list.length)];
      if (!exclude?.has(c)) out.add(c);
    }
    for (let i = 0; i < 3 && this.all.length > 0; i++) {
      const c = this.all[rng.int(this.all.length)];
      if (!exclude?.has(c)) out.add(c);
    }
    return [...out];
  }
}

export const exporterChapters = (e: Exporter): string[] => [
  ...new Set(e.products.map((p) => p.hs.code.slice(0, 2))),
];
export const buyerChapters = (b: Buyer): string[] => [
  ...new Set(b.interests.map((i) => i.prefix.slice(0, 2))),
];

export function pairParts(pop: Population, e: Exporter, b: Buyer, year: number): AffinityParts {
  const k = clamp(year - pop.args.startYear, 0, pop.args.endYear - pop.args.startYear);
  return affinityParts(
    e,
    { certifications: pop.histories[e.idx].certifications[k], age: year - e.founded },
    b,
  );
}
