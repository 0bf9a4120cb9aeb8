/**
 * Whom a new node follows, and whether with a replication slot: what the first start writes,
 * decided by the replica branch and the standby cluster, so it lives below all three.
 */
import { has } from '../facts/patroni-behaviour.js';
import { dictPath } from '../py/dict.js';
import { parsePgBool } from '../py/pg-values.js';
import { pyStr } from '../py/str.js';
import { pyTruthy } from '../py/truth.js';
import type { AuthRecord } from './connection.js';
import type { PlanContext } from './plan-context.js';

/** The member a new node follows, as Patroni's build_recovery_params sees it. */
export interface FollowSpec {
  /** Its connection keyword arguments with the replication credentials. */
  record: AuthRecord;
  /** The name the replication slot is derived from; undefined when no slot is used. */
  slot: string | undefined;
  /** Ask for a read-write server (a standby leader following a remote primary). */
  targetSessionAttrs: boolean;
  /** Settings the followed member imposes (a standby cluster's restore_command ...), written over the local ones. */
  overrides: [string, string][];
}

/**
 * bootstrap.dcs.postgresql.use_slots, on unless set off: 3.3+ read it with parse_bool, so `off`,
 * `no`, `0` and any text it cannot read are off; 3.0-3.2 test its truthiness, so any non-empty
 * text is on. PostgreSQL has replication slots from 9.4.
 */
export function useSlots(ctx: PlanContext): boolean {
  const global = dictPath(ctx.config.bootstrap, 'dcs', 'postgresql', 'use_slots');
  const on = global === undefined || (has('use-slots.parse-bool', ctx.patroni) ? parsePgBool(pyStr(global)) === true : pyTruthy(global));
  return on && ctx.pgMajor >= 9.4;
}
