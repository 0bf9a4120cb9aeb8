/**
 * A standby cluster (bootstrap.dcs.standby_cluster) replicates from a remote primary.
 * Patroni 3.0–4.1: its first node does not initdb but clones the remote primary and
 * follows it (the standby leader); its other nodes clone from the standby leader with the
 * standby cluster's create_replica_methods and take its restore_command and
 * archive_cleanup_command. Only the dynamic configuration counts: a top-level
 * standby_cluster key is ignored.
 */
import { has } from '../facts/patroni-behaviour.js';
import { dictGet, dictPath } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import { pyTruthy } from '../py/truth.js';
import type { PyDict, PyValue } from '../py/value.js';
import { authRecord, REPLICATION_SECRET, type AuthRecord } from './connection.js';
import { useSlots, type FollowSpec } from './follow-spec.js';
import { authentication, type PlanContext } from './plan-context.js';

export function standbyCluster(ctx: Pick<PlanContext, 'config'>): PyDict | undefined {
  const config = dictPath(ctx.config.bootstrap, 'dcs', 'standby_cluster');
  if (config?.kind !== 'dict') return undefined;
  // Patroni's is_standby_cluster: any of host, port or restore_command set.
  const active = ['host', 'port', 'restore_command'].some((k) => {
    const v = dictGet(config, k);
    return v !== undefined && pyTruthy(v);
  });
  return active ? config : undefined;
}

/** A standby cluster setting as Python str(), or undefined when unset or falsy (Patroni copies only truthy ones). */
export function standbySetting(config: PyDict, key: string): string | undefined {
  const v: PyValue | undefined = dictGet(config, key);
  return v !== undefined && pyTruthy(v) ? pyStr(v) : undefined;
}

/** The remote primary's host and port from standby_cluster, with the local replication credentials. */
export function remoteRecord(ctx: PlanContext, standby: PyDict): AuthRecord {
  const out: AuthRecord = {};
  for (const key of ['host', 'port']) {
    const v = dictGet(standby, key);
    if (v !== undefined) out[key] = pyStr(v);
  }
  return { ...out, ...authRecord(authentication(ctx, 'replication'), REPLICATION_SECRET) };
}

/** A slot on the remote primary only when standby_cluster names one (and slots are used at all). */
function remoteSlot(ctx: PlanContext, standby: PyDict): string | undefined {
  const name = dictGet(standby, 'primary_slot_name');
  return name !== undefined && useSlots(ctx) ? pyStr(name) : undefined;
}

/** 3.3+ ask for a read-write server only when standby_cluster lists several hosts; 3.0–3.2 always did. */
function wantsReadWrite(ctx: PlanContext, record: AuthRecord): boolean {
  return !has('standby.read-write-only-multihost', ctx.patroni) || (record['host'] ?? '').includes(',');
}

/** The standby cluster's own restore settings, which a standby leader takes over the local ones. */
function remoteOverrides(standby: PyDict): [string, string][] {
  const out: [string, string][] = [];
  for (const key of ['restore_command', 'archive_cleanup_command', 'recovery_min_apply_delay']) {
    const v = standbySetting(standby, key);
    if (v !== undefined) out.push([key, v]);
  }
  return out;
}

/** How a node follows the remote primary directly (the standby leader, or a replica with no standby leader yet). */
export function remoteFollow(ctx: PlanContext, standby: PyDict, record: AuthRecord): FollowSpec {
  const slot = remoteSlot(ctx, standby);
  return { record, slot, targetSessionAttrs: slot !== undefined && wantsReadWrite(ctx, record), overrides: remoteOverrides(standby) };
}
