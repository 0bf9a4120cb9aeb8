/**
 * How Patroni turns PATRONI_* environment variables into configuration
 * (Config._build_environment_configuration, read at every tag 3.0.0 to 4.1.4), and patches
 * the result over the configuration file(s) with patch_config. Releases are read like the
 * schema's x-patroni-since ("3.3" = 3.3.0 on; a list = first release on each line).
 *
 * Order of reading, which matters because every variable read is removed from the
 * environment before the next step looks at what is left:
 * 1. PATRONI_NAME, _NAMESPACE, _SCOPE (and the thread settings below), top level;
 * 2. old log names become new ones when the new one is not set (PATRONI_LOGLEVEL ->
 *    PATRONI_LOG_LEVEL, PATRONI_LOGFORMAT -> _LOG_FORMAT, PATRONI_LOG_DATEFMT -> _LOG_DATEFORMAT);
 * 3. PATRONI_<SECTION>_<KEY> for the section keys below, then PATRONI_POSTGRESQL_BIN_<PROGRAM>;
 * 4. typed keys converted (booleans with parse_bool, integers with parse_int, lists and
 *    mappings as YAML flow collections); a value that does not convert is dropped;
 * 5. PATRONI_CTL_/PATRONI_RESTAPI_USERNAME and _PASSWORD into <section>.authentication;
 *    PATRONI_REPLICATION_/SUPERUSER_/REWIND_<libpq key> into postgresql.authentication;
 * 6. every other PATRONI_<NAME>_<SUFFIX> whose suffix is a DCS key below goes to
 *    <name lowercased>.<suffix lowercased>, then PATRONI_ETCD(3)_USERNAME/_PASSWORD;
 * 7. (3.x only) every remaining PATRONI_<NAME>_PASSWORD becomes bootstrap.users.<NAME>,
 *    with PATRONI_<NAME>_OPTIONS as its options list.
 * Empty values are skipped in steps 1, 3, 5 and 7 (Python truthiness); step 6 keeps them.
 */

export interface EnvKey {
  key: string;
  since?: string | readonly string[];
  type?: 'bool' | 'int' | 'list' | 'dict' | 'logformat';
}

const THREADS = ['3.3.9', '4.0.8', '4.1.1'] as const;

export const ENV_TOP_LEVEL: readonly EnvKey[] = [
  { key: 'name' },
  { key: 'namespace' },
  { key: 'scope' },
  { key: 'thread_pool_size', since: THREADS },
  { key: 'thread_stack_size', since: THREADS },
];

export const ENV_LOG_RENAMES: readonly [oldName: string, newName: string][] = [
  ['LOGLEVEL', 'LOG_LEVEL'],
  ['LOGFORMAT', 'LOG_FORMAT'],
  ['LOG_DATEFMT', 'LOG_DATEFORMAT'],
];

export const ENV_SECTIONS: Readonly<Record<string, readonly EnvKey[]>> = {
  restapi: [
    { key: 'listen' },
    { key: 'connect_address' },
    { key: 'certfile' },
    { key: 'keyfile' },
    { key: 'keyfile_password' },
    { key: 'cafile' },
    { key: 'ciphers' },
    { key: 'verify_client' },
    { key: 'http_extra_headers', type: 'dict' },
    { key: 'https_extra_headers', type: 'dict' },
    { key: 'allowlist', type: 'list' },
    { key: 'allowlist_include_members', type: 'bool' },
    { key: 'request_queue_size', since: '3.0.3', type: 'int' },
    { key: 'server_tokens', since: '4.1' },
  ],
  ctl: [{ key: 'insecure', type: 'bool' }, { key: 'cacert' }, { key: 'certfile' }, { key: 'keyfile' }, { key: 'keyfile_password' }],
  postgresql: [{ key: 'listen' }, { key: 'connect_address' }, { key: 'proxy_address' }, { key: 'config_dir' }, { key: 'data_dir' }, { key: 'pgpass' }, { key: 'bin_dir' }],
  log: [
    { key: 'type', since: '3.3' },
    { key: 'level' },
    { key: 'traceback_level' },
    { key: 'format', type: 'logformat' },
    { key: 'dateformat' },
    { key: 'static_fields', since: '3.3', type: 'dict' },
    { key: 'max_queue_size', type: 'int' },
    { key: 'dir' },
    { key: 'mode', since: '4.0', type: 'int' },
    { key: 'file_size', type: 'int' },
    { key: 'file_num', type: 'int' },
    { key: 'loggers', type: 'dict' },
    { key: 'deduplicate_heartbeat_logs', since: '4.1', type: 'bool' },
  ],
  raft: [{ key: 'data_dir' }, { key: 'self_addr' }, { key: 'partner_addrs', type: 'list' }, { key: 'password' }, { key: 'bind_addr' }],
};

