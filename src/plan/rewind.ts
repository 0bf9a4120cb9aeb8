/**
 * The programs of Patroni's rewind (postgresql/rewind.py): the single-user clean shut-down of
 * a crashed former primary, and pg_rewind from the new leader with its connection, pgpass
 * and environment.
 */
import { has } from '../facts/patroni-behaviour.js';
import {
  PATRONI_CLEANS_REPLSLOT_BELOW_PG,
  PG_REWIND_ENV,
  REWIND_TARGET_SESSION_ATTRS_SINCE_PG,
  REWIND_USER_SINCE_PG,
  SINGLE_USER_DATABASE,
  SINGLE_USER_OVERRIDES,
} from '../facts/patroni-rewind.js';
import { dictGet } from '../py/dict.js';
import type { PyDict } from '../py/value.js';
import { cloneRecord, formatDsn, pgpassContent, pgpassWriteStep, REPLICATION_SECRET, revealSecretPlaceholders, SUPERUSER_SECRET, type AuthRecord } from './connection.js';
import { authentication, database, dataDir, pathJoin, pg, pgpassPath, programPath, sortedEnv, type PlanContext } from './plan-context.js';
import type { RejoinBranch, Step } from './plan-types.js';
import { configDir, serverParameters } from './server-parameters.js';

export const REWIND_SECRET = 'postgresql.authentication.rewind.password';

/** Whose credentials a connection of the rewind uses (config.rewind_credentials). */
export function rewindCredentials(ctx: PlanContext): Exclude<RejoinBranch['credentials'], 'none' | 'replication'> {
  if (ctx.pgMajor < REWIND_USER_SINCE_PG) return 'superuser';
  return dictGet(pg(ctx, 'authentication'), 'rewind') !== undefined ? 'rewind' : 'superuser';
}

/** The authentication section behind those credentials; a rewind key that is not a mapping gives no credentials at all. */
function credentialSection(ctx: PlanContext, who: RejoinBranch['credentials']): { auth: PyDict; secret: string } {
  if (who === 'replication') return { auth: authentication(ctx, 'replication'), secret: REPLICATION_SECRET };
  if (who === 'rewind') {
    const v = dictGet(pg(ctx, 'authentication'), 'rewind');
    return { auth: v?.kind === 'dict' ? v : { kind: 'dict', entries: [] }, secret: REWIND_SECRET };
  }
  return { auth: authentication(ctx, 'superuser'), secret: SUPERUSER_SECRET };
}

/**
 * Rewind._conn_kwargs: the leader's host, port and dbname (the local database when its URL has
 * none), the credentials, and on PostgreSQL 10+ target_session_attrs=read-write so that only
 * a primary is used.
 */
export function leaderRecord(ctx: PlanContext, who: RejoinBranch['credentials']): AuthRecord | null {
  const { auth, secret } = credentialSection(ctx, who);
  const record = cloneRecord(ctx, auth, secret);
  if (!record) return null;
  if (!record['dbname']) record['dbname'] = database(ctx);
  if (ctx.pgMajor >= REWIND_TARGET_SESSION_ATTRS_SINCE_PG && (has('rewind.target-session-attrs-always', ctx.patroni) || !('target_session_attrs' in record))) {
    record['target_session_attrs'] = 'read-write';
  }
  return record;
}

/** Rewind.pg_rewind: pgpass with the rewind credentials, then pg_rewind against the leader. */
export function pgRewindSteps(ctx: PlanContext, record: AuthRecord, notes: string[]): Step[] {
  const steps: Step[] = [];
  const env: Record<string, string> = { ...PG_REWIND_ENV };
  const content = pgpassContent(ctx, record);
  if (content !== null) {
    const path = pgpassPath(ctx);
    steps.push(pgpassWriteStep('rewind-pgpass', 'write the rewind credentials to the pgpass file', path, content, record));
    env['PGPASSFILE'] = path;
  }
  // The data directory exists, so the keywords are filtered by its major version (not 0 as for a clone).
  const dsn = revealSecretPlaceholders(formatDsn(ctx, { ...record, password: null }), record);
  const argv = [programPath(ctx, 'pg_rewind', has('bin-name', ctx.patroni)), '-D', dataDir(ctx), '--source-server', dsn];
  steps.push({ id: 'pg-rewind', action: 'run', description: 'rewind the data directory to the point where the leader\'s timeline forked, from the leader', argv, env: sortedEnv(env) });
  notes.push(...restoreTargetWalNotes(ctx));
  if (ctx.pgMajor < PATRONI_CLEANS_REPLSLOT_BELOW_PG) {
    const path = pathJoin(dataDir(ctx), 'pg_replslot');
    steps.push({ id: 'rewind-replslot-clean', action: 'empty_dir', description: 'remove the replication slots pg_rewind copied (it does so itself only from PostgreSQL 11)', path });
  }
  return steps;
}

