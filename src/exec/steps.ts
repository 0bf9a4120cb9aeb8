/**
 * One plan step, performed and reported. Each action does what the plan says and nothing
 * more; the two that are Patroni's own work (set_parameters, start_postgres) are done the
 * simple way docs/exec.md describes.
 */
import { closeSync, constants, existsSync, openSync, readdirSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Step } from '../plan/plan-types.js';
import { runChild } from './child.js';
import type { ExecContext } from './context.js';
import type { ExecEvent } from './events.js';
import { archiveReadyWalStep } from './archive-ready-wal.js';
import type { StepResult } from './step-result.js';
import { removeDataDir } from './data-dir.js';
import { isDataDirEmpty, runningPostmaster } from './data-dir-state.js';
import { interruptibleSleep } from './interrupt.js';
import { escapeConfQuoted } from './placeholders.js';
import { writeFileNoFollow } from './run-state.js';
import { pgCtlStartArgv, startHint, waitForServer } from './server.js';
import { runAdopting } from './wipe-policy.js';

type StepEvent = Extract<ExecEvent, { event: 'step' }>;

export type { StepResult } from './step-result.js';

/** The `when` conditions plans use: how exec checks each, and what it says when one is false. */
export const CONDITIONS: Record<string, { holds: (ctx: ExecContext, step: Step) => boolean; otherwise: string }> = {
  'the data directory is not empty': { holds: (ctx) => !isDataDirEmpty(ctx.dataDir), otherwise: 'the data directory is empty' },
  'the file exists': { holds: (ctx, step) => existsSync(ctx.resolver.path(step)), otherwise: 'there is no such file' },
};

export interface StepOptions {
  /** A later step needs the server: without --start, wait for someone to start it. */
  serverNeeded?: boolean;
}

export async function performStep(ctx: ExecContext, step: Step, opts: StepOptions = {}): Promise<StepResult> {
  const began = Date.now();
  ctx.reporter.emit({ event: 'step', ...describeStep(ctx, step) });
  let result: StepResult;
  try {
    result = await act(ctx, step, opts);
  } catch (err) {
    result = { status: 'failed', reason: (err as Error).message };
  }
  if (ctx.interrupt.interrupted && result.status !== 'ok') result = { status: 'interrupted', reason: `interrupted by ${ctx.interrupt.cause}` };
  ctx.reporter.emit({ event: 'step_end', step: step.id, ...result, ms: Date.now() - began });
  return result;
}

/** The step as it will run, placeholders filled; file content is never shown (it may hold a secret). */
export function describeStep(ctx: ExecContext, step: Step): Omit<StepEvent, 'event'> {
  const r = ctx.resolver;
  return {
    step: step.id,
    action: step.action,
    description: step.description,
    ...(step.argv && { argv: step.argv.map((a) => r.text(a)) }),
    ...(step.env && { env: Object.fromEntries(Object.entries(step.env).map(([k, v]) => [k, r.text(v)])) }),
    ...(step.path !== undefined && { path: r.text(step.path) }),
    ...(step.mode && { mode: step.mode }),
    ...(step.parameters && { parameters: Object.fromEntries(Object.entries(step.parameters).map(([k, v]) => [k, r.text(v)])) }),
    ...(step.seconds !== undefined && { seconds: step.seconds }),
    ...(step.when && { when: step.when }),
  };
}

