/**
 * What a data directory holds right now, as Patroni reads it: empty or not, and the server
 * running on it. Below both the wipe policy, which asks before the run, and the removal,
 * which needs the policy's grant.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSmallFile } from '../load/read-bounded.js';

/** Patroni's data_directory_is_empty: missing, or nothing but dot files and lost+found. */
export function isDataDirEmpty(path: string): boolean {
  if (!existsSync(path)) return true;
  return readdirSync(path).every((n) => n.startsWith('.') || n === 'lost+found');
}

/** The pid of a postmaster running on the directory, from postmaster.pid, if it is alive. */
export function runningPostmaster(path: string): number | undefined {
  const pid = readPidFile(path)?.pid;
  if (pid === undefined) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

/** postmaster.pid: line 1 the pid, line 8 (PostgreSQL 10+) the server's status. */
export function readPidFile(path: string): { pid: number; status: string | undefined } | undefined {
  // Bounded, and never a FIFO or a device that would hang exec.
  const text = readSmallFile(join(path, 'postmaster.pid'), 4096);
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, status: lines[7]?.trim() || undefined };
}
