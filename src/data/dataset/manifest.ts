/**
 * Parses and checks `manifest.json` (docs/data-contract.md). A manifest comes from an untrusted URL or a dropped
 * file, so every field is checked and table paths may only point inside the dataset's own prefix.
 */
import { CONTRACT_ID, TABLE_NAMES, type Manifest, type ManifestTable } from '../contract.ts';
import { InputError } from '../../core/errors.ts';
import { hasControlCharacter, quoteForMessage } from '../../core/message-value.ts';

const TABLE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * One limit for manifest.json however it arrives (URL, dropped file, CLI path): it lists tables, not data, so
 * 1 MiB is thousands of times what a real one needs, and reading it cannot stall the tab.
 */
export const MANIFEST_MAX_BYTES = 1 << 20;
/**
 * At most this many tables: the contract has a dozen, a warehouse export a few more. A manifest listing 3,000
 * made the load run for minutes in the browser and the CLI, one request per table.
 */
export const MANIFEST_MAX_TABLES = 64;

/** Refuses a manifest larger than MANIFEST_MAX_BYTES before it is read (a dropped file, a file on disk). */
export function checkManifestSize(bytes: number, source = 'manifest.json'): void {
  if (bytes > MANIFEST_MAX_BYTES) {
    throw new InputError(
      `${source}: ${(bytes / 1048576).toFixed(1)} MiB is larger than the 1 MiB limit for manifest.json (it lists the tables, not their data)`,
      'manifest-too-large',
    );
  }
}

export function parseManifest(text: string, source = 'manifest.json'): Manifest {
  // A string's length never exceeds its UTF-8 size, so this holds whoever decoded the bytes.
  checkManifestSize(text.length, source);
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) {
    throw new InputError(
      `${source}: got an HTML page instead of JSON — the URL probably points to a web page or a missing file (a static host's fallback page). Check the dataset URL.`,
      'manifest-html',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${source}: not valid JSON (${(e as Error).message})`, 'manifest-json');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError(`${source}: must be a JSON object with "contract" and "tables"`, 'manifest-shape');
  }
  const m = raw as Record<string, unknown>;
  if (m.contract !== CONTRACT_ID) {
    throw new InputError(
      `${source}: "contract" is ${JSON.stringify(m.contract)}; this app reads "${CONTRACT_ID}" datasets`,
      'manifest-contract',
    );
  }
  if (!m.tables || typeof m.tables !== 'object' || Array.isArray(m.tables)) {
    throw new InputError(
      `${source}: "tables" must be an object of {"<table>": {"path": "<file>.parquet"}}`,
      'manifest-shape',
    );
  }
  const entries = Object.entries(m.tables as Record<string, unknown>);
  if (entries.length > MANIFEST_MAX_TABLES) {
    throw new InputError(
      `${source}: lists ${entries.length} tables; a dataset may have at most ${MANIFEST_MAX_TABLES} (the contract has ${TABLE_NAMES.length}). List only the dataset's own tables.`,
      'manifest-tables',
    );
  }
  const tables: Record<string, ManifestTable> = {};
  for (const [name, value] of entries) {
    if (!TABLE_NAME.test(name))
      throw new InputError(
        `${source}: table name ${JSON.stringify(name)} must be snake_case`,
        'manifest-shape',
      );
    const t = value as Record<string, unknown> | null;
    if (!t || typeof t.path !== 'string') {
      throw new InputError(`${source}: tables.${name}.path must be a file name`, 'manifest-shape');
    }
    const problem = tablePathProblem(t.path);
    if (problem) {
      throw new InputError(
        `${source}: tables.${name}.path ${quoteForMessage(t.path)} ${problem}; it must be a relative path inside the dataset folder (no "..", no scheme, no leading "/")`,
        'manifest-path',
      );
    }
    if (t.rows !== undefined && !(Number.isInteger(t.rows) && (t.rows as number) >= 0)) {
      throw new InputError(`${source}: tables.${name}.rows must be a non-negative integer`, 'manifest-shape');
    }
    if (t.sha256 !== undefined && !(typeof t.sha256 === 'string' && /^[0-9a-fA-F]{64}$/.test(t.sha256))) {
      throw new InputError(`${source}: tables.${name}.sha256 must be 64 hex digits`, 'manifest-shape');
    }
    tables[name] = {
      path: t.path,
      rows: t.rows as number | undefined,
      sha256: (t.sha256 as string | undefined)?.toLowerCase(),
    };
  }
  return {
    contract: CONTRACT_ID,
    name: typeof m.name === 'string' ? m.name : 'dataset',
    created: typeof m.created === 'string' ? m.created : '',
    tables,
  };
}

/**
 * Why a manifest table path is unsafe, or null. The check runs on what a URL parser would see, not on the raw
 * string: WHATWG URL parsing drops tabs and newlines anywhere, trims leading/trailing C0 controls and spaces,
 * and decodes `%2e` to `.` when it resolves dot segments — so `%2e%2e/x`, `\t/\t/host/x` and `java\tscript:` all
 * look harmless raw and are not. Controls and encoded dots/slashes have no use in a file name, so they are refused
 * outright; the scheme, root and `..` checks then run on the normalised text.
 */
export function tablePathProblem(p: string): string | null {
  if (p.length === 0) return 'is empty';
  if (p.length > 300) return 'is longer than 300 characters';
  if (hasControlCharacter(p)) return 'contains a control character (tab, newline, NUL …)';
  if (/%(2e|2f|5c|00)/i.test(p)) return 'contains an encoded dot or slash (%2e, %2f, %5c)';
  // With controls refused, the URL parser's only remaining normalisation is trimming spaces at both ends.
  if (p.trim() !== p) return 'starts or ends with a space';
  if (/^[a-z][a-z0-9+.-]*:/i.test(p)) return 'has a scheme (like https:)';
  if (p.startsWith('/') || p.includes('\\')) return 'starts at the root or contains a backslash';
  if (p.split('/').some((seg) => seg === '..' || seg === '.' || seg === ''))
    return 'has an empty, "." or ".." segment';
  return null;
}

/**
 * Resolves a table path against the dataset's URL prefix and checks the result, not the text: same origin as
 * the prefix and a pathname under the prefix's folder. `parseManifest` has already refused the known tricks;
 * this is the check that holds whatever a URL parser does with the next one.
 */
export function resolveInsidePrefix(prefix: string, path: string): string {
  const base = new URL(prefix);
  const folder = base.pathname.endsWith('/') ? base.pathname : base.pathname.replace(/[^/]*$/, '');
  let url: URL | null;
  try {
    url = new URL(path, base);
  } catch {
    url = null;
  }
  if (!url || url.origin !== base.origin || !url.pathname.startsWith(folder) || url.pathname === folder) {
    throw new InputError(
      `manifest.json: table path ${quoteForMessage(path)} resolves to ${url ? quoteForMessage(url.href) : 'no valid address'}, outside the dataset folder ${base.origin}${folder}`,
      'manifest-path',
    );
  }
  return url.href;
}