async function act(ctx: ExecContext, step: Step, opts: StepOptions): Promise<StepResult> {
  const condition = step.when === undefined ? undefined : CONDITIONS[step.when]!;
  if (condition && !condition.holds(ctx, step)) return { status: 'skipped', reason: condition.otherwise };
  switch (step.action) {
    case 'run':
      return runStep(ctx, step);
    case 'write_file':
      return writeStep(ctx, step);
    case 'remove_file':
      return removeFileStep(ctx, step);
    case 'remove_data_dir':
      return removeDataDirStep(ctx);
    case 'empty_dir':
      return emptyDirStep(ctx, step);
    case 'archive_ready_wal':
      return archiveReadyWalStep(ctx, step, (c, id, argv) => runArgv(c, id, argv));
    case 'sleep':
      return (await interruptibleSleep((step.seconds ?? 0) * 1000, ctx.interrupt)) ? { status: 'ok' } : { status: 'interrupted', reason: 'interrupted' };
    case 'set_parameters':
      return setParametersStep(ctx, step);
    case 'start_postgres':
      return startStep(ctx, step, opts);
    case 'fail':
      return { status: 'failed', reason: step.description };
    default:
      return serverAction(ctx, step, step.action as string);
  }
}

/** Actions exec performs; a plan with any other is refused before it runs. */
export const ACTIONS = new Set(['run', 'write_file', 'remove_file', 'remove_data_dir', 'empty_dir', 'archive_ready_wal', 'sleep', 'set_parameters', 'start_postgres', 'reload_postgres', 'restart_postgres', 'fail']);

/** A reload or restart of the server Patroni manages: done with pg_ctl when a server runs on the data directory. */
async function serverAction(ctx: ExecContext, step: Step, action: string): Promise<StepResult> {
  const running = runningPostmaster(ctx.dataDir) !== undefined;
  if (action === 'reload_postgres') {
    if (!running) return { status: 'skipped', reason: 'no server is running on the data directory' };
    return runArgv(ctx, step.id, [ctx.pgCtl ?? 'pg_ctl', 'reload', '-D', ctx.dataDir]);
  }
  if (action === 'restart_postgres') {
    if (!running) return startStep(ctx, step, {});
    const options = pgCtlStartArgv(ctx.pgCtl ?? 'pg_ctl', ctx.dataDir, step, ctx.options.startTimeout).slice(2);
    return runArgv(ctx, step.id, [ctx.pgCtl ?? 'pg_ctl', 'restart', '-m', 'fast', ...options]);
  }
  return { status: 'failed', reason: `exec does not know the action ${action}` };
}

async function runStep(ctx: ExecContext, step: Step): Promise<StepResult> {
  const argv = step.argv!.map((a) => ctx.resolver.text(a));
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, ctx.resolver.text(v)]));
  return runAdopting('grant' in ctx.wipe ? ctx.wipe.grant : undefined, () => runArgv(ctx, step.id, argv, env));
}

export async function runArgv(ctx: ExecContext, id: string, argv: string[], env: Record<string, string> = {}, observe?: (line: string) => void): Promise<StepResult> {
  const sink = (stream: 'stdout' | 'stderr', line: string): void => {
    observe?.(line);
    ctx.reporter.emit({ event: 'output', step: id, stream, line });
  };
  const res = await runChild(argv, env, sink, ctx.interrupt);
  if (ctx.interrupt.interrupted) return { status: 'interrupted', reason: `interrupted by ${ctx.interrupt.cause}` };
  if (res.error) return { status: 'failed', reason: res.error };
  if (res.code === 0) return { status: 'ok' };
  if (res.code !== null) return { status: 'failed', reason: `${argv[0]} exited with code ${res.code}`, exit_code: res.code };
  return { status: 'failed', reason: `${argv[0]} was killed by ${res.signal}`, signal: res.signal ?? 'a signal' };
}

function writeStep(ctx: ExecContext, step: Step): StepResult {
  const path = ctx.resolver.path(step);
  const mode = Number.parseInt(step.mode ?? '0600', 8);
  const content = ctx.resolver.content(step);
  if (step.secret || path === ctx.pgpass) ctx.state.writeSecretFile(path, content, mode);
  else writeFileNoFollow(path, content, mode);
  return { status: 'ok', reason: `wrote ${Buffer.byteLength(content)} bytes` };
}

