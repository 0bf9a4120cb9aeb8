/**
 * What `patroni --validate-config` checks beyond the types the schema already describes,
 * per release, read from patroni/validator.py at every tag 3.0.0 to 4.1.4. Its host checks
 * (ports in use, addresses reachable, directories and programs present) are not here: they
 * depend on the machine and run only with `lint --host-checks`.
 *
 * Releases are written as in the schema's x-patroni-since: "3.2" holds from 3.2.0 on.
 */

export interface RequiredKey {
  /** Dotted path of the section that must contain one of `anyOf`; '' for the top level. */
  section: string;
  /** At least one of these keys must be present. */
  anyOf: readonly string[];
  /** Required only when the section itself is present (it always is for the top level). */
  since?: string;
  until?: string;
  /** The environment variable that can supply it instead, if there is one. */
  env?: string;
}

export const DCS_SECTIONS = ['consul', 'etcd', 'etcd3', 'exhibitor', 'kubernetes', 'raft', 'zookeeper'] as const;

export const REQUIRED_KEYS: readonly RequiredKey[] = [
  { section: '', anyOf: ['name'], env: 'PATRONI_NAME' },
  { section: '', anyOf: ['scope'], env: 'PATRONI_SCOPE' },
  { section: '', anyOf: ['restapi'] },
  { section: 'restapi', anyOf: ['listen'], env: 'PATRONI_RESTAPI_LISTEN' },
  { section: 'restapi', anyOf: ['connect_address'], env: 'PATRONI_RESTAPI_CONNECT_ADDRESS' },
  { section: 'restapi.authentication', anyOf: ['username'], since: '3.1', env: 'PATRONI_RESTAPI_USERNAME' },
  { section: 'restapi.authentication', anyOf: ['password'], since: '3.1', env: 'PATRONI_RESTAPI_PASSWORD' },
  { section: 'bootstrap', anyOf: ['dcs'] },
  { section: 'bootstrap', anyOf: ['pg_hba'], until: '3.0.3' },
  { section: 'bootstrap', anyOf: ['initdb'], until: '3.0.3' },
  { section: '', anyOf: DCS_SECTIONS },
  { section: 'etcd', anyOf: ['host', 'hosts', 'srv', 'srv_suffix', 'url', 'proxy'], env: 'PATRONI_ETCD_HOSTS' },
  { section: 'etcd3', anyOf: ['host', 'hosts', 'srv', 'srv_suffix', 'url', 'proxy'], env: 'PATRONI_ETCD3_HOSTS' },
  { section: 'consul', anyOf: ['host', 'url'], env: 'PATRONI_CONSUL_HOST' },
  { section: 'exhibitor', anyOf: ['hosts'], env: 'PATRONI_EXHIBITOR_HOSTS' },
  { section: 'exhibitor', anyOf: ['port'], env: 'PATRONI_EXHIBITOR_PORT' },
  { section: 'raft', anyOf: ['self_addr'], env: 'PATRONI_RAFT_SELF_ADDR' },
  { section: 'raft', anyOf: ['partner_addrs'], env: 'PATRONI_RAFT_PARTNER_ADDRS' },
  { section: 'zookeeper', anyOf: ['hosts'], env: 'PATRONI_ZOOKEEPER_HOSTS' },
  { section: 'kubernetes', anyOf: ['labels'], env: 'PATRONI_KUBERNETES_LABELS' },
  { section: 'citus', anyOf: ['database'], env: 'PATRONI_CITUS_DATABASE' },
  { section: 'citus', anyOf: ['group'], env: 'PATRONI_CITUS_GROUP' },
  { section: 'bootstrap.dcs.standby_cluster', anyOf: ['host', 'port', 'restore_command'], since: '3.1' },
  { section: '', anyOf: ['postgresql'] },
  { section: 'postgresql', anyOf: ['listen'], env: 'PATRONI_POSTGRESQL_LISTEN' },
  { section: 'postgresql', anyOf: ['connect_address'], env: 'PATRONI_POSTGRESQL_CONNECT_ADDRESS' },
  { section: 'postgresql', anyOf: ['data_dir'], env: 'PATRONI_POSTGRESQL_DATA_DIR' },
  { section: 'postgresql', anyOf: ['authentication'] },
  { section: 'postgresql.authentication', anyOf: ['replication'] },
  { section: 'postgresql.authentication', anyOf: ['superuser'] },
  { section: 'postgresql.authentication', anyOf: ['rewind'], until: '3.0.3' },
  { section: 'postgresql.authentication.replication', anyOf: ['username'], env: 'PATRONI_REPLICATION_USERNAME' },
  { section: 'postgresql.authentication.superuser', anyOf: ['username'], env: 'PATRONI_SUPERUSER_USERNAME' },
  { section: 'postgresql.authentication.rewind', anyOf: ['username'], env: 'PATRONI_REWIND_USERNAME' },
];

