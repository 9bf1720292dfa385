/**
 * Finding a firm on every screen that lists firms (matching, continuity, consulting, the meeting schedule): by
 * Korean name ("(주)에이치엠코스메틱"), romanised or English name ("HM Cosmetic Co., Ltd.") or id. Names are
 * compared in a normalised form — Unicode NFKC, lower case, legal forms ((주), 주식회사, Co., Ltd., Inc. …) and
 * spaces/punctuation removed — so "에이치엠 코스메틱", "hm cosmetic" and "E000001" all find the same firm.
 * Ranking: exact id, exact name, name prefix, word prefix, name substring, id prefix, id substring, then a
 * substring of the extra words (industry, region as shown); shorter names first among equals (the closer
 * match), then by id. `filter` keeps the caller's order, for lists that have an order of their own.
 */
export interface SearchableFirm {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string | null;
  /** Other words the firm is found by (its industry or region as the screen shows them). */
  readonly extra?: readonly (string | null)[];
}

export interface FirmSearchHit {
  /** Index in the array given to createFirmSearch. */
  readonly index: number;
  readonly score: number;
}

const LEGAL_FORMS = [
  '주식회사',
  '(주)',
  '㈜',
  '유한회사',
  '(유)',
  'co.,ltd.',
  'co., ltd.',
  'co.,ltd',
  'co. ltd.',
  'company limited',
  'corporation',
  'limited',
  'ltd.',
  'ltd',
  'inc.',
  'inc',
  'corp.',
  'corp',
  'llc',
  'gmbh',
  'pty',
  'sdn. bhd.',
  'sdn bhd',
  's.a.',
  'sarl',
  'a.ş.',
  'jsc',
];

/** Lower case, NFKC, without legal forms, spaces or punctuation. */
export function normaliseName(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  for (const f of LEGAL_FORMS) s = s.split(f).join(' ');
  return s.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Words of a name (for word-prefix matches such as "cosmetic" in "HM Cosmetic Co., Ltd."). */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((w) => w.length > 0);
}

interface Entry {
  id: string;
  keys: string[];
  extra: string[];
  words: string[];
  length: number;
}

export interface FirmSearch {
  search(query: string, limit?: number): FirmSearchHit[];
  /** Indices of every firm the query finds, in the order given (all of them for an empty query). */
  filter(query: string): number[];
}

export function createFirmSearch(firms: readonly SearchableFirm[]): FirmSearch {
  const entries: Entry[] = firms.map((p) => {
    const keys = [normaliseName(p.name)];
    if (p.nameEn) keys.push(normaliseName(p.nameEn));
    return {
      id: p.id.toLowerCase(),
      keys: keys.filter((k) => k.length > 0),
      extra: (p.extra ?? []).map((x) => (x ? normaliseName(x) : '')).filter((k) => k.length > 0),
      words: [...words(p.name), ...(p.nameEn ? words(p.nameEn) : [])],
      length: p.name.length,
    };
  });
  const scoreAll = (query: string): FirmSearchHit[] => {
    const raw = query.trim().toLowerCase();
    const q = normaliseName(query);
    if (raw.length === 0) return [];
    const hits: FirmSearchHit[] = [];
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      let score = 0;
      if (e.id === raw) score = 100;
      else if (q.length > 0) {
        for (const k of e.keys) {
          if (k === q) score = Math.max(score, 90);
          else if (k.startsWith(q)) score = Math.max(score, 70);
          else if (k.includes(q)) score = Math.max(score, 50);
        }
        if (score < 60 && e.words.some((w) => w.startsWith(raw))) score = 60;
        if (score === 0 && e.id.startsWith(raw)) score = 40;
        else if (score === 0 && e.id.includes(raw)) score = 35;
        if (score === 0 && e.extra.some((k) => k.includes(q))) score = 30;
      }
      if (score > 0) hits.push({ index: i, score });
    }
    return hits;
  };
  return {
    search(query: string, limit = 20): FirmSearchHit[] {
      const hits = scoreAll(query);
      hits.sort(
        (a, b) =>
          b.score - a.score ||
          entries[a.index].length - entries[b.index].length ||
          (entries[a.index].id < entries[b.index].id ? -1 : 1),
      );
      return hits.slice(0, Math.max(0, limit));
    },
    filter(query: string): number[] {
      if (query.trim().length === 0) return entries.map((_, i) => i);
      return scoreAll(query)
        .map((h) => h.index)
        .sort((a, b) => a - b);
    },
  };
}
