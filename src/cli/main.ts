/**
 * export-intel command line: `npm run --silent cli -- <command> [options]` (a stable contract:
 * docs/architecture.md#command-line-contract). Exit codes: 0 success, 2 bad input (clear message, no stack trace), 1
 * internal error.
 */
import { isInputError } from '../core/errors.ts';
import { escapeControls } from '../core/message-value.ts';
import type { CliCommand, CliIO } from './cli-command.ts';

// Each command lives in its own module, loaded only when called so that a command's heavy imports
// (DuckDB, parquet-wasm) do not slow the others.
const COMMANDS: Record<string, () => Promise<{ command: CliCommand }>> = {
  generate: () => import('./commands/generate.ts'),
  validate: () => import('./commands/validate.ts'),
  logit: () => import('./commands/logit.ts'),
  match: () => import('./commands/match.ts'),
  'evaluate-matching': () => import('./commands/evaluate-matching.ts'),
  continuity: () => import('./commands/continuity.ts'),
};

// Every byte the CLI prints passes here: control characters from the data (names, ids, event names, file
// names in messages) are written as escapes, in text mode as in --json (JSON keeps its meaning: `\u001b` inside
// a string is the same string).
const io: CliIO = {
  out: (t) => process.stdout.write(escapeControls(t, '\n')),
  err: (t) => process.stderr.write(escapeControls(t.endsWith('\n') ? t : t + '\n', '\n')),
};

function help(): string {
  return [
    'usage: npm run --silent cli -- <command> [options]',
    '',
    'commands:',
    ...Object.keys(COMMANDS).map((c) => `  ${c}`),
    '',
    'Run a command with --help for its options.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.err(help());
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  let command: CliCommand;
  try {
    ({ command } = await load());
  } catch {
    io.err(`command "${name}" is not available in this version`);
    return 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.err(`${command.summary}\nusage: ${command.usage}`);
    return 0;
  }
  return command.run(rest, io);
}

// `cli … | head` closes stdout early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (isInputError(e)) {
      io.err(`error: ${e.message}`);
      process.exitCode = 2;
    } else {
      io.err(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exitCode = 1;
    }
  },
);
