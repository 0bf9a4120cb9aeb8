/**
 * Runs many CLI commands in one child process, main() after main() with the output captured,
 * and answers which of the given tokens each command printed: the secret and fuzz tests run thousands
 * of commands (a process each would take minutes), and capturing the test process's own
 * output would swallow the test runner's reports, which share it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const RUN_JOBS_FLAG = '--run-jobs';

export interface Job {
  args: string[];
  /** Texts to look for in the output. */
  tokens: string[];
  /** Return the whole output too (it is searched, not returned, otherwise). */
  keepOutput?: boolean;
}

export interface JobResult {
  args: string[];
  code: number;
  /** The tokens found in standard output or error. */
  shown: string[];
  /** The output holds a NUL: a stand-in for a secret that was never replaced. */
  nul: boolean;
  /** Standard output and error, when the job asked to keep them. */
  output?: string;
  /** The output of a command that failed inside (exit 70), to show why. */
  stderr: string;
}

export function runJobs(jobs: Job[]): JobResult[] {
  const r = spawnSync(process.execPath, [fileURLToPath(new URL('./cli-batch-child.js', import.meta.url)), RUN_JOBS_FLAG], {
    input: JSON.stringify(jobs),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`the command runner failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as JobResult[];
}
