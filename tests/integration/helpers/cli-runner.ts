/**
 * Runs the command line the way outside checks call it (docs/architecture.md#command-line-contract): a new
 * `npx tsx src/cli/main.ts …` process from the repository root, with its exit code and both streams. The async
 * form keeps the test process's event loop free (an in-process server can answer the CLI); the sync form is
 * shorter where nothing else has to run meanwhile.
 */
import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliRun {
  /** The exit code; -1 when the process was killed (time-out) rather than exiting. */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  /** The entry point, relative to the repository root. */
  readonly entry?: string;
  /** Kill the process after this long (default: none for the async form, 120 s for the sync one). */
  readonly timeoutMs?: number;
}

// Match lists of a whole fair print several MB of JSON; Node's 1 MiB default would cut them.
const MAX_BUFFER = 64 << 20;

function command(args: readonly string[], entry = 'src/cli/main.ts'): string[] {
  return ['tsx', entry, ...args];
}

export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      command(args, options.entry),
      { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: MAX_BUFFER, timeout: options.timeoutMs ?? 0 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export function runCliSync(args: readonly string[], options: CliRunOptions = {}): CliRun {
  const r = spawnSync('npx', command(args, options.entry), {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: MAX_BUFFER,
    timeout: options.timeoutMs ?? 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
