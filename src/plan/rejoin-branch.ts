/**
 * The third imaging path: a former primary comes back after a failover and must follow the
 * new leader (Ha.recover and Ha._handle_rewind_or_reinitialize, every release 3.0-4.1). What
 * happens depends on run-time facts (did it crash, did the timelines diverge, does pg_rewind
 * succeed), so the branch lists each case with the condition that selects it.
 */
import { has } from '../facts/patroni-behaviour.js';
import { CRASHED_STATES, REWIND_USER_SINCE_PG, walDumpProgram } from '../facts/patroni-rewind.js';
import { pyTruthy } from '../py/truth.js';
import { cloneRecord, REPLICATION_SECRET } from './connection.js';
import { firstStartSteps } from './first-start.js';
import { archiveReadyWalSteps, cleanShutdownPreparation } from './rejoin-archive.js';
import { useSlots, type FollowSpec } from './follow-spec.js';
import { authentication, dataDir, memberName, pg, type PlanContext } from './plan-context.js';
import type { RejoinBranch, RejoinCase, Step } from './plan-types.js';
import { checkSteps, leaderRecord, pgRewindSteps, rewindCredentials, singleUserStep } from './rewind.js';
import { standbyCluster } from './standby-cluster.js';

interface Options {
  rewind: boolean;
  removeOnFailure: boolean;
  removeOnDiverged: boolean;
}

const flag = (ctx: PlanContext, key: string): boolean => {
  const v = pg(ctx, key);
  return v !== undefined && pyTruthy(v);
};

export function buildRejoinBranch(ctx: PlanContext): RejoinBranch {
  const o: Options = { rewind: flag(ctx, 'use_pg_rewind'), removeOnFailure: flag(ctx, 'remove_data_directory_on_rewind_failure'), removeOnDiverged: flag(ctx, 'remove_data_directory_on_diverged_timelines') };
  const mode: RejoinBranch['mode'] = o.rewind ? 'rewind' : o.removeOnDiverged ? 'reinitialize' : 'none';
  const credentials = checkCredentials(ctx, o);
  const notes: string[] = [];
  const checks = checkSteps(ctx, o.rewind);
  if (ctx.clone.kind === 'none') {
    notes.push('no --clone-from: with no leader there is nothing to rejoin (the node races for the leader key instead)');
    return { mode, credentials, notes, checks, cases: [] };
  }
  if (ctx.clone.kind === 'symbolic') notes.push('no --clone-from given: the new leader is shown as ${clone_host}:${clone_port}/${clone_dbname}');
  if (standbyCluster(ctx)) notes.push('in a standby cluster the rewind source is the remote member and a diverged node is never reinitialized; this branch shows a member of an ordinary cluster');
  if (o.removeOnFailure && !o.rewind) notes.push('remove_data_directory_on_rewind_failure has no effect: use_pg_rewind is off, so no rewind can fail');
  if (credentials !== 'none') notes.push(checkNote(ctx, credentials));
  const start = followSteps(ctx);
  const cases = o.rewind ? rewindCases(ctx, o, start, notes) : o.removeOnDiverged ? reinitializeCases(start) : noActionCases(start);
  return { mode, credentials, notes, checks, cases };
}

/** Whose credentials the divergence check (and pg_rewind) connect to the leader with. */
function checkCredentials(ctx: PlanContext, o: Options): RejoinBranch['credentials'] {
  if (!o.rewind && !o.removeOnDiverged) return 'none';
  // Without rewind, below PostgreSQL 11 the check uses the replication credentials (no dedicated rewind user there).
  if (!o.rewind && ctx.pgMajor < REWIND_USER_SINCE_PG) return 'replication';
  return rewindCredentials(ctx);
}

function checkNote(ctx: PlanContext, who: RejoinBranch['credentials']): string {
  return `before deciding, Patroni asks the leader with the ${who} credentials whether it is out of recovery (SELECT pg_is_in_recovery()), then with the replication credentials for its timeline (IDENTIFY_SYSTEM, TIMELINE_HISTORY); a diverged timeline on the node's last timeline is confirmed with ${walDumpProgram(ctx.pgMajor)} (the end of its last checkpoint record against the leader's switchpoint)`;
}

/** Ha.recover's "starting as a secondary": the recovery settings following the leader, then the start. */
function followSteps(ctx: PlanContext): RejoinBranch['cases'][number]['steps'] {
  const record = cloneRecord(ctx, authentication(ctx, 'replication'), REPLICATION_SECRET);
  const follow: FollowSpec | null = record && { record, slot: useSlots(ctx) ? memberName(ctx) : undefined, targetSessionAttrs: false, overrides: [] };
  return firstStartSteps(ctx, follow).steps;
}

const INSYNC = 'the node\'s timeline is the leader\'s, or the leader forked its timeline exactly where the node\'s last checkpoint record ends';
const DIVERGED = 'the timelines diverged: the node wrote past the point where the leader\'s timeline forked';
const FOLLOWS = 'follows the new leader as a replica';