function removeFileStep(ctx: ExecContext, step: Step): StepResult {
  const path = ctx.resolver.path(step);
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'ok', reason: 'there was no such file' };
    throw err;
  }
  ctx.state.forget(path);
  return { status: 'ok' };
}

function removeDataDirStep(ctx: ExecContext): StepResult {
  const pid = runningPostmaster(ctx.dataDir);
  if (pid !== undefined) return { status: 'failed', reason: `a server (pid ${pid}) is running on ${ctx.dataDir}: exec does not remove its data directory` };
  removeDataDir(ctx.dataDir, (message) => ctx.reporter.emit({ event: 'note', message }), 'grant' in ctx.wipe ? ctx.wipe.grant : undefined);
  return { status: 'ok' };
}

/**
 * The slots pg_rewind copied from the leader (below PostgreSQL 11): each entry of pg_replslot, never following a
 * link; with files_only (archive_status before the clean shut-down), only its regular files and symlinks, as
 * Patroni's cleanup_archive_status (islink: unlink; isfile: remove; anything else stays).
 */
function emptyDirStep(ctx: ExecContext, step: Step): StepResult {
  const path = ctx.resolver.text(step.path!);
  const pid = runningPostmaster(ctx.dataDir);
  if (pid !== undefined) return { status: 'failed', reason: `a server (pid ${pid}) is running on ${ctx.dataDir}` };
  if (!existsSync(path)) return { status: 'ok', reason: 'there is no such directory' };
  const entries = readdirSync(path, { withFileTypes: true }).filter((e) => !step.files_only || e.isFile() || e.isSymbolicLink());
  for (const entry of entries) rmSync(join(path, entry.name), { recursive: true, force: true });
  return { status: 'ok', reason: `removed ${entries.length} entries` };
}

/** Patroni writes these into its own postgresql.conf; exec appends them to postgresql.auto.conf, which the server reads last. */
export const AUTO_CONF = 'postgresql.auto.conf';

function setParametersStep(ctx: ExecContext, step: Step): StepResult {
  const lines = Object.entries(step.parameters ?? {}).map(([k, v]) => `${k} = '${escapeConfQuoted(ctx.resolver.text(v))}'`);
  const text = `\n# patroni-plan exec, step ${step.id}: Patroni writes these into its own postgresql.conf\n${lines.join('\n')}\n`;
  const fd = openSync(join(ctx.dataDir, AUTO_CONF), constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o600);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return { status: 'ok', reason: `appended ${lines.length} parameters to ${AUTO_CONF}` };
}

async function startStep(ctx: ExecContext, step: Step, opts: StepOptions): Promise<StepResult> {
  const running = runningPostmaster(ctx.dataDir);
  if (running !== undefined) return { status: 'ok', reason: `a server (pid ${running}) is already running on ${ctx.dataDir}` };
  const hint = startHint(ctx.pgCtl, ctx.dataDir, step);
  if (ctx.options.start) {
    const result = await runArgv(ctx, step.id, pgCtlStartArgv(ctx.pgCtl!, ctx.dataDir, step, ctx.options.startTimeout));
    if (result.status === 'ok' || runningPostmaster(ctx.dataDir) !== undefined) ctx.state.startedServer = ctx.dataDir;
    return result;
  }
  if (!opts.serverNeeded) return { status: 'skipped', reason: `--start was not given: start it yourself, for example: ${hint}` };
  ctx.reporter.emit({ event: 'note', message: `start PostgreSQL now (for example: ${hint}); waiting up to ${ctx.options.startTimeout} s for it to accept connections (--start makes exec start it)` });
  if (await waitForServer(ctx.dataDir, ctx.options.startTimeout, ctx.interrupt)) return { status: 'ok', reason: 'the server is running' };
  if (ctx.interrupt.interrupted) return { status: 'interrupted', reason: 'interrupted' };
  return { status: 'failed', reason: `no server was started on ${ctx.dataDir} within ${ctx.options.startTimeout} s` };
}
