/**
 * What every other node runs to become a replica: Patroni's Bootstrap.create_replica and
 * basebackup. Methods are tried in order until one exits 0.
 */
import { has } from '../facts/patroni-behaviour.js';
import { describeProblem, normaliseUserOptions } from '../normalise/user-options.js';
import { dictGet } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import { pyTruthy } from '../py/truth.js';
import type { PyDict, PyValue } from '../py/value.js';
import { splitCommand } from './split-command.js';
import { cloneRecord, formatDsn, pgpassContent, pgpassWriteStep, REPLICATION_SECRET, revealSecretPlaceholders, type AuthRecord } from './connection.js';
import { firstStartSteps } from './first-start.js';
import { useSlots, type FollowSpec } from './follow-spec.js';
import { authentication, dataDir, memberName, pg, pgpassPath, programPath, scope, type PlanContext } from './plan-context.js';
import { remoteFollow, remoteRecord, standbyCluster, standbySetting } from './standby-cluster.js';
import type { ReplicaBranch, ReplicaMethodPlan, Step } from './plan-types.js';

const noneValue: PyValue = { kind: 'none' };

interface CloneConnection {
  connstring: string;
  env: Record<string, string>;
  pgpass: Step[];
}

/** Where a clone comes from and which methods it tries. */
export interface CloneSpec {
  /** Connection keyword arguments of the member to clone from, credentials included; null when there is none. */
  record: AuthRecord | null;
  names: string[];
  source: ReplicaBranch['source'];
}

/** What every other node runs: clone from the member given with --clone-from, then follow it. */
export function buildReplicaBranch(ctx: PlanContext): ReplicaBranch {
  const standby = standbyCluster(ctx);
  if (standby && ctx.clone.kind === 'none') return standbyReplicaWithoutLeader(ctx, standby);
  const record = cloneRecord(ctx, authentication(ctx, 'replication'), REPLICATION_SECRET);
  // In a standby cluster Patroni clones through a remote member carrying the standby cluster's methods.
  const spec: CloneSpec = standby ? { record, ...standbyMethodNames(standby) } : { record, ...methodNames(ctx) };
  const clone = buildClone(ctx, spec);
  if (ctx.clone.kind === 'symbolic' && !ctx.follow) clone.notes.push('no --clone-from given: the clone source is shown as ${clone_host}:${clone_port}/${clone_dbname}');
  // Patroni follows the leader (or the replicatefrom member), which need not be the member it cloned from.
  const followed = ctx.follow ? cloneRecord({ ...ctx, clone: ctx.follow }, authentication(ctx, 'replication'), REPLICATION_SECRET) : record;
  return { ...clone, first_start: firstStartSteps(ctx, replicaFollow(ctx, followed, standby)) };
}

/**
 * With no standby leader yet, a standby cluster's replica waits, unless one of the standby
 * cluster's methods has no_leader: then it clones the remote primary itself, trying every
 * standby method, and follows that primary as a standby leader would.
 */
function standbyReplicaWithoutLeader(ctx: PlanContext, standby: PyDict): ReplicaBranch {
  const names = standbyMethodNames(standby);
  if (!names.names.some((n) => worksWithoutLeader(ctx, n))) {
    const waiting = buildClone(ctx, { record: null, ...names });
    waiting.notes.push('no standby leader to clone from and no standby method has no_leader: the node waits');
    return { ...waiting, first_start: firstStartSteps(ctx, null) };
  }
  const record = remoteRecord(ctx, standby);
  const clone = buildClone(ctx, { record, ...names });
  clone.notes.push('no standby leader yet: a standby method has no_leader, so the node clones the remote primary itself');
  return { ...clone, first_start: firstStartSteps(ctx, remoteFollow(ctx, standby, record)) };
}