function rewindCases(ctx: PlanContext, o: Options, start: Step[], notes: string[]): RejoinCase[] {
  const record = leaderRecord(ctx, rewindCredentials(ctx))!;
  const archive = archiveReadyWalSteps(ctx, notes);
  const rewind = pgRewindSteps(ctx, record, notes);
  notes.push('before pg_rewind Patroni waits until the leader reports a checkpoint after its promotion, then checks it is out of recovery');
  const usable = 'pg_rewind can be used: pg_rewind --help exits 0 and pg_controldata shows wal_log_hints on or data checksums';
  const afterRestore = has('rewind.skip-crash-recovery-after-restore', ctx.patroni) ? ', there is no backup_label (a restored backup recovers at its normal start)' : '';
  const crashed: RejoinCase = {
    id: 'crashed',
    when: `pg_controldata says ${CRASHED_STATES.map((s) => `'${s}'`).join(', ')} (the server did not shut down)${afterRestore} and ${usable}`,
    steps: [...cleanShutdownPreparation(ctx, []), singleUserStep(ctx)],
    outcome: 'shut down cleanly; on its next cycle Patroni compares the timelines again and one of the other cases follows (a failed recovery is logged and the same cases follow)',
  };
  const failed = rewindFailedCase(ctx, o, start);
  return [
    { id: 'in-sync', when: INSYNC, steps: start, outcome: FOLLOWS },
    crashed,
    { id: 'rewind', when: `${DIVERGED}, and ${usable}`, steps: [...archive, ...rewind, ...start], outcome: `rewound; ${FOLLOWS}` },
    failed,
    cannotRewindCase(o, start),
  ];
}

/** Rewind.execute after pg_rewind exited non-zero from a healthy leader: state FAILED, then maybe the data directory goes. */
function rewindFailedCase(ctx: PlanContext, o: Options, start: Step[]): RejoinCase {
  const when = 'pg_rewind exits non-zero (the case above)';
  const option = o.removeOnFailure ? 'remove_data_directory_on_rewind_failure' : o.removeOnDiverged ? 'remove_data_directory_on_diverged_timelines' : undefined;
  if (option) {
    const remove: Step = { id: 'rewind-failed-remove', action: 'remove_data_dir', description: `${option} is set: remove the data directory ${dataDir(ctx)}`, path: dataDir(ctx) };
    return { id: 'rewind-failed', when, steps: [remove], then_replica: true, outcome: 'imaged anew from the leader with the replica branch, then follows it' };
  }
  const stop: Step = { id: 'rewind-failed-stays', action: 'fail', description: 'neither remove_data_directory_on_rewind_failure nor remove_data_directory_on_diverged_timelines is set: Patroni does not retry; it starts PostgreSQL as a replica anyway, which cannot follow the leader (and may not start after a pg_rewind that stopped half-way) until someone reinitializes it (patronictl reinit)' };
  return { id: 'rewind-failed', when: `${when}; if the leader became unreachable meanwhile and pg_control is still usable, Patroni tries again instead`, steps: [...start, stop], outcome: 'stays behind: does not follow the leader' };
}

function cannotRewindCase(o: Options, start: Step[]): RejoinCase {
  const when = `${DIVERGED}, and pg_rewind cannot be used (pg_controldata shows wal_log_hints off and no data checksums, or pg_rewind --help fails); a crashed node is then started as it is and checked again once it runs`;
  if (o.removeOnDiverged) return { id: 'cannot-rewind', when, steps: [], then_replica: true, outcome: 'reinitialized: imaged anew with the replica branch (each method empties the data directory first unless keep_data), then follows the leader' };
  return { id: 'cannot-rewind', when, steps: [...start, cannotFollow('cannot-rewind-stays')], outcome: 'stays behind: does not follow the leader' };
}

function reinitializeCases(start: Step[]): RejoinCase[] {
  return [
    { id: 'in-sync', when: INSYNC, steps: start, outcome: FOLLOWS },
    { id: 'crashed', when: `pg_controldata says ${CRASHED_STATES.map((s) => `'${s}'`).join(', ')}: no single-user recovery without pg_rewind, the timelines cannot be compared yet`, steps: start, outcome: 'PostgreSQL recovers at its start; once it runs Patroni compares the timelines and a diverged node is reinitialized' },
    { id: 'diverged', when: DIVERGED, steps: [], then_replica: true, outcome: 'reinitialized: imaged anew with the replica branch (each method empties the data directory first unless keep_data), then follows the leader' },
  ];
}

function noActionCases(start: Step[]): RejoinCase[] {
  return [
    { id: 'in-sync', when: INSYNC, steps: start, outcome: FOLLOWS },
    { id: 'diverged', when: `${DIVERGED} (Patroni does not look: use_pg_rewind and remove_data_directory_on_diverged_timelines are off)`, steps: [...start, cannotFollow('diverged-stays')], outcome: 'stays behind: does not follow the leader' },
  ];
}

const cannotFollow = (id: string): Step => ({
  id,
  action: 'fail',
  description: 'PostgreSQL cannot replay the leader\'s timeline from a point it has already passed (requested timeline is not a child of this server\'s history): the node stays behind until someone reinitializes it (patronictl reinit)',
});
