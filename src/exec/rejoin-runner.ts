/**
 * The rejoin branch, the failover drill: a former primary follows the new leader. exec decides
 * between the plan's cases the way Patroni's Ha.recover does, from pg_controldata and the
 * leader's timeline, and runs the chosen case's steps; where a case images the node anew it
 * runs the replica branch. The one simplification (docs/exec.md): a node whose timeline is
 * not the leader's counts as diverged, without Patroni's pg_waldump refinement; pg_rewind then
 * finds there is nothing to rewind.
 */
import { dirname, join } from 'node:path';
import { CRASHED_STATES } from '../facts/patroni-rewind.js';
import type { RejoinBranch, RejoinCase, Step } from '../plan/plan-types.js';
import type { BranchOutcome, ExecContext } from './context.js';
import { runReplica } from './replica-runner.js';
import { standbySetting } from './standby-settings.js';
import { performStep, runArgv } from './steps.js';

interface ControlData {
  state: string;
  timeline: number;
  rewindable: boolean;
}

type Stop = { stop: BranchOutcome };
const stopped = (x: unknown): x is Stop => typeof x === 'object' && x !== null && 'stop' in x;

export async function runRejoin(ctx: ExecContext): Promise<BranchOutcome> {
  const r = ctx.plan.rejoin!;
  if (r.cases.length === 0) return { outcome: 'failed', reason: r.notes.join('; ') || 'the plan has no rejoin case' };
  let data = await controlData(ctx, r);
  if (stopped(data)) return data.stop;
  const canRewind = r.mode === 'rewind' && data.rewindable && (await pgRewindRuns(ctx, r));
  const crashed = (CRASHED_STATES as readonly string[]).includes(data.state);
  if (crashed && canRewind) {
    const recovered = await runCase(ctx, findCase(r, 'crashed'));
    if (recovered) return recovered;
    data = await controlData(ctx, r);
    if (stopped(data)) return data.stop;
  } else if (crashed && r.mode !== 'none') {
    // Without pg_rewind Patroni cannot compare a crashed node's timeline: it starts it as it is.
    return (await runCase(ctx, findCase(r, r.mode === 'reinitialize' ? 'crashed' : 'cannot-rewind'))) ?? ok('crashed', r.mode);
  }
  if (r.mode === 'none') {
    note(ctx, 'use_pg_rewind and remove_data_directory_on_diverged_timelines are off: Patroni does not compare the timelines and starts the node as it is');
    return (await runCase(ctx, findCase(r, 'in-sync'))) ?? ok('in-sync', r.mode);
  }
  const diverged = await timelinesDiverged(ctx, data.timeline);
  if (stopped(diverged)) return diverged.stop;
  const id = !diverged ? 'in-sync' : r.mode === 'reinitialize' ? 'diverged' : canRewind ? 'rewind' : 'cannot-rewind';
  if (id !== 'rewind') return (await runCase(ctx, findCase(r, id))) ?? ok(id, r.mode);
  const failed = await runCase(ctx, findCase(r, 'rewind'), 'pg-rewind');
  if (!failed) return ok(id, r.mode);
  if (failed.outcome === 'interrupted' || failed.step !== 'pg-rewind') return failed;
  note(ctx, `pg_rewind failed (${failed.reason}): the case rewind-failed follows`);
  return (await runCase(ctx, findCase(r, 'rewind-failed'))) ?? ok('rewind-failed', r.mode);
}

const ok = (id: string, mode: RejoinBranch['mode']): BranchOutcome => ({ outcome: 'ok', reason: `rejoin case ${id} (${mode}) finished` });
const note = (ctx: ExecContext, message: string): void => ctx.reporter.emit({ event: 'note', message });

function findCase(r: RejoinBranch, id: string): RejoinCase {
  const c = r.cases.find((x) => x.id === id);
  if (!c) throw new Error(`the plan's rejoin branch has no case ${id}`);
  return c;
}

/**
 * The case's steps in order; with `failFast`, a failure of that step ends the case with it (so the
 * caller can take the failure case). A `fail` step ends the branch as failed: Patroni leaves the
 * node where the step says. Then, for a case that images the node anew, the replica branch.
 */
