/**
 * Running as root: initdb, pg_ctl and postgres refuse to run as root, and a data directory
 * pg_basebackup writes as root cannot be started by anyone else. A run that would fail on
 * that halfway (after a full base backup, say) is refused before its first step, with the
 * command to run instead.
 */
import { readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import type { Step } from '../plan/plan-types.js';
import { shellQuote } from '../render/plan-text.js';
import { branchSteps } from './branch.js';
import type { ExecContext } from './context.js';

/** Programs that exit at once when run as root (PostgreSQL's own check). */
const REFUSE_ROOT = new Set(['initdb', 'pg_ctl', 'postgres', 'pg_resetwal', 'pg_rewind']);
const SERVER_ACTIONS = new Set(['start_postgres', 'restart_postgres']);

/** Why this run cannot succeed as root, or undefined (not root, or nothing needs another user). */
export function rootProblem(ctx: ExecContext, commandLine: string[] | undefined): string | undefined {
  if (ctx.options.uid !== 0) return undefined;
  const steps = branchSteps(ctx.plan, ctx.branch);
  const why = rootRefusers(steps, ctx.options.start);
  if (why.length === 0) return undefined;
  const user = suggestedUser(ctx.dataDir);
  const args = (commandLine ?? ['exec', '...']).map((a) => (a === '...' ? a : shellQuote(a))).join(' ');
  return `exec runs as root, but ${why.join(', and ')}: run it as the user that owns the PostgreSQL data (the user Patroni runs as), for example: sudo -u ${user} patroni-plan ${args}`;
}

function rootRefusers(steps: Step[], start: boolean): string[] {
  const why = new Set<string>();
  const programs = steps.filter((s) => s.action === 'run' && s.argv).map((s) => posix.basename(s.argv![0]!));
  for (const p of programs) if (REFUSE_ROOT.has(p)) why.add(`${p} refuses to run as root`);
  if (start && steps.some((s) => SERVER_ACTIONS.has(s.action))) {
    why.add('--start runs pg_ctl, which refuses to run as root');
    if (programs.includes('pg_basebackup')) why.add('a data directory pg_basebackup writes as root cannot be started by the PostgreSQL user');
  }
  return [...why];
}

/** The owner of the data directory or its nearest existing parent, when that is not root; else postgres. */
function suggestedUser(dataDir: string): string {
  for (let dir = dataDir; ; dir = posix.dirname(dir)) {
    try {
      const uid = statSync(dir).uid;
      return uid === 0 ? 'postgres' : (userName(uid) ?? 'postgres');
    } catch {
      if (dir === '/') return 'postgres';
    }
  }
}

function userName(uid: number): string | undefined {
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.split(':')[2] === String(uid));
    return line?.split(':')[0];
  } catch {
    return undefined;
  }
}