/** Bootstrap.create_replica for a clone source: methods in order, with the clean-ups between and after them. */
export function buildClone(ctx: PlanContext, spec: CloneSpec): Omit<ReplicaBranch, 'first_start'> {
  const conn = cloneConnection(ctx, spec.record);
  const skipped: { name: string; reason: string }[] = [];
  let runnable = spec.names;
  if (!spec.record) {
    const raising = leaderlessCheckRaises(ctx, spec.names);
    if (raising) return { source: spec.source, prepare: [], methods: [raising], skipped, notes: [], on_all_failed: 'Patroni raises again on its next cycle (loop_wait later)', after_all_failed: [] };
    runnable = spec.names.filter((n) => worksWithoutLeader(ctx, n));
    for (const n of spec.names.filter((x) => !runnable.includes(x))) skipped.push({ name: n, reason: 'no member to clone from and the method has no no_leader' + (has('replica.no-master-retired', ctx.patroni) ? '' : '/no_master') });
  }
  const methods = runnable.map((name) => (name === 'basebackup' ? basebackupPlan(ctx, conn) : customMethodPlan(ctx, name, conn)));
  const notes = conn.pgpass.length || !spec.record ? [] : ['postgresql.authentication.replication has no password: no pgpass file is written and PGPASSFILE is not set'];
  return {
    source: spec.source,
    prepare: conn.pgpass,
    methods,
    skipped,
    notes,
    on_all_failed: 'Patroni tries the whole list again on its next cycle (loop_wait later)',
    // Ha.clone removes the data directory after a clone that failed with every method, keep_data or not (3.0–4.1).
    after_all_failed: methods.length ? [removeDataDir(ctx, 'clone-failed-clean', 'the data directory is not empty')] : [],
  };
}

/**
 * A replica follows the member it cloned from; in a standby cluster it also takes the
 * standby cluster's restore_command and archive_cleanup_command (Ha._get_node_to_follow).
 */
function replicaFollow(ctx: PlanContext, record: AuthRecord | null, standby: PyDict | undefined): FollowSpec | null {
  if (!record) return null;
  const overrides: [string, string][] = [];
  for (const key of ['restore_command', 'archive_cleanup_command']) {
    const v = standby && standbySetting(standby, key);
    if (v !== undefined) overrides.push([key, v]);
  }
  return { record, slot: useSlots(ctx) ? memberName(ctx) : undefined, targetSessionAttrs: false, overrides };
}

/** `create_replica_methods or create_replica_method or ['basebackup']`, taking local over bootstrap.dcs. */
function methodNames(ctx: PlanContext): Pick<CloneSpec, 'names' | 'source'> {
  const configured = pick(pg(ctx, 'create_replica_methods')) ?? pick(pg(ctx, 'create_replica_method'));
  if (!configured) return { names: ['basebackup'], source: 'default' };
  return { names: iterate(configured), source: 'configured' };
}

/** A remote member's methods: the standby cluster's create_replica_methods, else basebackup. */
export function standbyMethodNames(standby: PyDict): Pick<CloneSpec, 'names' | 'source'> {
  const configured = pick(dictGet(standby, 'create_replica_methods'));
  return configured ? { names: iterate(configured), source: 'standby_cluster' } : { names: ['basebackup'], source: 'default' };
}

/** What Python's `for name in value` yields: a string gives its characters, a dict its keys. */
function iterate(v: PyValue): string[] {
  if (v.kind === 'list') return v.items.map((i) => pyStr(i));
  if (v.kind === 'str') return [...v.value];
  if (v.kind === 'dict') return v.entries.map((e) => pyStr(e.key));
  return [];
}

function pick(v: PyValue | undefined): PyValue | undefined {
  return v !== undefined && pyTruthy(v) ? v : undefined;
}

/** Patroni's replica_method_options: from 3.0.3 an empty or false section reads as no section. */
function methodSection(ctx: PlanContext, name: string): PyValue | undefined {
  const section = dictGet(ctx.config.postgresql, name);
  return section !== undefined && !pyTruthy(section) && has('replica.empty-section-as-none', ctx.patroni) ? undefined : section;
}

