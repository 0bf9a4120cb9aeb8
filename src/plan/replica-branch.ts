/**
 * What every other node runs to become a replica: Patroni's Bootstrap.create_replica and
 * basebackup. Methods are tried in order until one exits 0.
 */
import { has } from '../facts/patroni-behaviour.js';
import { normaliseUserOptions } from '../normalise/user-options.js';
import { dictGet } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import { pyTruthy } from '../py/truth.js';
import type { PyDict, PyValue } from '../py/value.js';
import { describeProblem, splitCommand } from './bootstrap-branch.js';
import { cloneRecord, formatDsn, pgpassContent } from './connection.js';
import { firstStartSteps } from './first-start.js';
import { authentication, dataDir, pg, pgpassPath, programPath, scope, type PlanContext } from './plan-context.js';
import type { ReplicaBranch, ReplicaMethodPlan, Step } from './plan-types.js';

const noneValue: PyValue = { kind: 'none' };

interface CloneConnection {
  connstring: string;
  env: Record<string, string>;
  pgpass: Step[];
}

export function buildReplicaBranch(ctx: PlanContext): ReplicaBranch {
  const { names, source } = methodNames(ctx);
  const conn = cloneConnection(ctx);
  const skipped: { name: string; reason: string }[] = [];
  let runnable = names;
  if (ctx.clone.kind === 'none') {
    runnable = names.filter((n) => worksWithoutLeader(ctx, n));
    for (const n of names.filter((x) => !runnable.includes(x))) skipped.push({ name: n, reason: 'no member to clone from and the method has no no_leader' + (has('replica.no-master-retired', ctx.patroni) ? '' : '/no_master') });
  }
  const methods = runnable.map((name) => (name === 'basebackup' ? basebackupPlan(ctx, conn) : customMethodPlan(ctx, name, conn)));
  const notes = conn.pgpass.length ? [] : ['postgresql.authentication.replication has no password: no pgpass file is written and PGPASSFILE is not set'];
  if (ctx.clone.kind === 'symbolic') notes.push('no --clone-from given: the clone source is shown as ${clone_host}:${clone_port}/${clone_dbname}');
  return {
    source,
    prepare: conn.pgpass,
    methods,
    skipped,
    notes,
    on_all_failed: 'Patroni tries the whole list again on its next cycle (loop_wait later)',
    // Ha.clone removes the data directory after a clone that failed with every method, keep_data or not (3.0–4.1).
    after_all_failed: methods.length ? [removeDataDir(ctx, 'clone-failed-clean', 'the data directory is not empty')] : [],
    first_start: firstStartSteps(ctx),
  };
}

/** `create_replica_methods or create_replica_method or ['basebackup']`, taking local over bootstrap.dcs. */
function methodNames(ctx: PlanContext): { names: string[]; source: 'configured' | 'default' } {
  const configured = pick(pg(ctx, 'create_replica_methods')) ?? pick(pg(ctx, 'create_replica_method'));
  if (!configured) return { names: ['basebackup'], source: 'default' };
  // Iterating a string gives its characters, exactly as Patroni would.
  const items = configured.kind === 'list' ? configured.items.map((i) => pyStr(i)) : configured.kind === 'str' ? [...configured.value] : configured.kind === 'dict' ? configured.entries.map((e) => pyStr(e.key)) : [];
  return { names: items, source: 'configured' };
}

function pick(v: PyValue | undefined): PyValue | undefined {
  return v !== undefined && pyTruthy(v) ? v : undefined;
}

function methodSection(ctx: PlanContext, name: string): PyValue | undefined {
  return dictGet(ctx.config.postgresql, name);
}

function worksWithoutLeader(ctx: PlanContext, name: string): boolean {
  if (name === 'basebackup') return false;
  const section = methodSection(ctx, name);
  const flag = (k: string): boolean => pyTruthy(dictGet(section, k) ?? noneValue);
  return flag('no_leader') || (!has('replica.no-master-retired', ctx.patroni) && flag('no_master'));
}

function cloneConnection(ctx: PlanContext): CloneConnection {
  const record = cloneRecord(ctx, authentication(ctx, 'replication'), 'postgresql.authentication.replication.password');
  if (!record) return { connstring: '', env: {}, pgpass: [] };
  const content = pgpassContent(ctx, record);
  // A new replica's data directory is empty, so Patroni filters keywords as for major version 0.
  const connstring = formatDsn(ctx, { ...record, password: null }, 0);
  if (content === null) return { connstring, env: {}, pgpass: [] };
  const path = pgpassPath(ctx);
  const pgpass: Step = { id: 'replica-pgpass', action: 'write_file', description: 'write the replication credentials to the pgpass file', path, content, mode: '0600', ...(record.secretKey && { secret: record.secretKey }) };
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
  if (section === undefined) notes.push(`there is no postgresql.${name} section: Patroni runs '${name}' itself as the command`);
  // Patroni deep-copies the section; a non-mapping section makes .get() raise.
  if (section !== undefined && section.kind !== 'dict') {
    return { name, kind: 'custom', attempts: [[{ id: `${name}-section`, action: 'fail', description: `postgresql.${name} is not a mapping: Patroni raises and replica creation stops` }]], after_failure: [], notes };
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