/** PATRONI_POSTGRESQL_BIN_<PROGRAM> fills postgresql.bin_name.<program>. */
export const ENV_BIN_NAMES = { since: '3.0.3', programs: ['pg_ctl', 'initdb', 'pg_controldata', 'pg_basebackup', 'postgres', 'pg_isready', 'pg_rewind'] } as const;

/** Sections whose USERNAME/PASSWORD become <section>.authentication. */
export const ENV_BASIC_AUTH: readonly EnvKey[] = [{ key: 'restapi' }, { key: 'ctl', since: '3.1' }];

/** libpq keys read for PATRONI_REPLICATION_*, _SUPERUSER_*, _REWIND_* (Patroni's allowed authentication keys). */
export const ENV_PG_AUTH_KEYS: readonly EnvKey[] = [
  { key: 'username' },
  { key: 'password' },
  { key: 'sslmode' },
  { key: 'sslcert' },
  { key: 'sslkey' },
  { key: 'sslpassword' },
  { key: 'sslrootcert' },
  { key: 'sslcrl' },
  { key: 'sslcrldir' },
  { key: 'gssencmode' },
  { key: 'channel_binding' },
  { key: 'sslnegotiation', since: ['3.3.4', '4.0.3'] },
];
export const ENV_PG_USERS = ['replication', 'superuser', 'rewind'] as const;

/** Suffixes of step 6 (DCS settings and a few others), with the conversion each gets. */
export const ENV_DCS_SUFFIXES: readonly EnvKey[] = [
  ...['HOST', 'USE_PROXIES', 'PROTOCOL', 'SRV', 'SRV_SUFFIX', 'URL', 'PROXY', 'CACERT', 'CERT', 'KEY', 'VERIFY', 'TOKEN', 'DC', 'CONSISTENCY']
    .map((key) => ({ key })),
  { key: 'HOSTS', type: 'list' },
  { key: 'PORT', type: 'int' },
  { key: 'CHECKS', type: 'list' },
  { key: 'REGISTER_SERVICE', type: 'bool' },
  { key: 'SERVICE_CHECK_INTERVAL' },
  { key: 'SERVICE_CHECK_TLS_SERVER_NAME' },
  { key: 'SERVICE_TAGS', type: 'list' },
  { key: 'NAMESPACE' },
  { key: 'CONTEXT' },
  { key: 'USE_ENDPOINTS', type: 'bool' },
  { key: 'SCOPE_LABEL' },
  { key: 'ROLE_LABEL' },
  { key: 'POD_IP' },
  { key: 'PORTS', type: 'list' },
  { key: 'LABELS', type: 'dict' },
  { key: 'BYPASS_API_SERVICE', type: 'bool' },
  { key: 'RETRIABLE_HTTP_CODES', since: '3.0.2', type: 'list' },
  { key: 'KEY_PASSWORD' },
  { key: 'USE_SSL' },
  { key: 'SET_ACLS', type: 'dict' },
  { key: 'GROUP' },
  { key: 'DATABASE' },
  { key: 'LEADER_LABEL_VALUE', since: '3.1' },
  { key: 'FOLLOWER_LABEL_VALUE', since: '3.1' },
  { key: 'STANDBY_LEADER_LABEL_VALUE', since: '3.1' },
  { key: 'TMP_ROLE_LABEL', since: '3.1' },
  { key: 'AUTH_DATA', since: '3.3', type: 'dict' },
  { key: 'BOOTSTRAP_LABELS', since: '4.1', type: 'dict' },
];

/** Step 7: bootstrap.users from PATRONI_<NAME>_PASSWORD, gone in 4.0. */
export const ENV_BOOTSTRAP_USERS = { until: '4.0' } as const;