/**
 * With no member to clone from, Patroni asks every method's section for no_leader before it
 * runs anything; a section that is not a mapping (a null one before 3.0.3) makes that raise,
 * so no replica is created (Ha.bootstrap / create_replica, recorded for 3.0.2).
 */
function leaderlessCheckRaises(ctx: PlanContext, names: string[]): ReplicaMethodPlan | undefined {
  const name = names.find((n) => {
    const section = n === 'basebackup' ? undefined : methodSection(ctx, n);
    return section !== undefined && section.kind !== 'dict';
  });
  if (name === undefined) return undefined;
  const description = `postgresql.${name} is ${describeSection(dictGet(ctx.config.postgresql, name)!)}, not a mapping: Patroni raises while looking for the methods that work without a leader, and no replica is created`;
  return { name, kind: 'custom', attempts: [[{ id: `${name}-section`, action: 'fail', description }]], after_failure: [], notes: [] };
}

function describeSection(section: PyValue): string {
  return section.kind === 'none' ? 'empty (null)' : `a ${section.kind}`;
}

function worksWithoutLeader(ctx: PlanContext, name: string): boolean {
  if (name === 'basebackup') return false;
  const section = methodSection(ctx, name);
  const flag = (k: string): boolean => pyTruthy(dictGet(section, k) ?? noneValue);
  return flag('no_leader') || (!has('replica.no-master-retired', ctx.patroni) && flag('no_master'));
}

function cloneConnection(ctx: PlanContext, record: AuthRecord | null): CloneConnection {
  if (!record) return { connstring: '', env: {}, pgpass: [] };
  const content = pgpassContent(ctx, record);
  // A new replica's data directory is empty, so Patroni filters keywords as for major version 0.
  const connstring = revealSecretPlaceholders(formatDsn(ctx, { ...record, password: null }, 0), record);
  if (content === null) return { connstring, env: {}, pgpass: [] };
  const path = pgpassPath(ctx);
  const pgpass = pgpassWriteStep('replica-pgpass', 'write the replication credentials to the pgpass file', path, content, record);
  return { connstring, env: { PGPASSFILE: path }, pgpass: [pgpass] };
}

const removeDataDir = (ctx: PlanContext, id: string, when: string): Step => ({
  id,
  action: 'remove_data_dir',
  description: `remove the data directory ${dataDir(ctx)}`,
  path: dataDir(ctx),
  when,
});

function basebackupPlan(ctx: PlanContext, conn: CloneConnection): ReplicaMethodPlan {
  const options = normaliseUserOptions(methodSection(ctx, 'basebackup'), { tool: 'basebackup', patroni: ctx.patroni, pgMajor: ctx.pgMajor });
  const notes = options.problems.map((p) => `postgresql.basebackup: ${describeProblem(p)}`);
  if (options.aborted) {
    return { name: 'basebackup', kind: 'basebackup', attempts: [[{ id: 'basebackup-options', action: 'fail', description: 'Patroni raises while reading postgresql.basebackup: replica creation stops here' }]], after_failure: [], notes };
  }
  const argv = [programPath(ctx, 'pg_basebackup', has('bin-name', ctx.patroni)), `--pgdata=${dataDir(ctx)}`, '-X', 'stream', `--dbname=${conn.connstring}`, ...options.options.map((o) => o.arg)];
  const attempt = (n: number): Step[] => [
    removeDataDir(ctx, `basebackup-${n}-clean`, 'the data directory is not empty'),
    { id: `basebackup-${n}`, action: 'run', description: `pg_basebackup, attempt ${n} of 2`, argv, env: conn.env, on_failure: n === 1 ? 'retry' : 'next_method' },
  ];
  const between: Step = { id: 'basebackup-wait', action: 'sleep', description: 'wait before the second attempt', seconds: 5 };
  const afterFailure = has('replica.cleanup-after-failure', ctx.patroni) ? [removeDataDir(ctx, 'basebackup-failed-clean', 'the data directory is not empty')] : [];
  return { name: 'basebackup', kind: 'basebackup', attempts: [attempt(1), [between, ...attempt(2)]], after_failure: afterFailure, notes };
}

