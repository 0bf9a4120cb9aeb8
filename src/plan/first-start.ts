/**
 * The standby settings Patroni writes before a freshly cloned replica's first start
 * (ConfigHandler.build_recovery_params + write_recovery_conf), following the member it was
 * cloned from.
 */
import { has } from '../facts/patroni-behaviour.js';
import { dictGet, dictPath } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import { pyTruthy } from '../py/truth.js';
import type { PyDict } from '../py/value.js';
import { cloneRecord, formatDsn, type ConnRecord } from './connection.js';
import { startParameters } from './local-connection.js';
import { authentication, memberName, pgpassPath, type PlanContext } from './plan-context.js';
import type { ReplicaBranch } from './plan-types.js';
import { writeRecoverySteps } from './recovery-settings.js';

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

export function firstStartSteps(ctx: PlanContext): ReplicaBranch['first_start'] {
  const notes: string[] = [];
  const params: [string, string][] = [];
  const local = dictGet(ctx.config.postgresql, 'recovery_conf');
  if (local?.kind === 'dict') {
    for (const { key, value } of local.entries) {
      const k = pyStr(key).toLowerCase();
      if (k.startsWith('recovery_target') || k === 'primary_conninfo' || k === 'primary_slot_name') continue;
      params.push([pyStr(key), pyStr(value)]);
    }
  }
  setParam(params, 'standby_mode', 'on');
  setParam(params, 'recovery_target_timeline', 'latest');
  if (ctx.pgMajor >= 12) for (const p of ['recovery_target', 'recovery_target_name', 'recovery_target_time', 'recovery_target_xid', 'recovery_target_lsn']) setParam(params, p, '');
  const conninfo = primaryConninfo(ctx);
  if (conninfo) {
    if (useSlots(ctx)) setParam(params, 'primary_slot_name', slotNameFromMemberName(memberName(ctx)));
    setParam(params, 'primary_conninfo', conninfo);
  } else {
    notes.push('no member to follow: primary_conninfo is not set');
  }
  const dict: PyDict = { kind: 'dict', entries: params.map(([k, v]) => ({ key: { kind: 'str', value: k }, value: { kind: 'str', value: v } })) };
  const start = { id: 'first-start-start', action: 'start_postgres' as const, description: 'start PostgreSQL as a standby', ...startParameters(ctx) };
  return { notes, steps: [...writeRecoverySteps(ctx, dict, 'first-start'), start] };
}

function setParam(params: [string, string][], name: string, value: string): void {
  const at = params.findIndex(([k]) => k.toLowerCase() === name.toLowerCase());
  if (at >= 0) params[at] = [params[at]![0], value];
  else params.push([name, value]);
}

function useSlots(ctx: PlanContext): boolean {
  const global = dictPath(ctx.config.bootstrap, 'dcs', 'postgresql', 'use_slots');
  return (global === undefined || pyTruthy(global)) && ctx.pgMajor >= 9.4;
}

function primaryConninfo(ctx: PlanContext): string | undefined {
  const record = cloneRecord(ctx, authentication(ctx, 'replication'), 'postgresql.authentication.replication.password');
  if (!record) return undefined;
  const r: ConnRecord = { ...record, application_name: memberName(ctx) };
  r['sslmode'] ??= 'prefer';
  if (ctx.pgMajor >= 12) r['gssencmode'] ??= 'prefer';
  if (ctx.pgMajor >= 13) r['channel_binding'] ??= 'prefer';
  if (ctx.pgMajor >= 17 && has('dsn.sslnegotiation', ctx.patroni)) r['sslnegotiation'] ??= 'postgres';
  if (!has('primary-conninfo.dbname', ctx.patroni)) delete r['dbname'];
  else if (!r['dbname']) r['dbname'] = 'postgres';
  const hasPassword = record['password'] !== undefined;
  if (ctx.pgMajor >= 10 && hasPassword) r['passfile'] = pgpassPath(ctx);
  return formatDsn(ctx, { ...r, password: null });
}
