/**
 * Starting and stopping PostgreSQL for a rehearsal. Patroni starts `postgres` itself with
 * its own configuration files; exec uses pg_ctl from the bin directory of the plan's own
 * programs, with the listen_addresses and port the plan's start step carries.
 */
import { dirname, join, posix } from 'node:path';
import type { Plan, Step } from '../plan/plan-types.js';
import { shellQuote } from '../render/plan-text.js';
import { readPidFile, runningPostmaster } from './data-dir-state.js';
import { interruptibleSleep, type Interrupt } from './interrupt.js';

/** Where pg_ctl's server log goes: inside the data directory, the one place exec may write. */
export const SERVER_LOG = 'patroni-plan-exec.log';

/** pg_ctl beside the plan's initdb (or pg_ctl) or pg_basebackup; undefined when the plan runs neither. */
export function pgCtlPath(plan: Plan): string | undefined {
  const programs: string[] = [];
  for (const s of plan.bootstrap.steps) if (s.id === 'initdb' && s.argv) programs.push(s.argv[0]!);
  for (const m of plan.replica.methods) if (m.kind === 'basebackup') for (const s of m.attempts.flat()) if (s.action === 'run' && s.argv) programs.push(s.argv[0]!);
  const first = programs[0];
  if (first === undefined) return undefined;
  return posix.isAbsolute(first) ? join(dirname(first), 'pg_ctl') : 'pg_ctl';
}

/** `-o` goes through a shell inside pg_ctl, so every option is quoted for it. */
export function pgCtlStartArgv(pgCtl: string, dataDir: string, step: Step, timeoutSeconds: number): string[] {
  const options = Object.entries(step.parameters ?? {}).map(([k, v]) => shellQuote(`--${k}=${v}`));
  const argv = [pgCtl, 'start', '-D', dataDir, '-w', '-t', String(timeoutSeconds), '-l', join(dataDir, SERVER_LOG)];
  return options.length ? [...argv, '-o', options.join(' ')] : argv;
}

export function pgCtlStopArgv(pgCtl: string, dataDir: string): string[] {
  return [pgCtl, 'stop', '-D', dataDir, '-m', 'fast', '-w'];
}

/** What a person types to start the server where the plan says, shown when exec does not start it. */
export function startHint(pgCtl: string | undefined, dataDir: string, step: Step): string {
  const argv = pgCtlStartArgv(pgCtl ?? 'pg_ctl', dataDir, step, 60).filter((a, i, all) => !['-t', '-l'].includes(a) && !['-t', '-l'].includes(all[i - 1] ?? ''));
  return argv.map(shellQuote).join(' ');
}

/**
 * Waits for a server someone else starts: ready once postmaster.pid says so (PostgreSQL 10+
 * writes its status there) or, for 9.6, once its postmaster is alive.
 */
export async function waitForServer(dataDir: string, timeoutSeconds: number, interrupt: Interrupt): Promise<boolean> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  while (Date.now() < deadline) {
    const pid = readPidFile(dataDir);
    if (pid && runningPostmaster(dataDir) !== undefined && (pid.status === undefined || pid.status === 'ready' || pid.status === 'standby')) return true;
    if (!(await interruptibleSleep(500, interrupt))) return false;
  }
  return false;
}
