/**
 * The standby settings Patroni writes before a freshly cloned replica's first start
 * (ConfigHandler.build_recovery_params + write_recovery_conf), following the member it was
 * cloned from.
 */
import { has } from '../facts/patroni-behaviour.js';
import { nostream } from '../normalise/node-tags.js';
import { dictGet } from '../py/dict.js';
import { triggerFileNames } from '../facts/patroni-recovery-parameters.js';
import { recoveryParameter } from '../facts/patroni-recovery.js';
import { formatDsn, pgpassContent, pgpassWriteStep, revealSecretPlaceholders, type ConnRecord } from './connection.js';
import type { FollowSpec } from './follow-spec.js';
import { startParameters } from './local-connection.js';
import { serverParameters } from './server-parameters.js';
import { database, memberName, pgpassPath, type PlanContext } from './plan-context.js';
import type { ReplicaBranch, Step } from './plan-types.js';
import { paramsFromDict, setParam, writeRecoverySteps, type RecoveryParams } from './recovery-settings.js';

/** Patroni's slot_name_from_member_name: lower case, `-`/`.` to `_`, other characters as u+decimal, at most 63. */
export function slotNameFromMemberName(name: string): string {
  let out = '';
  for (const ch of name.toLowerCase()) {
    if (/[a-z0-9_]/.test(ch)) out += ch;
    else if (ch === '-' || ch === '.') out += '_';
    else out += 'u' + String(ch.codePointAt(0)).padStart(4, '0');
  }
  return out.slice(0, 63);
}

export function firstStartSteps(ctx: PlanContext, leader: FollowSpec | null): ReplicaBranch['first_start'] {
  const notes: string[] = [];
  // Ha._get_node_to_follow returns no node for a nostream node (3.3+), whoever it cloned from.
  const streams = !nostream(ctx.config.root, ctx.patroni);
  if (!streams) notes.push('tags.nostream is set: Patroni follows no member, so the node starts with no primary_conninfo, no replication slot and no pgpass (it recovers from the archive only)');
  const follow = streams ? leader : null;
  const params = localRecoveryParams(ctx, notes);
  setParam(params, 'standby_mode', 'on');
  setParam(params, 'recovery_target_timeline', 'latest');
  if (ctx.pgMajor >= 12) for (const p of ['recovery_target', 'recovery_target_name', 'recovery_target_time', 'recovery_target_xid', 'recovery_target_lsn']) setParam(params, p, '');
  const conninfo = follow && primaryConninfo(ctx, follow);
  const pgpass: Step[] = [];
  if (follow && conninfo) {
    if (follow.slot !== undefined) setParam(params, 'primary_slot_name', slotNameFromMemberName(follow.slot));
    setParam(params, 'primary_conninfo', conninfo.dsn);
    if (conninfo.pgpass) pgpass.push(conninfo.pgpass);
  } else if (streams) {
    notes.push('no member to follow: primary_conninfo is not set');
  }
  for (const [name, value] of follow?.overrides ?? []) setParam(params, name, value);
  const server_parameters = serverParameters(ctx, { customBootstrap: false, hotStandbyOff: false });
  const start: Step = { id: 'first-start-start', action: 'start_postgres', description: 'start PostgreSQL as a standby', ...startParameters(ctx), server_parameters };
  return { notes, steps: [...writeRecoverySteps(ctx, params, 'first-start', notes, 'postgresql.recovery_conf', pgpass), start] };
}

/**
 * postgresql.recovery_conf without the settings Patroni decides itself (recovery_target*,
 * primary_conninfo, primary_slot_name), and with the trigger file setting renamed to the
 * name this PostgreSQL major uses (Patroni's _adjust_recovery_parameters).
 */
function localRecoveryParams(ctx: PlanContext, notes: string[]): RecoveryParams {
  const fromParameters = recoverySettingsAmongParameters(ctx);
  if (fromParameters && dictGet(ctx.config.postgresql, 'recovery_conf') !== undefined) {
    notes.push(`postgresql.parameters holds recovery settings (${fromParameters.map(([k]) => k).join(', ')}): they replace postgresql.recovery_conf as a whole`);
  }
  const all = fromParameters ?? paramsFromDict(dictGet(ctx.config.postgresql, 'recovery_conf'));
  const { good, wrong } = triggerFileNames(ctx.pgMajor);
  const wrongAt = all.findIndex(([k]) => k === wrong);
  if (wrongAt >= 0) {
    const [, value] = all.splice(wrongAt, 1)[0]!;
    if (!all.some(([k]) => k === good) && value !== '' && value !== 'None') all.push([good, value]);
  }
  return all.filter(([k]) => {
    const name = k.toLowerCase();
    return !name.startsWith('recovery_target') && name !== 'primary_conninfo' && name !== 'primary_slot_name';
  });
}

/**
 * Recovery settings found among the server parameters (local and bootstrap.dcs, merged)
 * replace postgresql.recovery_conf as a whole (_adjust_recovery_parameters, every release
 * 3.0-4.1, recorded: fixture recovery-conf-from-parameters); undefined when there are none.
 */
function recoverySettingsAmongParameters(ctx: PlanContext): RecoveryParams | undefined {
  const found = paramsFromDict(dictGet(ctx.config.postgresql, 'parameters')).filter(([name]) => recoveryParameter(name) !== undefined);
  return found.length ? found : undefined;
}

/**
 * primary_conninfo and, on PostgreSQL 10+ with a password, the pgpass file it names with
 * passfile; below 10 the password goes inline (as ${secret:...}).
 */
function primaryConninfo(ctx: PlanContext, follow: FollowSpec): { dsn: string; pgpass?: Step } {
  const record = follow.record;
  const r: ConnRecord = { ...record, application_name: memberName(ctx) };
  if (follow.targetSessionAttrs && ctx.pgMajor >= 10) r['target_session_attrs'] = 'read-write';
  r['sslmode'] ??= 'prefer';
  if (ctx.pgMajor >= 12) r['gssencmode'] ??= 'prefer';
  if (ctx.pgMajor >= 13) r['channel_binding'] ??= 'prefer';
  if (ctx.pgMajor >= 17 && has('dsn.sslnegotiation', ctx.patroni)) r['sslnegotiation'] ??= 'postgres';
  if (!has('primary-conninfo.dbname', ctx.patroni)) delete r['dbname'];
  else if (!r['dbname']) r['dbname'] = database(ctx);
  const content = pgpassContent(ctx, record);
  if (ctx.pgMajor < 10 || content === null) return { dsn: revealSecretPlaceholders(formatDsn(ctx, r), record) };
  const path = pgpassPath(ctx);
  r['passfile'] = path;
  const pgpass = pgpassWriteStep('first-start-pgpass', 'write the replication credentials to the pgpass file primary_conninfo names', path, content, record);
  return { dsn: revealSecretPlaceholders(formatDsn(ctx, { ...r, password: null }), record), pgpass };
}