function customMethodPlan(ctx: PlanContext, name: string, conn: CloneConnection): ReplicaMethodPlan {
  const section = methodSection(ctx, name);
  const notes: string[] = [];
  if (section === undefined) {
    const empty = dictGet(ctx.config.postgresql, name) !== undefined;
    notes.push(empty ? `postgresql.${name} is empty: Patroni reads it as no section and runs '${name}' itself as the command` : `there is no postgresql.${name} section: Patroni runs '${name}' itself as the command`);
  }
  // Patroni deep-copies the section; a non-mapping section makes .get() raise.
  if (section !== undefined && section.kind !== 'dict') {
    return { name, kind: 'custom', attempts: [[{ id: `${name}-section`, action: 'fail', description: `postgresql.${name} is ${describeSection(section)}, not a mapping: Patroni raises and replica creation stops` }]], after_failure: [], notes };
  }
  const config: PyDict = section ?? { kind: 'dict', entries: [] };
  const keepData = pyTruthy(dictGet(config, 'keep_data') ?? noneValue);
  const params = methodParams(ctx, config, conn.connstring);
  const cleanBefore = keepData ? [] : [removeDataDir(ctx, `${name}-clean`, 'the data directory is not empty')];
  const command = dictGet(config, 'command') ?? ({ kind: 'str', value: name } as PyValue);
  const split = splitCommand(command);
  const run: Step = 'error' in split
    ? { id: name, action: 'fail', description: `postgresql.${name}.command ${split.error}: Patroni logs the error and goes on with the next method` }
    : { id: name, action: 'run', description: `run replica method '${name}'`, argv: [...split.argv, ...params.args], env: conn.env, on_failure: 'next_method' };
  if (run.action === 'fail') run.on_failure = 'next_method';
  const afterFailure = has('replica.cleanup-after-failure', ctx.patroni) && !params.keepDataAfter ? [removeDataDir(ctx, `${name}-failed-clean`, 'the data directory is not empty')] : [];
  if (keepData && !params.keepDataAfter && afterFailure.length) notes.push('no_params pops keep_data before the clean-up after a failure looks at it: a failure removes the data directory anyway');
  return { name, kind: 'custom', attempts: [[...cleanBefore, run]], after_failure: afterFailure, notes };
}

/**
 * The `--key=value` params: the section's keys in order (command popped), then the defaults
 * scope/role/datadir/connstring unless no_params, which instead pops the flags.
 */
function methodParams(ctx: PlanContext, section: PyDict, connstring: string): { args: string[]; keepDataAfter: boolean } {
  let entries = section.entries.filter((e) => !(e.key.kind === 'str' && e.key.value === 'command'));
  const str = (k: string, v: string): { key: PyValue; value: PyValue } => ({ key: { kind: 'str', value: k }, value: { kind: 'str', value: v } });
  if (!pyTruthy(dictGet(section, 'no_params') ?? noneValue)) {
    for (const def of [str('scope', scope(ctx)), str('role', 'replica'), str('datadir', dataDir(ctx)), str('connstring', connstring)]) {
      const at = entries.findIndex((e) => e.key.kind === 'str' && e.key.value === (def.key as { value: string }).value);
      if (at >= 0) entries[at] = { key: entries[at]!.key, value: def.value };
      else entries.push(def);
    }
  } else {
    const popped = has('replica.no-master-retired', ctx.patroni) ? ['no_params', 'no_leader', 'keep_data'] : ['no_params', 'no_master', 'no_leader', 'keep_data'];
    entries = entries.filter((e) => !(e.key.kind === 'str' && popped.includes(e.key.value)));
  }
  const keepDataAfter = pyTruthy(entries.find((e) => e.key.kind === 'str' && e.key.value === 'keep_data')?.value ?? noneValue);
  return { args: entries.map((e) => `--${pyStr(e.key)}=${pyStr(e.value)}`), keepDataAfter };
}
