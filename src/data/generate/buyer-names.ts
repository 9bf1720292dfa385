/**
 * Overseas buyer names in each country's usual business style and romanisation (e.g. "PT Sinar Jaya
 * Makmur", "Yamato Shoji Co., Ltd.", "Cong ty TNHH Thuong mai Minh Anh"), built from generic words so
 * that no real company is named.
 */
import { bernoulli, type Rng } from './rng.ts';

interface Style {
  words: readonly string[];
  kinds: readonly string[];
  forms: readonly string[];
  /** How the parts are put together; default "{word} {kind} {form}". */
  pattern?: (word: string, kind: string, form: string, rng: Rng) => string;
}

const anglo = (words: string[], forms: string[]): Style => ({
  words,
  kinds: ['Trading', 'Imports', 'Distribution', 'Brands', 'Retail Group', 'Supply', 'Wholesale', 'Sourcing'],
  forms,
});

// prettier-ignore
const STYLES: Readonly<Record<string, Style>> = {
  US: anglo(['Pacific', 'Golden Gate', 'Liberty', 'Evergreen', 'Summit', 'Harbor', 'Bluebird', 'Keystone', 'Lakeside', 'Prairie', 'Redwood', 'Hudson', 'Atlas', 'Beacon', 'Crescent', 'Magnolia', 'Silver Oak', 'Northstar'], ['Inc.', 'LLC', 'Corp.']),
  CA: anglo(['Maple', 'Northern', 'Laurentian', 'Cedar', 'True North', 'Rideau', 'Fraser', 'Algonquin'], ['Inc.', 'Ltd.']),
  GB: anglo(['Thames', 'Albion', 'Windsor', 'Kingsway', 'Penrose', 'Hawthorn', 'Mayfair', 'Cotswold'], ['Ltd', 'PLC']),
  AU: anglo(['Southern Cross', 'Coral', 'Eucalypt', 'Outback', 'Harbourside', 'Wattle', 'Banksia'], ['Pty Ltd']),
  SG: anglo(['Lion City', 'Merlion', 'Orchard', 'Straits', 'Marina', 'Temasek Bay'], ['Pte. Ltd.']),
  PH: anglo(['Mabuhay', 'Luzon', 'Visayas', 'Bayanihan', 'Sampaguita', 'Manila Bay'], ['Corporation', 'Inc.']),
  IN: { words: ['Ganga', 'Shree', 'Lotus', 'Deccan', 'Bharat', 'Saffron', 'Indus', 'Kaveri'], kinds: ['Traders', 'Imports', 'Enterprises', 'Retail'], forms: ['Pvt. Ltd.', 'LLP'] },
  JP: { words: ['Yamato', 'Sakura', 'Fuji', 'Hinode', 'Asahi', 'Midori', 'Kotobuki', 'Tokiwa', 'Daiichi', 'Marufuku', 'Hoshino', 'Nishikawa', 'Aozora'], kinds: ['Shoji', 'Trading', 'Bussan', 'Shokai'], forms: ['Co., Ltd.', 'K.K.'] },
  CN: {
    words: ['Huamei', 'Jinhai', 'Hongxing', 'Tianyi', 'Meilin', 'Xinda', 'Baifu', 'Haoyun', 'Ruixiang', 'Longsheng', 'Jiahe', 'Yuanda'],
    kinds: ['Trading', 'Import & Export', 'Commerce', 'Supply Chain'],
    forms: ['Co., Ltd.'],
    pattern: (w, k, f, rng) => `${['Shanghai', 'Guangzhou', 'Shenzhen', 'Hangzhou', 'Qingdao', 'Beijing', 'Yiwu', 'Tianjin', 'Chengdu'][rng.int(9)]} ${w} ${k} ${f}`,
  },
  HK: { words: ['Victoria', 'Kowloon', 'Harbour', 'Wing Lee', 'Tai Fung', 'Golden Dragon', 'Kam Wah'], kinds: ['Trading', 'Enterprises', 'Holdings'], forms: ['Limited', 'Co., Ltd.'] },
  TW: { words: ['Formosa', 'Jade', 'Hsin Yi', 'Da Tung', 'Fu Hsing', 'Chia Hua', 'Yung Sheng'], kinds: ['Trading', 'Enterprise', 'Industrial'], forms: ['Co., Ltd.'] },
  VN: {
    words: ['Minh Anh', 'Hoang Long', 'Phuong Nam', 'Thanh Dat', 'Viet Han', 'An Phat', 'Kim Ngan', 'Binh Minh', 'Duc Thinh'],
    kinds: ['Thuong mai', 'Xuat nhap khau', 'Phan phoi'],
    forms: ['Cong ty TNHH', 'Cong ty Co phan'],
    pattern: (w, k, f, rng) => (bernoulli(rng, 0.6) ? `${f} ${k} ${w}` : `${w} Trading Co., Ltd.`),
  },
  TH: { words: ['Siam', 'Chao Phraya', 'Rattana', 'Sukhothai', 'Thai Charoen', 'Lanna', 'Srisawat'], kinds: ['Trading', 'Distribution', 'Supply'], forms: ['Co., Ltd.'] },
  ID: {
    words: ['Sinar', 'Mitra', 'Cahaya', 'Maju', 'Sumber', 'Nusantara', 'Indah', 'Bintang'],
    kinds: ['Abadi', 'Jaya', 'Makmur', 'Sejahtera', 'Sentosa', 'Lestari'],
    forms: ['PT'],
    pattern: (w, k, f, rng) => `${f} ${w} ${k}${bernoulli(rng, 0.3) ? ' Indonesia' : ''}`,
  },
  MY: { words: ['Mutiara', 'Berjaya Maju', 'Harimau', 'Cempaka', 'Perdana', 'Seri Murni'], kinds: ['Trading', 'Marketing', 'Distribution'], forms: ['Sdn. Bhd.'] },
  DE: { words: ['Rhein', 'Nord', 'Alpen', 'Hansa', 'Schwarzwald', 'Elbe', 'Bavaria', 'Mosel'], kinds: ['Handel', 'Import', 'Vertrieb', 'Warenhandel'], forms: ['GmbH', 'GmbH & Co. KG'] },
  FR: {
    words: ['Lumière', 'Provence', 'Rivage', 'Atlantique', 'Loire', 'Azur', 'Belle Rive'],
    kinds: ['Distribution', 'Import', 'Commerce'],
    forms: ['SAS', 'SARL'],
    pattern: (w, k, f) => `${k} ${w} ${f}`,
  },
  AE: { words: ['Al Noor', 'Al Baraka', 'Gulf Star', 'Desert Rose', 'Al Wasl', 'Palm Crest', 'Falcon'], kinds: ['General Trading', 'Trading'], forms: ['L.L.C.', 'FZE'] },
  SA: { words: ['Al Rashid', 'Al Salam', 'Najd', 'Red Sea', 'Al Hijaz', 'Al Yamamah'], kinds: ['Trading'], forms: ['Est.', 'Co.'] },
  RU: {
    words: ['Severnaya', 'Volga', 'Ural', 'Baikal', 'Neva', 'Sibir', 'Zvezda', 'Amur'],
    kinds: ['Torg', 'Trade', 'Import', 'Opt'],
    forms: ['OOO'],
    pattern: (w, k, f) => `${f} ${w} ${k}`,
  },
  UA: { words: ['Dnipro', 'Karpaty', 'Sonyachna', 'Podillia', 'Slavuta'], kinds: ['Trade', 'Import'], forms: ['TOV'], pattern: (w, k, f) => `${f} ${w} ${k}` },
  MX: {
    words: ['Azteca', 'Sol', 'Maya', 'Pacífico', 'Jalisco', 'Sierra Madre'],
    kinds: ['Comercializadora', 'Importadora', 'Distribuidora'],
    forms: ['S.A. de C.V.'],
    pattern: (w, k, f) => `${k} ${w} ${f}`,
  },
  BR: { words: ['Paulista', 'Carioca', 'Amazonas', 'Atlântico', 'Cruzeiro', 'Ipanema'], kinds: ['Importadora', 'Comércio', 'Distribuidora'], forms: ['Ltda.'], pattern: (w, k, f) => `${k} ${w} ${f}` },
  KZ: { words: ['Almaty', 'Steppe', 'Altyn', 'Zhibek Zholy', 'Aksu', 'Saryarka'], kinds: ['Trade', 'Import', 'Group'], forms: ['LLP'] },
  MN: { words: ['Khangai', 'Tuul', 'Altai', 'Gobi', 'Erdene', 'Nomin Tal'], kinds: ['Trade', 'Trading'], forms: ['LLC'] },
  UZ: { words: ['Samarkand', 'Bukhara', 'Fergana', 'Navruz', 'Zarafshan', 'Turon'], kinds: ['Savdo', 'Trade'], forms: ['LLC', 'MChJ'] },
  TR: { words: ['Anadolu', 'Bosphorus', 'Ege', 'Marmara', 'Kapadokya', 'Toros'], kinds: ['Ticaret', 'Dış Ticaret', 'Pazarlama'], forms: ['A.Ş.', 'Ltd. Şti.'] },
  MM: { words: ['Golden Land', 'Irrawaddy', 'Shwe Pyi', 'Yadanar', 'Mandalar'], kinds: ['Trading', 'Distribution'], forms: ['Co., Ltd.'] },
  AF: { words: ['Ariana', 'Hindu Kush', 'Herat', 'Amu'], kinds: ['Trading'], forms: ['Co.', 'Ltd.'] },
};

const GENERIC: Style = anglo(['Global', 'Continental', 'Orient', 'Premier', 'Unity'], ['Ltd.']);

/** A buyer name; `compound` joins two name words (used to get past a name already taken). */
export function buyerName(rng: Rng, country: string, compound = false): string {
  const s = STYLES[country] ?? GENERIC;
  let w = s.words[rng.int(s.words.length)];
  if (compound) {
    const w2 = s.words[rng.int(s.words.length)];
    if (w2 !== w) w = `${w} ${w2}`;
  }
  const k = s.kinds[rng.int(s.kinds.length)];
  const f = s.forms[rng.int(s.forms.length)];
  return s.pattern ? s.pattern(w, k, f, rng) : `${w} ${k} ${f}`;
}
