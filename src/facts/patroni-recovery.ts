/**
 * How Patroni treats recovery settings, the same in every release 3.0.3 to 4.1.4 (the table
 * lives in patroni/postgresql/available_parameters/0_postgres.yml, section
 * recovery_parameters, unchanged across those tags; 3.0.0-3.0.2 had the same names in
 * validator.py, with promote_trigger_file open-ended, see BEHAVIOUR 'recovery.validated-by-pg-version').
 *
 * - The names below are the only ones Patroni writes as recovery settings; others in a
 *   recovery_conf mapping are dropped (from 3.0.3, with a warning in its log).
 * - Any of these names found in `postgresql.parameters` is taken out of the server settings
 *   and the whole set *replaces* `postgresql.recovery_conf` (ConfigHandler, every release).
 * - The wrong trigger file name for the major (`trigger_file` on 12+, `promote_trigger_file`
 *   below 12) is renamed to the right one.
 * - For a replica, `recovery_target*`, `primary_conninfo` and `primary_slot_name` are
 *   removed from `postgresql.recovery_conf`, and `standby_mode` and
 *   `recovery_target_timeline` are forced (`on`, `latest`): Patroni builds those itself.
 */
export interface PatroniRecoveryParameter {
  name: string;
  /** First PostgreSQL major (of the tracked 9.6-18) Patroni writes it for. */
  since: number;
  /** First major it no longer writes it for. */
  until?: number;
}

export const PATRONI_RECOVERY_PARAMETERS: readonly PatroniRecoveryParameter[] = [
  { name: 'archive_cleanup_command', since: 9.6 },
  { name: 'pause_at_recovery_target', since: 9.6, until: 9.6 },
  { name: 'primary_conninfo', since: 9.6 },
  { name: 'primary_slot_name', since: 9.6 },
  { name: 'promote_trigger_file', since: 12, until: 16 },
  { name: 'recovery_end_command', since: 9.6 },
  { name: 'recovery_min_apply_delay', since: 9.6 },
  { name: 'recovery_target', since: 9.6 },
  { name: 'recovery_target_action', since: 9.6 },
  { name: 'recovery_target_inclusive', since: 9.6 },
  { name: 'recovery_target_lsn', since: 10 },
  { name: 'recovery_target_name', since: 9.6 },
  { name: 'recovery_target_time', since: 9.6 },
  { name: 'recovery_target_timeline', since: 9.6 },
  { name: 'recovery_target_xid', since: 9.6 },
  { name: 'restore_command', since: 9.6 },
  { name: 'standby_mode', since: 9.6, until: 12 },
  { name: 'trigger_file', since: 9.6, until: 12 },
];

/** Recovery settings Patroni writes itself from its own configuration: written in parameters, they are still Patroni's to set. */
export const PATRONI_WRITTEN_RECOVERY: readonly string[] = ['primary_conninfo', 'primary_slot_name', 'standby_mode', 'recovery_target_timeline'];

/** Names Patroni sets itself in a replica's recovery settings, so postgresql.recovery_conf cannot. */
export function overriddenForReplica(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('recovery_target') || ['primary_conninfo', 'primary_slot_name', 'standby_mode'].includes(n);
}

/** Names Patroni converts rather than drops when the major does not have them. */
export const CONVERTED = {
  standby_mode: 'Patroni turns it into standby.signal / recovery.signal on PostgreSQL 12 and later',
  pause_at_recovery_target: 'Patroni turns it into recovery_target_action',
} as const;

export function recoveryParameter(name: string): PatroniRecoveryParameter | undefined {
  return PATRONI_RECOVERY_PARAMETERS.find((p) => p.name === name.toLowerCase());
}
