/**
 * What the command does when standard output or standard error cannot take what it writes.
 * A reader that stops early (`patroni-plan rules | head -1`) closes the pipe: what is left to
 * write has nowhere to go, so it is dropped and the command still exits with its own code.
 * Any other write error (a full disk: `plan ... > /dev/full`, a quota, an I/O error) means
 * the output is incomplete: one line saying so on standard error and exit 2, never Node's
 * unhandled error and stack trace. A command that must undo something first (exec: its
 * children, its secret files) takes the error instead (src/output-failure.ts) and exits when
 * it has cleaned up.
 */
import { passOutputFailure } from '../output-failure.js';
import { writeErrorReason } from './output-file.js';

const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);
const OUTPUT_ERROR_EXIT = 2;

export function guardStandardStreams(): void {
  // A file or device stays writable after an error, so every later write fails too: one line says it.
  let told = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (CLOSED.has(err.code ?? '')) return;
    try {
      if (!told) process.stderr.write(`patroni-plan: cannot write standard output: ${writeErrorReason(err)}; the output is incomplete\n`);
      told = true;
    } finally {
      if (!passOutputFailure('stdout', err)) process.exit(OUTPUT_ERROR_EXIT);
    }
  });
  // Nowhere is left to say anything: the exit code is all that can tell.
  process.stderr.on('error', (err: NodeJS.ErrnoException) => {
    if (!CLOSED.has(err.code ?? '') && !passOutputFailure('stderr', err)) process.exit(OUTPUT_ERROR_EXIT);
  });
}