/** Addresses other members connect to, which --validate-config refuses to see as loopback or wildcard. */
export const CONNECT_ADDRESSES = ['restapi.connect_address', 'postgresql.connect_address', 'postgresql.proxy_address', 'raft.self_addr'] as const;
export const LOCAL_HOSTS = ['127.0.0.1', '0.0.0.0', '*', '::1', 'localhost'] as const;

export interface IntRange {
  path: string;
  min?: number;
  max?: number;
  since: string | readonly string[];
  /** What happens at run time when the value is out of range, where that is known. */
  runtime?: string;
}

const ADJUSTED = 'Patroni raises it to the minimum and logs a warning';
const PG_REFUSES = 'PostgreSQL refuses to start with it';

export const INT_RANGES: readonly IntRange[] = [
  { path: 'bootstrap.dcs.ttl', min: 20, since: '3.2', runtime: ADJUSTED },
  { path: 'bootstrap.dcs.loop_wait', min: 1, since: '3.2', runtime: ADJUSTED },
  { path: 'bootstrap.dcs.retry_timeout', min: 3, since: '3.2', runtime: ADJUSTED },
  { path: 'bootstrap.dcs.maximum_lag_on_failover', min: 0, since: '3.2' },
  { path: 'bootstrap.dcs.maximum_lag_on_syncnode', min: -1, since: '3.2' },
  { path: 'bootstrap.dcs.member_slots_ttl', min: 0, since: '4.0' },
  { path: 'bootstrap.dcs.primary_start_timeout', min: 0, since: '3.2' },
  { path: 'bootstrap.dcs.primary_stop_timeout', min: 0, since: '3.2' },
  { path: 'bootstrap.dcs.synchronous_node_count', min: 1, since: '3.2' },
  { path: 'bootstrap.dcs.postgresql.pg_ctl_timeout', min: 0, since: '3.2' },
  { path: 'postgresql.pg_ctl_timeout', min: 0, since: '3.2' },
  { path: 'bootstrap.dcs.postgresql.parameters.max_connections', min: 1, max: 262143, since: '3.2', runtime: PG_REFUSES },
  { path: 'bootstrap.dcs.postgresql.parameters.max_locks_per_transaction', min: 10, max: 2147483647, since: '3.2', runtime: PG_REFUSES },
  { path: 'bootstrap.dcs.postgresql.parameters.max_prepared_transactions', min: 0, max: 262143, since: '3.2', runtime: PG_REFUSES },
  { path: 'bootstrap.dcs.postgresql.parameters.max_replication_slots', min: 0, max: 262143, since: '3.2', runtime: PG_REFUSES },
  { path: 'bootstrap.dcs.postgresql.parameters.max_wal_senders', min: 0, max: 262143, since: '3.2', runtime: PG_REFUSES },
  { path: 'bootstrap.dcs.postgresql.parameters.max_worker_processes', min: 0, max: 262143, since: '3.2', runtime: PG_REFUSES },
  { path: 'bootstrap.dcs.standby_cluster.port', max: 65535, since: '3.2' },
  { path: 'restapi.request_queue_size', min: 0, max: 4096, since: '3.0.3' },
  { path: 'restapi.thread_pool_size', min: 5, since: ['3.3.9', '4.0.8', '4.1.1'] },
  { path: 'thread_pool_size', min: 5, since: ['3.3.9', '4.0.8', '4.1.1'] },
  { path: 'thread_stack_size', min: 65536, since: ['3.3.9', '4.0.8', '4.1.1'] },
  { path: 'consul.port', max: 65535, since: '3.2' },
  { path: 'exhibitor.port', max: 65535, since: '3.0.3' },
  { path: 'exhibitor.poll_interval', min: 1, since: '3.2' },
  { path: 'citus.group', min: 0, since: '3.2' },
  { path: 'watchdog.safety_margin', min: -1, since: '3.2' },
  { path: 'tags.failover_priority', min: 0, since: '3.2' },
  { path: 'tags.sync_priority', min: 0, since: '4.1' },
  { path: 'log.mode', min: 0, max: 511, since: '4.0' },
];

