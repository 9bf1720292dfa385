/**
 * Finding a firm by name for the matching screens: Korean names ("(주)에이치엠코스메틱"), romanised or English
 * names ("HM Cosmetic Co., Ltd."), or the id. Names are compared in a normalised form — Unicode NFKC, lower case,
 * legal forms ((주), 주식회사, Co., Ltd., Inc. …) and spaces/punctuation removed — so "에이치엠 코스메틱",
 * "hm cosmetic" and "E000001" all find the same firm. Ranking: exact id, exact name, name prefix, word prefix,
 * substring; shorter names first among equals (the closer match), then by id.
 */
export interface SearchableParty {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string | null;
}

export interface PartySearchHit {
  /** Index in the array given to createPartySearch. */
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
  words: string[];
  length: number;
}

export interface PartySearch {
  search(query: string, limit?: number): PartySearchHit[];
}

export function createPartySearch(parties: readonly SearchableParty[]): PartySearch {
  const entries: Entry[] = parties.map((p) => {
    const keys = [normaliseName(p.name)];
    if (p.nameEn) keys.push(normaliseName(p.nameEn));
    return {
      id: p.id.toLowerCase(),
      keys: keys.filter((k) => k.length > 0),
      words: [...words(p.name), ...(p.nameEn ? words(p.nameEn) : [])],
      length: p.name.length,
    };
  });
  return {
    search(query: string, limit = 20): PartySearchHit[] {
      const raw = query.trim().toLowerCase();
      const q = normaliseName(query);
      if (raw.length === 0) return [];
      const hits: PartySearchHit[] = [];
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
        }
        if (score > 0) hits.push({ index: i, score });
      }
      hits.sort(
        (a, b) =>
          b.score - a.score ||
          entries[a.index].length - entries[b.index].length ||
          (entries[a.index].id < entries[b.index].id ? -1 : 1),
      );
      return hits.slice(0, Math.max(0, limit));
    },
  };
}
