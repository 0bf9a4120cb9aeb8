/**
 * A configured command as Patroni splits it, in one place below the bootstrap and replica
 * branches, which both run commands, and the rules and fixes, which check them the same way.
 */
import { shlexSplit, ShlexError } from '../py/shlex.js';
import type { PyValue } from '../py/value.js';

/** shlex.split of a configured command, or why Patroni cannot split it. */
export function splitCommand(command: PyValue): { argv: string[] } | { error: string } {
  if (command.kind !== 'str') return { error: `is a ${command.kind}, not a string, so shlex.split raises` };
  try {
    return { argv: shlexSplit(command.value) };
  } catch (err) {
    if (err instanceof ShlexError) return { error: `cannot be split by shlex (${err.message})` };
    throw err;
  }
}