/**
 * `--restore-target-wal` needs a restore_command Patroni finds: postgresql.recovery_conf below
 * 12, else what `postgres -C restore_command` reports, which the configuration cannot show
 * (Patroni writes its recovery settings only for a standby).
 */
function restoreTargetWalNotes(ctx: PlanContext): string[] {
  if (ctx.pgMajor < 12) {
    const configured = dictGet(pg(ctx, 'recovery_conf'), 'restore_command') !== undefined;
    return configured ? ['when pg_rewind fails for a WAL file it cannot find, Patroni fetches that file with recovery_conf.restore_command and runs pg_rewind again'] : [];
  }
  if (ctx.pgMajor < 13) return ['when pg_rewind fails for a missing WAL file and the server has a restore_command (postgres -C restore_command), Patroni fetches that file with it and runs pg_rewind again'];
  const sameDir = configDir(ctx) === dataDir(ctx);
  if (ctx.pgMajor < 15 && !sameDir) return ['postgresql.conf is outside the data directory: pg_rewind before 15 cannot read restore_command there, so Patroni never passes --restore-target-wal and fetches a missing WAL file itself'];
  const extra = ctx.pgMajor >= 15 && !sameDir ? ` --config-file=${pathJoin(configDir(ctx), 'postgresql.conf')}` : '';
  return [`when the server has a restore_command (postgres -C restore_command, e.g. from postgresql.base.conf or postgresql.auto.conf), Patroni adds --restore-target-wal${extra} before -D`];
}

/**
 * Rewind.ensure_clean_shutdown: start in single-user mode and stop, so that pg_control says
 * "shut down". The options are those of the server's last start (postmaster.opts), shown as
 * Patroni starts it, with archiving switched off in effect.
 */
export function singleUserStep(ctx: PlanContext): Step {
  const start = serverParameters(ctx, { customBootstrap: false, hotStandbyOff: false });
  const options = new Map<string, string>([['config-file', pathJoin(configDir(ctx), 'postgresql.conf')]]);
  for (const opt of start.command_line) {
    const at = opt.indexOf('=');
    options.set(opt.slice(0, at).replace(/^-+/, ''), opt.slice(at + 1));
  }
  for (const [k, v] of Object.entries(SINGLE_USER_OVERRIDES)) options.set(k, v);
  const sorted = [...options].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const argv = [programPath(ctx, 'postgres', has('bin-name', ctx.patroni)), '--single', '-D', dataDir(ctx), ...sorted.flatMap(([k, v]) => ['-c', `${k}=${v}`]), SINGLE_USER_DATABASE];
  return { id: 'single-user-recovery', action: 'run', description: 'crash recovery in single-user mode, so that the data directory is shut down cleanly', argv };
}

/** What Patroni runs first to decide: the data directory's state, and whether pg_rewind is usable. */
export function checkSteps(ctx: PlanContext, rewindOn: boolean): Step[] {
  const steps: Step[] = [
    { id: 'rejoin-controldata', action: 'run', description: 'read the data directory\'s state, timeline and last checkpoint', argv: [programPath(ctx, 'pg_controldata', has('bin-name', ctx.patroni)), dataDir(ctx)], env: { LANG: 'C', LC_ALL: 'C' }, on_failure: 'ignored' },
  ];
  if (rewindOn) steps.push({ id: 'rewind-help', action: 'run', description: 'check that pg_rewind runs', argv: [programPath(ctx, 'pg_rewind', has('bin-name', ctx.patroni)), '--help'], on_failure: 'ignored' });
  return steps;
}
