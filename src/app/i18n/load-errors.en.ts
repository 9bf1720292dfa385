import type { loadErrorsKo } from './load-errors.ko.ts';

export const loadErrorsEn = {
  'load.details': 'Technical details',
  'load.err.network':
    'The data could not be fetched: the server is unreachable, it does not allow this page to read it (CORS: the bucket or server must send Access-Control-Allow-Origin for this site), or this deployment’s security policy does not list that address (ask the administrator to add it to EXPORT_INTEL_DATA_ORIGINS).',
  'load.err.http-404':
    'There is no file at that address (HTTP 404). Check the dataset address and the file paths in manifest.json.',
  'load.err.http-403': 'Access denied (HTTP 403). Make the objects public or use a presigned URL.',
  'load.err.http': 'The server refused the request. Check the address and the server’s settings.',
  'load.err.html-instead-of-data':
    'The server answered with an HTML page instead of a Parquet file (a static host’s page for a missing file?). Check the address and the paths in manifest.json.',
  'load.err.manifest-html':
    'An HTML page came back instead of manifest.json. Check that the address points at the dataset folder (where manifest.json is).',
  'load.err.manifest-json': 'manifest.json is not valid JSON. Check the file with a JSON validator.',
  'load.err.manifest-shape':
    'manifest.json does not have the contract’s shape ("contract" and "tables" are needed). See the example in the data contract.',
  'load.err.manifest-contract':
    'This dataset is not in the contract this app reads (export-intel/1). Export the data in the export-intel/1 format.',
  'load.err.manifest-path':
    'A file path in manifest.json is not valid. Use plain file names inside the dataset folder.',
  'load.err.too-large': 'A file is larger than a browser can load at once. Use a smaller extract.',
  'load.err.stalled':
    'The server stopped sending the data (nothing arrived for 30 seconds). Try again later, or check the server.',
  'load.err.manifest-too-large':
    'manifest.json is larger than the 1 MiB limit. A manifest lists the tables, not their data.',
  'load.err.manifest-tables':
    'manifest.json lists too many tables (at most 64). List only the dataset’s own tables.',
  'load.err.too-large-for-browser':
    'This dataset is too large to analyse in a browser (it handles up to {maxExporters} exporters and {maxRows} rows over all tables). The load read the row counts in manifest.json and stopped before downloading any data file, so you do not wait for nothing. The command-line tool on native DuckDB handles this size: download the dataset folder and run the command below.',
  'load.err.too-large-for-browser-footer':
    'This dataset is too large to analyse in a browser (it handles up to {maxExporters} exporters and {maxRows} rows over all tables). manifest.json gives no row count for a table, so the load downloaded that file, read the row count in its Parquet footer and stopped before decoding it. The command-line tool on native DuckDB handles this size: download the dataset folder and run the command below.',
  'load.cli.folder': '<dataset folder>',
  'load.cli.copy': 'Copy command',
  'load.cli.copied': 'Command copied.',
  'load.cli.copyFailed': 'Could not copy. Select the command and copy it yourself.',
  'load.err.url-empty': 'Enter the address of a dataset folder (it must contain manifest.json).',
  'load.err.url-invalid': 'That is not a valid address. Enter one that starts with http:// or https://.',
  'load.err.kept-verify-failed':
    'The copy saved on this device read back differently from the downloaded files, so it was not kept (the device may be low on space or its storage failing). Free some space and keep it again.',
  'load.err.sha256-mismatch':
    'A file’s content does not match its sha256 in manifest.json (damaged on the way, or the file changed). Upload the file again or rebuild the manifest.',
  'load.err.no-files':
    'There are no Parquet files to load. Pick .parquet files (and optionally manifest.json).',
  'load.err.unknown-table':
    'A file is named after a table the contract does not have. Name the files after the contract’s tables.',
  'load.err.unreadable-file': 'A file could not be read. Check that it is not damaged.',
  'load.err.file-read': 'A file could not be read. Check that it is not damaged.',
  'load.err.bad-footer': 'A file is not Parquet, or its end was cut off. Export it again.',
  'load.err.corrupt-data': 'The data in a Parquet file is damaged. Export it again.',
  'load.err.unsupported-codec':
    'A Parquet file uses a compression the browser cannot decode. Export it with Snappy, Gzip or Zstd.',
  'load.err.unsupported-type':
    'A Parquet file has a column type that cannot be read. Export it with the contract’s column types.',
  'load.err.decoder-crashed': 'The Parquet decoder stopped on a file. Export it again.',
} as const satisfies Record<keyof typeof loadErrorsKo, string>;
