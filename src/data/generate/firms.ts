/**
 * Exporter profiles: the static side of each firm (name, region, industry, founding year, products,
 * markets, wished markets) and its hidden traits (capability, stability, latent taste) that drive both the
 * yearly panel (panel.ts) and matching (affinity.ts). Each firm draws from its own random stream, so a
 * firm's profile does not depend on how many firms are generated.
 */
import { COUNTRIES } from './countries.ts';
import { productsOf, type HsProduct } from './hs-codes.ts';
import { INDUSTRIES, type Industry } from './industries.ts';
import { REGION_PICKER, REGION_SHORT, koreanFirmName, type KoreanFirmName } from './names-ko.ts';
import {
  WeightedPicker,
  bernoulli,
  clamp,
  intBetween,
  logNormal,
  padId,
  pickWeighted,
  roundTo,
  stream,
  type Rng,
} from './rng.ts';
import type { GenerateArgs } from './options.ts';
import type { RowSink } from './sink.ts';
import { drawTaste } from './taste.ts';

export type EntryKind = 'established' | 'late' | 'never';

export interface ExporterProduct {
  hs: HsProduct;
  /** The firm's unit price (US$); published as NULL for a few rows but always known here. */
  unitPrice: number;
}

export interface Exporter {
  idx: number;
  id: string;
  name: string;
  nameEn: string;
  region: string | null;
  /** Romanised stem for the web address. */
  slug: string;
  industry: Industry;
  founded: number;
  /** Hidden traits, N(0, 1). */
  capability: number;
  stability: number;
  /** ln(sales KRW) in the first year the firm is in the window. */
  logSales0: number;
  /** Sales per employee (KRW). */
  productivity: number;
  /** Share of sales exported in an exporting year. */
  exportShare: number;
  products: ExporterProduct[];
  /** Destination markets the firm starts with (1–6). */
  markets: string[];
  /** Wished markets (exporter_targets). */
  targets: string[];
  entry: EntryKind;
  /** First export year for 'late' firms. */
  entryYear: number | null;
  /** Firms with irregular reporting (random unobserved years). */
  gappy: boolean;
  /** First year the firm is no longer observed (closed, merged, left the database), if within the window. */
  dropoutYear: number | null;
  /** Latent taste u_e (matching). */
  taste: Float64Array;
}

export function exporterId(i: number, n: number): string {
  return padId('E', i + 1, Math.max(6, String(n).length));
}

const INDUSTRY_PICKER = new WeightedPicker(
  INDUSTRIES,
  INDUSTRIES.map((i) => i.weight),
);

const marketPickers = new Map<string, WeightedPicker<string>>();
/** Destination picker for an industry: base export weights times the industry's tilt. */
export function marketPicker(industry: Industry): WeightedPicker<string> {
  let p = marketPickers.get(industry.key);
  if (!p) {
    p = new WeightedPicker(
      COUNTRIES.map((c) => c.code),
      COUNTRIES.map((c) => c.exportWeight * (industry.marketTilt[c.code] ?? 1)),
    );
    marketPickers.set(industry.key, p);
  }
  return p;
}

function pickFounded(rng: Rng, args: GenerateArgs): number {
  const latest = args.endYear - 1;
  const earliest = args.startYear - 40;
  // About 15% young firms founded during the window (they start reporting, and exporting, late).
  if (bernoulli(rng, 0.15)) return intBetween(rng, Math.max(earliest, args.startYear - 1), latest);
  const age = logNormal(rng, Math.log(13), 0.6);
  return clamp(Math.round(args.startYear - 1 - age), earliest, args.startYear - 2);
}

function pickProducts(rng: Rng, industry: Industry, capability: number): ExporterProduct[] {
  const all = productsOf(industry.key);
  const n = pickWeighted(rng, [1, 2, 3, 4], [0.4, 0.3, 0.2, 0.1]);
  const picker = new WeightedPicker(
    all,
    all.map((p) => p.weight),
  );
  const firmLevel = 0.3 * rng.normal() + 0.08 * capability;
  return picker.distinct(rng, n).map((hs) => ({
    hs,
    unitPrice: roundTo(hs.price * Math.exp(firmLevel + 0.2 * rng.normal()), hs.price < 5 ? 2 : 1),
  }));
}

/**
 * A firm name not yet in `taken` when possible: first a plain name, then with the firm's region in front,
 * then any; drawn from the firm's own name stream so that collisions never shift its other traits.
 */
function uniqueName(
  args: GenerateArgs,
  id: string,
  industry: Industry,
  region: string | null,
  taken: Set<string>,
) {
  const rng = stream(args.seed, `firm-name:${id}`);
  let n: KoreanFirmName = koreanFirmName(rng, industry);
  for (let tries = 0; taken.has(n.name) && tries < 12; tries++) {
    const prefix = tries < 4 && region ? REGION_SHORT[region] : REGION_SHORT[REGION_PICKER.pick(rng)];
    n = koreanFirmName(rng, industry, prefix);
  }
  taken.add(n.name);
  return n;
}

