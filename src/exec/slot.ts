/**
 * `--create-slot`: what Patroni's leader does for a new member, done by exec from the replica
 * side. The slot primary_slot_name names is created on the primary over a replication
 * connection (CREATE_REPLICATION_SLOT ... PHYSICAL RESERVE_WAL, PostgreSQL 9.6+), with the
 * connection string primary_conninfo holds, so it uses the credentials and the pgpass file
 * the standby itself will use and passes the same pg_hba.conf line. It runs after a method
 * has built the replica, so a failed clone never leaves a slot holding WAL on the primary.
 */
import { dirname, join } from 'node:path';
import type { ExecContext } from './context.js';
import { runArgv, type StepResult } from './steps.js';
import { standbySetting } from './standby-settings.js';

export const CREATE_SLOT_STEP = 'create-slot';

/** Why --create-slot cannot work for this run, checked before the first step. */
export function createSlotProblem(ctx: ExecContext): string | undefined {
  if (!ctx.options.createSlot) return undefined;
  if (ctx.branch !== 'replica') return '--create-slot is for the replica branch';
  const slot = standbySetting(ctx, 'primary_slot_name');
  if (slot === undefined) return "--create-slot: the plan's standby settings name no replication slot (primary_slot_name; Patroni sets it when use_slots is on)";
  if (!/^[a-z0-9_]+$/.test(slot)) return `--create-slot: the slot name '${slot}' is not one Patroni makes (a-z, 0-9, _)`;
  if (standbySetting(ctx, 'primary_conninfo') === undefined) return "--create-slot: the plan's standby settings have no primary_conninfo to connect with";
  if (!ctx.pgCtl?.startsWith('/')) return '--create-slot: the plan runs neither initdb nor pg_basebackup from a bin directory, so there is no psql to take';
  return undefined;
}

export async function createSlot(ctx: ExecContext): Promise<StepResult> {
  const slot = standbySetting(ctx, 'primary_slot_name')!;
  const conninfo = `${standbySetting(ctx, 'primary_conninfo')!} replication=true`;
  const psql = join(dirname(ctx.pgCtl!), 'psql');
  const argv = [psql, '-X', '-v', 'ON_ERROR_STOP=1', '-d', conninfo, '-c', `CREATE_REPLICATION_SLOT "${slot}" PHYSICAL RESERVE_WAL`];
  const description = `create the replication slot ${slot} on the primary, as Patroni's leader does (--create-slot)`;
  ctx.reporter.emit({ event: 'step', step: CREATE_SLOT_STEP, action: 'run', description, argv });
  const began = Date.now();
  let exists = false;
  const result = await runArgv(ctx, CREATE_SLOT_STEP, argv, {}, (line) => (exists ||= /replication slot .* already exists/.test(line)));
  const final: StepResult = result.status === 'failed' && exists ? { status: 'ok', reason: `the slot ${slot} exists already` } : result;
  ctx.reporter.emit({ event: 'step_end', step: CREATE_SLOT_STEP, ...final, ms: Date.now() - began });
  if (final.status !== 'failed') return final;
  return { ...final, reason: `${final.reason}: create the slot on the primary yourself (SELECT pg_create_physical_replication_slot('${slot}', true)) and start the standby` };
}
