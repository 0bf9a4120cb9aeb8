/**
 * Keys Patroni renamed, where the new name means exactly what the old one did: the data the
 * deprecated-key fix (src/fix/deprecated-key.ts) renames from. Read from Patroni's source,
 * tags v3.0.2, v3.3.11, v4.0.10, v4.1.4.
 */
export interface RenamedKey {
  from: string;
  to: string;
  /** Why the rename keeps the meaning, with the versions it was read from. */
  fact: string;
  /**
   * Where the old name must not meet the new one: 'mapping' (the same mapping holds
   * neither), 'effective-postgresql' (the effective postgresql section, local over
   * bootstrap.dcs, has no value for the new name, since the two are read with `or`).
   */
  unlessNewIn: 'mapping' | 'effective-postgresql';
}

export const RENAMED_KEYS: readonly RenamedKey[] = [
  {
    from: 'no_master',
    to: 'no_leader',
    // 3.0-3.3: Postgresql.can_create_replica_without_replication_connection reads
    // `no_master or no_leader` and Bootstrap.create_replica drops both from the params;
    // 4.0 on: only no_leader is read and dropped, no_master is passed to the command.
    fact: 'a replica method option read as `no_master or no_leader` in 3.0-3.3, only no_leader from 4.0',
    unlessNewIn: 'mapping',
  },
  {
    from: 'master_start_timeout',
    to: 'primary_start_timeout',
    // 3.0: Config renames it when primary_start_timeout is absent; 3.3 on: GlobalConfig reads
    // primary_start_timeout when present, else master_start_timeout.
    fact: 'read only when primary_start_timeout is absent (3.0-4.1)',
    unlessNewIn: 'mapping',
  },
  {
    from: 'master_stop_timeout',
    to: 'primary_stop_timeout',
    fact: 'read only when primary_stop_timeout is absent (3.0-4.1)',
    unlessNewIn: 'mapping',
  },
  {
    from: 'create_replica_method',
    to: 'create_replica_methods',
    // Postgresql.create_replica_methods: `create_replica_methods or create_replica_method` (3.0-4.1).
    fact: 'read as `create_replica_methods or create_replica_method` of the effective postgresql section (3.0-4.1)',
    unlessNewIn: 'effective-postgresql',
  },
];