export function makeExporter(args: GenerateArgs, i: number, takenNames: Set<string>): Exporter {
  const id = exporterId(i, args.exporters);
  const rng = stream(args.seed, `firm:${id}`);
  const industry = INDUSTRY_PICKER.pick(rng);
  const region = bernoulli(rng, 0.02) ? null : REGION_PICKER.pick(rng);
  const { name, nameEn, slug } = uniqueName(args, id, industry, region, takenNames);
  const founded = pickFounded(rng, args);
  const capability = rng.normal();
  const stability = rng.normal();
  const young = founded >= args.startYear - 1;
  const logSales0 = clamp(
    Math.log(5.5e9) + 0.95 * rng.normal() + 0.3 * stability + 0.2 * capability - (young ? 1.0 : 0),
    Math.log(0.5e9),
    Math.log(200e9),
  );
  const products = pickProducts(rng, industry, capability);
  const nMarkets = clamp(
    pickWeighted(rng, [1, 2, 3, 4, 5, 6], [0.25, 0.25, 0.2, 0.14, 0.1, 0.06]) + (capability > 1 ? 1 : 0),
    1,
    6,
  );
  const markets = marketPicker(industry).distinct(rng, nMarkets);
  const targets = pickTargets(rng, industry, markets);

  let entry: EntryKind;
  let entryYear: number | null = null;
  const firstLate = Math.max(args.startYear + 1, founded + 1);
  if (founded < args.startYear - 1) {
    const u = rng.next();
    entry = u < 0.72 ? 'established' : u < 0.9 ? 'late' : 'never';
  } else {
    entry = bernoulli(rng, 0.75) ? 'late' : 'never';
  }
  if (entry === 'late') {
    if (firstLate > args.endYear) entry = 'never';
    else entryYear = intBetween(rng, firstLate, args.endYear);
  }
  const gappy = bernoulli(rng, 0.15);
  let dropoutYear: number | null = null;
  for (let y = args.startYear + 1; y <= args.endYear; y++) {
    if (bernoulli(rng, 0.008)) {
      dropoutYear = y;
      break;
    }
  }
  const taste = drawTaste(rng, args.seed);
  return {
    idx: i,
    id,
    name,
    nameEn,
    region,
    slug,
    industry,
    founded,
    capability,
    stability,
    logSales0,
    productivity: logNormal(rng, Math.log(3.2e8), 0.35),
    exportShare: clamp((0.05 + 0.45 * rng.next()) * (1 + 0.2 * capability), 0.02, 0.8),
    products,
    markets,
    targets,
    entry,
    entryYear,
    gappy,
    dropoutYear,
    taste,
  };
}

function pickTargets(rng: Rng, industry: Industry, markets: readonly string[]): string[] {
  if (!bernoulli(rng, 0.85)) return [];
  const out = new Set<string>();
  for (const m of markets) if (out.size < 2 && bernoulli(rng, 0.5)) out.add(m);
  const extra = pickWeighted(rng, [1, 2, 3], [0.5, 0.35, 0.15]);
  const picker = marketPicker(industry);
  for (let tries = 0; tries < 20 && out.size < extra + Math.min(2, markets.length); tries++)
    out.add(picker.pick(rng));
  return [...out].slice(0, 4);
}

/** Writes the static exporter tables (exporters, exporter_products, exporter_targets) for one firm. */
export function writeExporterRows(
  e: Exporter,
  args: GenerateArgs,
  sinks: { exporters: RowSink; exporter_products: RowSink; exporter_targets: RowSink },
): void {
  // A separate stream for the published details, so they never shift the firm's behaviour.
  const rng = stream(args.seed, `firm-rows:${e.id}`);
  const homepage = bernoulli(rng, 0.6)
    ? `https://www.${e.slug}.${bernoulli(rng, 0.8) ? 'co.kr' : 'com'}`
    : null;
  sinks.exporters.add([
    e.id,
    e.name,
    bernoulli(rng, 0.08) ? null : e.nameEn,
    e.region,
    e.industry.ko,
    e.founded,
    homepage,
  ]);

  for (const p of e.products) {
    const scale = Math.exp(e.logSales0) / 1300 / p.unitPrice; // rough yearly units at ~1,300 KRW/US$
    const moq = Math.max(1, roundSig(Math.max(50, 3000 / p.unitPrice) * Math.exp(0.4 * rng.normal())));
    const capacity = Math.max(moq * 10, roundSig(scale * (0.6 + rng.next())));
    const name = bernoulli(rng, 0.15) ? p.hs.en : p.hs.ko;
    sinks.exporter_products.add([
      e.id,
      p.hs.code,
      name,
      bernoulli(rng, 0.05) ? null : p.unitPrice,
      bernoulli(rng, 0.1) ? null : moq,
      bernoulli(rng, 0.15) ? null : capacity,
    ]);
  }
  for (const c of e.targets) sinks.exporter_targets.add([e.id, c]);
}

/** Rounds to two significant digits (order quantities like 1,200 or 35,000). */
function roundSig(x: number): number {
  if (x <= 0) return 0;
  const p = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
  return Math.round(x / p) * p;
}