/** Keys --validate-config wants as a real YAML boolean, where Patroni itself also takes other values. */
export const STRICT_BOOLEANS: readonly { path: string; since?: string }[] = [
  { path: 'tags.nofailover' },
  { path: 'tags.clonefrom' },
  { path: 'tags.noloadbalance' },
  { path: 'tags.nosync' },
  { path: 'tags.nostream', since: '3.3' },
  { path: 'postgresql.use_pg_rewind' },
  { path: 'bootstrap.dcs.postgresql.use_pg_rewind', since: '3.1' },
  { path: 'bootstrap.dcs.postgresql.use_slots', since: '3.1' },
  { path: 'bootstrap.dcs.synchronous_mode', since: '3.1' },
  { path: 'bootstrap.dcs.synchronous_mode_strict', since: '3.1' },
  { path: 'restapi.allowlist_include_members', since: '3.1' },
  { path: 'ctl.insecure', since: '3.1' },
  { path: 'consul.verify', since: '3.1' },
  { path: 'consul.register_service', since: '3.1' },
  { path: 'kubernetes.use_endpoints' },
  { path: 'kubernetes.bypass_api_service', since: '3.1' },
  { path: 'zookeeper.use_ssl', since: '3.1' },
  { path: 'zookeeper.verify', since: '3.1' },
];

/**
 * YAML booleans --validate-config refuses at a key where Patroni itself reads them. `off`
 * unquoted is YAML's false: Patroni's watchdog takes false as off in every release, but the
 * validator of 3.0.0-3.0.2 accepted only the strings off/automatic/required; 3.0.3 added false
 * (checked by running --validate-config of 3.0.2, 3.3.11, 4.0.10 and 4.1.4).
 */
export const REFUSED_BOOLEANS: readonly { path: string; value: boolean; until: string; meaning: string; write: string }[] = [
  { path: 'watchdog.mode', value: false, until: '3.0.3', meaning: 'Patroni runs with the watchdog off', write: "'off' (quoted)" },
];

/** Lists --validate-config refuses when empty, though Patroni reads an empty list as none. */
export const NON_EMPTY_LISTS: readonly string[] = [
  'bootstrap.initdb',
  'bootstrap.pg_hba',
  'bootstrap.dcs.postgresql.pg_hba',
  'bootstrap.dcs.postgresql.pg_ident',
  'bootstrap.dcs.standby_cluster.create_replica_methods',
  'postgresql.pg_hba',
  'postgresql.pg_ident',
  'restapi.allowlist',
  'consul.checks',
  'consul.service_tags',
  'kubernetes.ports',
  'exhibitor.hosts',
];

/**
 * Pairs of tags --validate-config accepts only one of. Patroni itself lets the boolean win
 * and logs a warning when the two disagree.
 */
export const EXCLUSIVE_TAGS: readonly { keys: readonly [string, string]; since: string }[] = [
  { keys: ['nofailover', 'failover_priority'], since: '3.2' },
  { keys: ['nosync', 'sync_priority'], since: '4.1' },
];

/**
 * Keys validator.py types as str where Patroni itself also takes a number (it formats the
 * value into a header or a string): `--validate-config` refuses `password: 123` there.
 * restapi.authentication is validated from 3.1 (absent from 3.0.2's validator, present in 3.3.11 to 4.1.4).
 */
export const STRICT_STRINGS: readonly { path: string; since?: string }[] = [
  { path: 'restapi.authentication.username', since: '3.1' },
  { path: 'restapi.authentication.password', since: '3.1' },
];

/**
 * Mappings validator.py requires to be mappings when present (checked with Debian's 3.0.2 and the
 * source of 3.1.0 to 4.1.4): an empty
 * `parameters:` is None, which Patroni reads as no parameters but the validator refuses. Only a
 * single file keeps the None: Patroni merges the files of a directory with patch_config,
 * which drops it.
 */
export const NON_EMPTY_MAPPINGS: readonly { path: string; since?: string }[] = [
  { path: 'postgresql.parameters' },
  // bootstrap.dcs is validated from 3.1.0 (3.0.2 and 3.0.4 do not look inside it).
  { path: 'bootstrap.dcs.postgresql.parameters', since: '3.1' },
];
