/**
 * The candidates of one list — who each candidate is, for the cards, the CSV and the evaluation — kept as the
 * directory indices and HS columns they come from and made into a CandidateInfo object only when one is asked
 * for. A list shows ten; a fair's lists hold millions of candidates (3.35 million at 5,000 × 5,000), and one
 * object each was most of the scoring time and its garbage (issue 9 scope 2).
 */
import type { Value } from '../engine/engine.ts';
import type { CandidateInfo, PartyType } from './matching-types.ts';
import type { PartyDirectory } from './party-directory.ts';

/**
 * The text of the pair SQL's row q, read from `start` on: the ids (used when a party is not in the directory) and
 * the HS codes. Functions, so that the whole-fair path can format a code only for a row that is shown.
 */
export interface CandidateSource {
  exporterId(q: number): Value;
  buyerId(q: number): Value;
  productHs(q: number): Value;
  interestHs(q: number): Value;
}

/** The per-firm SQL's text columns as a source. */
export class TextColumnsSource implements CandidateSource {
  constructor(
    private readonly cols: {
      readonly exporterId: readonly Value[];
      readonly buyerId: readonly Value[];
      readonly productHs: readonly Value[];
      readonly interestHs: readonly Value[];
    },
  ) {}
  exporterId(q: number): Value {
    return this.cols.exporterId[q];
  }
  buyerId(q: number): Value {
    return this.cols.buyerId[q];
  }
  productHs(q: number): Value {
    return this.cols.productHs[q];
  }
  interestHs(q: number): Value {
    return this.cols.interestHs[q];
  }
}

const NO_ROWS: CandidateSource = new TextColumnsSource({
  exporterId: [],
  buyerId: [],
  productHs: [],
  interestHs: [],
});
const str = (v: Value): string | null => (v === null || v === undefined ? null : String(v));

export class CandidateRows {
  readonly length: number;

  /**
   * @param exporterIndex, buyerIndex directory index of each row's exporter and buyer (−1: not in the
   *   directory — then the SQL's id stands in for the name, as before)
   */
  constructor(
    private readonly directory: PartyDirectory,
    private readonly focusType: PartyType,
    private readonly exporterIndex: Int32Array,
    private readonly buyerIndex: Int32Array,
    private readonly source: CandidateSource,
    private readonly start: number,
  ) {
    this.length = exporterIndex.length;
  }

  static empty(directory: PartyDirectory, focusType: PartyType): CandidateRows {
    return new CandidateRows(directory, focusType, new Int32Array(0), new Int32Array(0), NO_ROWS, 0);
  }

  /** The candidate's id (no object made: the evaluation looks up every candidate of every list). */
  id(i: number): string {
    const exporter = this.focusType === 'buyer';
    const k = exporter ? this.exporterIndex[i] : this.buyerIndex[i];
    if (k >= 0) return (exporter ? this.directory.exporters : this.directory.buyers).ids[k];
    const q = this.start + i;
    return String(exporter ? this.source.exporterId(q) : this.source.buyerId(q));
  }

  at(i: number): CandidateInfo {
    if (!(i >= 0 && i < this.length)) throw new RangeError(`candidate ${i} of ${this.length}`);
    const exporter = this.focusType === 'buyer';
    const k = exporter ? this.exporterIndex[i] : this.buyerIndex[i];
    const other = exporter ? this.directory.exporters : this.directory.buyers;
    const j = this.buyerIndex[i];
    const id = this.id(i);
    const q = this.start + i;
    return {
      id,
      name: k >= 0 ? other.names[k] : id,
      nameEn: k >= 0 ? other.namesEn[k] : null,
      country: exporter ? 'KR' : j >= 0 ? this.directory.buyers.countries[j] : null,
      badCredit: j >= 0 && this.directory.buyers.badCredit[j] === 1,
      productHs: str(this.source.productHs(q)),
      interestHs: str(this.source.interestHs(q)),
    };
  }

  toArray(): CandidateInfo[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}
