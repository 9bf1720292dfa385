/**
 * Overseas buyers: profile (country, age, size, bad credit), what they source (HS prefixes of 2, 4 or 6
 * digits with a target price and quantity), their wishes about partners, and two hidden traits used by
 * matching: popularity (how many exporters ask them; a few are very popular) and latent taste v_b.
 */
import { COUNTRIES } from './countries.ts';
import { productsOf, type HsProduct } from './hs-codes.ts';
import { INDUSTRIES, type Industry } from './industries.ts';
import { buyerName } from './buyer-names.ts';
import type { GenerateArgs } from './options.ts';
import {
  WeightedPicker,
  bernoulli,
  clamp,
  logNormal,
  padId,
  pickWeighted,
  roundTo,
  stream,
  type Rng,
} from './rng.ts';
import type { RowSink } from './sink.ts';
import { drawTaste } from './taste.ts';

export interface BuyerInterest {
  /** HS prefix (2, 4 or 6 digits). */
  prefix: string;
  /** The price the buyer really aims at (US$/unit); published as target_price_usd unless NULL. */
  refPrice: number;
  targetPrice: number | null;
  quantity: number | null;
}

export interface BuyerPrefs {
  origin: string | null;
  minFoundedYears: number | null;
  needsCertification: boolean | null;
}

export interface Buyer {
  idx: number;
  id: string;
  name: string;
  country: string;
  founded: number | null;
  employees: number | null;
  revenue: number | null;
  badCredit: boolean;
  /** null for general merchandise buyers (interests across two industries). */
  industry: Industry | null;
  interests: BuyerInterest[];
  prefs: BuyerPrefs | null;
  /** ln popularity: log-weight of being asked for a meeting. */
  logPopularity: number;
  taste: Float64Array;
}

export const GENERAL_MERCHANDISE = 'General merchandise';

const COUNTRY_PICKER = new WeightedPicker(
  COUNTRIES.filter((c) => c.buyerWeight > 0).map((c) => c.code),
  COUNTRIES.filter((c) => c.buyerWeight > 0).map((c) => c.buyerWeight),
);
const INDUSTRY_PICKER = new WeightedPicker(
  INDUSTRIES,
  INDUSTRIES.map((i) => i.weight),
);

export function buyerId(i: number, n: number): string {
  return padId('B', i + 1, Math.max(6, String(n).length));
}

function roundSig(x: number): number {
  const p = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, x))) - 1);
  return Math.max(1, Math.round(x / p) * p);
}

function pickInterests(rng: Rng, industries: readonly Industry[], priceAttitude: number): BuyerInterest[] {
  const n = pickWeighted(rng, [1, 2, 3, 4], [0.35, 0.35, 0.2, 0.1]);
  const out: BuyerInterest[] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < n && tries < n * 6; tries++) {
    const industry = industries[rng.int(industries.length)];
    const all = productsOf(industry.key);
    const hs: HsProduct = pickWeighted(
      rng,
      all,
      all.map((p) => p.weight),
    );
    const len = pickWeighted(rng, [6, 4, 2], [0.45, 0.35, 0.2]);
    const prefix = hs.code.slice(0, len);
    // A broader prefix already covers a narrower one of the same buyer.
    if ([...seen].some((s) => prefix.startsWith(s) || s.startsWith(prefix))) continue;
    seen.add(prefix);
    const refPrice = roundTo(hs.price * Math.exp(priceAttitude + 0.25 * rng.normal()), hs.price < 5 ? 2 : 1);
    out.push({
      prefix,
      refPrice,
      targetPrice: bernoulli(rng, 0.1) ? null : refPrice,
      quantity: bernoulli(rng, 0.15) ? null : roundSig(logNormal(rng, Math.log(25_000 / hs.price), 0.8)),
    });
  }
  return out;
}

export function makeBuyer(args: GenerateArgs, i: number, takenNames: Set<string>): Buyer {
  const id = buyerId(i, args.buyers);
  const rng = stream(args.seed, `buyer:${id}`);
  const country = COUNTRY_PICKER.pick(rng);
  const general = bernoulli(rng, 0.12);
  const industry = INDUSTRY_PICKER.pick(rng);
  let industries: Industry[] = [industry];
  if (general) {
    const second = INDUSTRY_PICKER.pick(rng);
    if (second !== industry) industries = [industry, second];
  }
  const priceAttitude = 0.3 * rng.normal();
  const interests = pickInterests(rng, industries, priceAttitude);
  const zRevenue = rng.normal();
  const revenue = clamp(Math.round(Math.exp(Math.log(2e7) + 1.3 * zRevenue) / 1000) * 1000, 5e5, 5e9);
  const employees = Math.max(3, Math.round((revenue / 2.5e5) * Math.exp(0.4 * rng.normal())));
  const age = logNormal(rng, Math.log(18), 0.7);
  const founded = clamp(Math.round(args.endYear - 1 - age), 1900, args.endYear - 1);
  const crisisCountry = ['RU', 'UA', 'MM', 'AF', 'TR'].includes(country);
  const badCredit = bernoulli(rng, crisisCountry ? 0.1 : 0.035);
  let logPopularity = 0.5 * zRevenue + 0.8 * rng.normal();
  if (bernoulli(rng, 0.02)) logPopularity += 2.5; // a few famous retailers everybody asks
  const hasPrefs = bernoulli(rng, 0.75);
  const prefs: BuyerPrefs | null = hasPrefs
    ? {
        origin: bernoulli(rng, 0.6) ? 'KR' : null,
        minFoundedYears: bernoulli(rng, 0.65) ? null : pickWeighted(rng, [3, 5, 10], [0.4, 0.4, 0.2]),
        needsCertification: ((u) => (u < 0.25 ? true : u < 0.7 ? false : null))(rng.next()),
      }
    : null;
  const taste = drawTaste(rng, args.seed);

  const nameRng = stream(args.seed, `buyer-name:${id}`);
  let name = buyerName(nameRng, country);
  for (let tries = 0; takenNames.has(name) && tries < 12; tries++)
    name = buyerName(nameRng, country, tries >= 2);
  takenNames.add(name);

  const published = stream(args.seed, `buyer-rows:${id}`);
  return {
    idx: i,
    id,
    name,
    country,
    founded: bernoulli(published, 0.05) ? null : founded,
    employees: bernoulli(published, 0.1) ? null : employees,
    revenue: bernoulli(published, 0.12) ? null : revenue,
    badCredit,
    industry: industries.length > 1 ? null : industry,
    interests,
    prefs,
    logPopularity,
    taste,
  };
}

export function writeBuyerRows(
  b: Buyer,
  sinks: { buyers: RowSink; buyer_interests: RowSink; buyer_prefs: RowSink },
): void {
  sinks.buyers.add([
    b.id,
    b.name,
    b.country,
    b.founded,
    b.employees,
    b.revenue,
    b.badCredit,
    b.industry ? b.industry.buyerLabel : GENERAL_MERCHANDISE,
  ]);
  for (const it of b.interests) sinks.buyer_interests.add([b.id, it.prefix, it.targetPrice, it.quantity]);
  if (b.prefs)
    sinks.buyer_prefs.add([b.id, b.prefs.origin, b.prefs.minFoundedYears, b.prefs.needsCertification]);
}
