/**
 * PostgreSQL settings Patroni passes on the postgres command line (ConfigHandler.CMDLINE_OPTIONS,
 * the same 15 names in 3.0.2 and 4.1.4). Patroni drops them from the local
 * postgresql.parameters and takes them from the dynamic configuration only (where each must
 * pass Patroni's validator, or the default is used); listen_addresses, port and
 * cluster_name come from listen and scope, and hot_standby is always on, whatever is written.
 */
export const DCS_ONLY_PARAMETERS: readonly string[] = [
  'wal_level',
  'max_connections',
  'max_wal_senders',
  'wal_keep_segments',
  'wal_keep_size',
  'max_prepared_transactions',
  'max_locks_per_transaction',
  'track_commit_timestamp',
  'max_replication_slots',
  'max_worker_processes',
  'wal_log_hints',
];

/** Set by Patroni from its own configuration; a value written for them is never used. */
export const PATRONI_SET_PARAMETERS: readonly string[] = ['listen_addresses', 'port', 'cluster_name', 'hot_standby'];
