/**
 * What a data directory holds right now, as Patroni reads it: empty or not, and the server
 * running on it. Below both the wipe policy, which asks before the run, and the removal,
 * which needs the policy's grant.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
  let text: string;
  try {
    text = readFileSync(join(path, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, status: lines[7]?.trim() || undefined };
}
