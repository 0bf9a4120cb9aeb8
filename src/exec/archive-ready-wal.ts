/**
 * The archive_ready_wal step: what Patroni's Rewind._archive_ready_wals does before pg_rewind or
 * the single-user clean shut-down, with the plan's archive_command. A segment whose archiving
 * fails stays .ready (Patroni only logs it); the step itself never fails but when interrupted.
 */
import { lstatSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_READY_PATTERN, ARCHIVE_SUBSTITUTION } from '../facts/patroni-rewind.js';
import type { Step } from '../plan/plan-types.js';
import { isFile, posixJoin } from '../py/path.js';
import { shlexSplit, ShlexError } from '../py/shlex.js';
import type { ExecContext } from './context.js';
import type { StepResult } from './step-result.js';

type Run = (ctx: ExecContext, id: string, argv: string[]) => Promise<StepResult>;

/** Rewind._build_archiver_command, character by character as Patroni does it. */
export function archiverCommand(template: string, walDir: string, segment: string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c !== '%' || i + 1 >= template.length) {
      out += c;
      continue;
    }
    const next = template[i + 1]!;
    if (next === 'p') out += posixJoin(walDir, segment);
    else if (next === 'f') out += segment;
    else if (next === 'r') out += ARCHIVE_SUBSTITUTION.r;
    else if (next === '%') out += '%';
    else {
      out += '%';
      continue; // Patroni keeps the % and reads the next character as text
    }
    i++;
  }
  return out;
}

export async function archiveReadyWalStep(ctx: ExecContext, step: Step, run: Run): Promise<StepResult> {
  const walDir = ctx.resolver.text(step.path!);
  const status = join(walDir, 'archive_status');
  let names: string[];
  try {
    if (!lstatSync(status).isDirectory()) return { status: 'ok', reason: `${status} is not a directory: nothing to archive` };
    names = readdirSync(status);
  } catch (err) {
    return { status: 'ok', reason: `cannot list ${status} (${(err as NodeJS.ErrnoException).code}): nothing archived` };
  }
  const segments = names.filter((n) => ARCHIVE_READY_PATTERN.test(n)).map((n) => n.slice(0, -'.ready'.length)).sort();
  let archived = 0;
  const failed: string[] = [];
  for (const segment of segments) {
    const ready = join(status, `${segment}.ready`);
    if (!isFile(ready) || !isFile(join(walDir, segment))) continue;
    const command = archiverCommand(step.command!, walDir, segment);
    let argv: string[];
    try {
      argv = step.shell ? ['/bin/sh', '-c', command] : shlexSplit(command);
    } catch (err) {
      if (!(err instanceof ShlexError)) throw err;
      failed.push(`${segment} (the command cannot be split: ${err.message})`);
      continue;
    }
    const result = await run(ctx, `${step.id}:${segment}`, argv);
    if (result.status === 'interrupted') return result;
    if (result.status !== 'ok') {
      failed.push(`${segment} (${result.reason})`);
      continue;
    }
    try {
      renameSync(ready, join(status, `${segment}.done`));
      archived++;
    } catch (err) {
      failed.push(`${segment} (archived, but .ready could not be renamed: ${(err as NodeJS.ErrnoException).code})`);
    }
  }
  const reason = `archived ${archived} of ${segments.length} segments marked .ready${failed.length ? `; not archived, still .ready: ${failed.join(', ')}` : ''}`;
  return { status: 'ok', reason };
}