async function runCase(ctx: ExecContext, c: RejoinCase, failFast?: string): Promise<(BranchOutcome & { step?: string }) | undefined> {
  note(ctx, `rejoin case ${c.id}: ${c.when}`);
  for (const step of c.steps) {
    const result = await performStep(ctx, step);
    if (result.status === 'interrupted') return { outcome: 'interrupted', reason: result.reason };
    if (result.status !== 'failed') continue;
    if (step.id === failFast || step.action !== 'fail') return { outcome: 'failed', reason: `case ${c.id}: step ${step.id} failed: ${result.reason}`, step: step.id };
    return { outcome: 'failed', reason: `case ${c.id}: ${c.outcome}: ${result.reason}` };
  }
  if (!c.then_replica) return undefined;
  note(ctx, `rejoin case ${c.id}: the node is imaged anew with the replica branch`);
  const replica = await runReplica(ctx);
  return replica.outcome === 'ok' ? { outcome: 'ok', reason: `rejoin case ${c.id} finished: reinitialized${replica.method ? ` by method '${replica.method}'` : ''}` } : replica;
}

/** pg_controldata of the data directory, as Patroni reads it (LANG=C). */
async function controlData(ctx: ExecContext, r: RejoinBranch): Promise<ControlData | Stop> {
  const step = r.checks.find((s) => s.id === 'rejoin-controldata')!;
  const lines = new Map<string, string>();
  const argv = step.argv!.map((a) => ctx.resolver.text(a));
  ctx.reporter.emit({ event: 'step', step: step.id, action: 'run', description: step.description, argv });
  const result = await runArgv(ctx, step.id, argv, step.env ?? {}, (line) => {
    const at = line.indexOf(':');
    if (at > 0) lines.set(line.slice(0, at).replace(/^Current /, ''), line.slice(at + 1).trim());
  });
  ctx.reporter.emit({ event: 'step_end', step: step.id, ...result, ms: 0 });
  if (result.status === 'interrupted') return { stop: { outcome: 'interrupted', reason: result.reason } };
  if (result.status === 'failed') return { stop: { outcome: 'failed', reason: `pg_controldata failed: ${result.reason}` } };
  const data = {
    state: lines.get('Database cluster state') ?? '',
    timeline: Number(lines.get("Latest checkpoint's TimeLineID") ?? 0),
    rewindable: lines.get('wal_log_hints setting') === 'on' || (lines.get('Data page checksum version') ?? '0') !== '0',
  };
  note(ctx, `pg_controldata: ${data.state}, timeline ${data.timeline}, ${data.rewindable ? 'wal_log_hints on or data checksums' : 'neither wal_log_hints nor data checksums'}`);
  return data;
}

async function pgRewindRuns(ctx: ExecContext, r: RejoinBranch): Promise<boolean> {
  const help = r.checks.find((s) => s.id === 'rewind-help');
  return help !== undefined && (await performStep(ctx, help)).status === 'ok';
}

/**
 * Whether the node's timeline differs from the leader's: IDENTIFY_SYSTEM over a replication
 * connection, as Patroni asks, with the connection string and pgpass file the node will follow
 * the leader with (so the drill needs nothing the plan does not give).
 */
async function timelinesDiverged(ctx: ExecContext, local: number): Promise<boolean | Stop> {
  const conninfo = standbySetting(ctx, 'primary_conninfo');
  if (conninfo === undefined || !ctx.pgCtl?.startsWith('/')) return { stop: { outcome: 'failed', reason: 'exec cannot ask the leader for its timeline: the plan has no primary_conninfo or no bin directory to take psql from' } };
  const pgpass = followPgpassStep(ctx);
  if (pgpass) {
    const written = await performStep(ctx, pgpass);
    if (written.status !== 'ok') return { stop: { outcome: written.status === 'interrupted' ? 'interrupted' : 'failed', reason: `writing the pgpass file: ${written.reason}` } };
  }
  const argv = [join(dirname(ctx.pgCtl), 'psql'), '-X', '-A', '-t', '-F', ' ', '-d', `${conninfo} replication=true`, '-c', 'IDENTIFY_SYSTEM'];
  let row = '';
  ctx.reporter.emit({ event: 'step', step: 'leader-timeline', action: 'run', description: "ask the leader for its timeline (IDENTIFY_SYSTEM), as Patroni does before deciding", argv });
  const result = await runArgv(ctx, 'leader-timeline', argv, {}, (line) => (row ||= line));
  ctx.reporter.emit({ event: 'step_end', step: 'leader-timeline', ...result, ms: 0 });
  if (result.status !== 'ok') return { stop: { outcome: result.status === 'interrupted' ? 'interrupted' : 'failed', reason: `the leader did not answer IDENTIFY_SYSTEM: ${result.reason ?? ''}` } };
  const leader = Number(row.split(' ')[1]);
  note(ctx, `timelines: this node ${local}, the leader ${leader}`);
  return leader !== local;
}

/** The step that writes the replication credentials to the pgpass file primary_conninfo names. */
function followPgpassStep(ctx: ExecContext): Step | undefined {
  return ctx.plan.rejoin!.cases.find((c) => c.id === 'in-sync')?.steps.find((s) => s.action === 'write_file' && s.secret !== undefined);
}
