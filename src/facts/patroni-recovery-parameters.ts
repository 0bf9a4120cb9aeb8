/**
 * The recovery parameters Patroni writes and the PostgreSQL majors it writes each for
 * (Patroni's own table, which from 3.0.3 lives in available_parameters/0_postgres.yml;
 * docs/patroni-version-facts.md §17a). A parameter outside its range, or not in the table,
 * is logged and left out. Majors are PostgreSQL's: 9.6, 10 ... 18.
 */
import { has } from './patroni-behaviour.js';
import type { PatroniVersion } from './patroni-versions.js';

interface Range {
  /** First major Patroni writes it for. */
  from: number;
  /** First major it no longer writes it for. */
  until?: number;
}

const ALWAYS: Range = { from: 0 };

export const RECOVERY_PARAMETERS: Record<string, Range> = {
  archive_cleanup_command: ALWAYS,
  pause_at_recovery_target: { from: 0, until: 9.5 },
  primary_conninfo: ALWAYS,
  primary_slot_name: { from: 9.4 },
  promote_trigger_file: { from: 12, until: 16 },
  recovery_end_command: ALWAYS,
  recovery_min_apply_delay: { from: 9.4 },
  recovery_target: { from: 9.4 },
  recovery_target_action: { from: 9.5 },
  recovery_target_inclusive: ALWAYS,
  recovery_target_lsn: { from: 10 },
  recovery_target_name: { from: 9.4 },
  recovery_target_time: ALWAYS,
  recovery_target_timeline: ALWAYS,
  recovery_target_xid: ALWAYS,
  restore_command: ALWAYS,
  standby_mode: { from: 0, until: 12 },
  trigger_file: { from: 0, until: 12 },
};

/** Whether Patroni writes a recovery parameter for a PostgreSQL major. */
export function writesRecoveryParameter(name: string, pgMajor: number, patroni: PatroniVersion): boolean {
  const range = RECOVERY_PARAMETERS[name.toLowerCase()];
  if (!range) return false;
  // Before 3.0.3 Patroni's table gave promote_trigger_file no upper bound.
  const until = name.toLowerCase() === 'promote_trigger_file' && !has('recovery.validated-by-pg-version', patroni) ? undefined : range.until;
  return pgMajor >= range.from && (until === undefined || pgMajor < until);
}

/** The trigger file setting's name for a PostgreSQL major, and the other one Patroni renames to it. */
export function triggerFileNames(pgMajor: number): { good: string; wrong: string } {
  return pgMajor < 12 ? { good: 'trigger_file', wrong: 'promote_trigger_file' } : { good: 'promote_trigger_file', wrong: 'trigger_file' };
}
