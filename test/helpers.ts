import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project root (tests run from dist/test/...). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** ../shared beside the project, where the real-world corpus lives. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export function readJson<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, `file://${ROOT}`), 'utf8')) as T;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], input?: string, cwd: string = ROOT): CliResult {
  // A report over the whole corpus can pass spawnSync's 1 MiB default, which kills the child.
  const r = spawnSync(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, ...args], { cwd, input: input ?? '', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
