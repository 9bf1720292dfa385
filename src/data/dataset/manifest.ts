/**
 * Parses and checks `manifest.json` (DESIGN §4). A manifest comes from an untrusted URL or a dropped
 * file, so every field is checked and table paths may only point inside the dataset's own prefix.
 */
import { CONTRACT_ID, type Manifest, type ManifestTable } from '../contract.ts';
import { InputError } from '../../core/errors.ts';

const TABLE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

export function parseManifest(text: string, source = 'manifest.json'): Manifest {
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
  const tables: Record<string, ManifestTable> = {};
  for (const [name, value] of Object.entries(m.tables as Record<string, unknown>)) {
    if (!TABLE_NAME.test(name))
      throw new InputError(
        `${source}: table name ${JSON.stringify(name)} must be snake_case`,
        'manifest-shape',
      );
    const t = value as Record<string, unknown> | null;
    if (!t || typeof t.path !== 'string') {
      throw new InputError(`${source}: tables.${name}.path must be a file name`, 'manifest-shape');
    }
    if (!isSafeRelativePath(t.path)) {
      throw new InputError(
        `${source}: tables.${name}.path ${JSON.stringify(t.path)} must be a relative path inside the dataset (no "..", no scheme, no leading "/")`,
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

function isSafeRelativePath(p: string): boolean {
  if (p.length === 0 || p.length > 300) return false;
  if (p.startsWith('/') || p.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(p)) return false;
  return !p.split('/').some((seg) => seg === '..' || seg === '');
}
