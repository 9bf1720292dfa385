/**
 * Booth-mode self-check: is every asset the app needs offline in the service worker's precache, and
 * does the engine start? Reads Cache Storage directly, so it reports what is really on this laptop,
 * not what the build intended.
 */
export interface AssetCheck {
  /** What the asset is for, as a message key suffix (booth.asset.*). */
  kind: 'engine-wasm' | 'engine-worker' | 'parquet-wasm' | 'decode-worker' | 'app' | 'font' | 'sample';
  url: string;
  cached: boolean;
  bytes?: number;
}

export interface OfflineReadiness {
  serviceWorker: 'unsupported' | 'none' | 'installing' | 'active';
  controlled: boolean;
  assets: AssetCheck[];
  cachedEntries: number;
  storage?: { usage: number; quota: number; persisted: boolean };
}

function kindOf(url: string): AssetCheck['kind'] | null {
  const path = new URL(url).pathname;
  if (/duckdb-eh.*\.wasm$/.test(path)) return 'engine-wasm';
  if (/duckdb-browser-eh\.worker.*\.js$/.test(path)) return 'engine-worker';
  if (/parquet_wasm_bg.*\.wasm$/.test(path)) return 'parquet-wasm';
  if (/decode\.worker.*\.js$/.test(path)) return 'decode-worker';
  if (/\/data\/sample\//.test(path)) return 'sample';
  if (/\.woff2$/.test(path)) return 'font';
  if (/\/index\.html$|\/assets\/index.*\.(js|css)$/.test(path)) return 'app';
  return null;
}

export async function checkOfflineReadiness(): Promise<OfflineReadiness> {
  const result: OfflineReadiness = {
    serviceWorker: 'unsupported',
    controlled: false,
    assets: [],
    cachedEntries: 0,
  };
  if (!('serviceWorker' in navigator) || !('caches' in globalThis)) return result;
  const reg = await navigator.serviceWorker.getRegistration();
  result.serviceWorker = !reg ? 'none' : reg.active ? 'active' : 'installing';
  result.controlled = !!navigator.serviceWorker.controller;
  for (const name of await caches.keys()) {
    if (!name.includes('precache')) continue;
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      result.cachedEntries++;
      const kind = kindOf(req.url);
      if (!kind) continue;
      const res = await cache.match(req);
      const length = Number(res?.headers.get('content-length') ?? NaN);
      result.assets.push({
        kind,
        url: req.url.split('?')[0],
        cached: !!res,
        bytes: Number.isFinite(length) ? length : undefined,
      });
    }
  }
  if (navigator.storage?.estimate) {
    const e = await navigator.storage.estimate();
    const persisted = (await navigator.storage.persisted?.()) ?? false;
    result.storage = { usage: e.usage ?? 0, quota: e.quota ?? 0, persisted };
  }
  return result;
}

/** The kinds the app cannot work without offline; the check fails when one is missing. */
export const REQUIRED_KINDS: readonly AssetCheck['kind'][] = [
  'engine-wasm',
  'engine-worker',
  'parquet-wasm',
  'decode-worker',
  'app',
  'sample',
];

export async function requestPersistentStorage(): Promise<boolean> {
  return (await navigator.storage?.persist?.()) ?? false;
}
