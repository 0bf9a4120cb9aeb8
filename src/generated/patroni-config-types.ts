/* Generated from schema/patroni.schema.json by scripts/gen-types.mjs (npm run gen). Do not edit. */

/**
 * A whole number. Patroni converts it with Python int(), so a quoted string of digits such as "30" is accepted too; units, decimals and other text are not.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "intOrIntString".
 */
export type IntOrIntString = number | string;
/**
 * A size in bytes: an integer, or a string with a number and an optional unit (B, kB, MB, GB, TB), e.g. "512kB". Read with Patroni's parse_int() using bytes as the base unit.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "byteSize".
 */
export type ByteSize = number | string;
/**
 * Patroni's own logging (not PostgreSQL's). An empty value (null) counts as none.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "log".
 */
export type Log = {
  /**
   * Log format: plain (default) or json (needs the python-json-logger package).
   */
  type?: 'plain' | 'json';
  /**
   * Logging level. Default INFO. Upper case only.
   */
  level?: 'DEBUG' | 'INFO' | 'WARN' | 'WARNING' | 'ERROR' | 'FATAL' | 'CRITICAL' | 'NOTSET';
  /**
   * Level at which Python tracebacks are logged: ERROR (default) or DEBUG (tracebacks only shown when level is DEBUG).
   */
  traceback_level?: ('DEBUG' | 'ERROR') | string;
  /**
   * Log line format: a Python logging format string such as "%(asctime)s %(levelname)s: %(message)s" (the default), or, with type json, a non-empty list of LogRecord attributes.
   */
  format?: string | LogField[];
  /**
   * Date format for %(asctime)s, in strftime syntax.
   */
  dateformat?: string;
  /**
   * Fields added to every record in json format, as name: value.
   */
  static_fields?: {};
  /**
   * Capacity, in records, of the in-memory queue between Patroni's threads and the log writer. Default 1000.
   */
  max_queue_size?: number;
  /**
   * Directory for Patroni's log files (must exist and be writable). When set, Patroni writes rotating files there instead of to stderr.
   */
  dir?: string;
  /**
   * Permissions of the log files, e.g. 0640 (0 to 0777). Default: from the umask.
   */
  mode?: PgInteger;
  /**
   * Number of rotated log files kept. Default 4.
   */
  file_num?: IntOrIntString;
  /**
   * Size in bytes at which the log file is rotated. Default 25000000.
   */
  file_size?: IntOrIntString;
  /**
   * Logging level per Python logger, e.g. {patroni.postmaster: WARNING, urllib3: DEBUG}.
   */
  loggers?: {
    [k: string]: 'DEBUG' | 'INFO' | 'WARN' | 'WARNING' | 'ERROR' | 'FATAL' | 'CRITICAL' | 'NOTSET';
  };
  /**
   * Do not repeat identical heartbeat messages of the main loop. Default false.
   */
  deduplicate_heartbeat_logs?: boolean;
} | null;
/**
 * A LogRecord attribute to include (e.g. message, levelname), or a one-key mapping that renames it in the JSON output (e.g. {levelname: level}).
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "logField".
 */
export type LogField =
  | string
  | {
      [k: string]: string;
    };
/**
 * A whole number read with Patroni's parse_int(): an integer, or a string holding a decimal, octal (leading 0) or hexadecimal (0x) number; a fractional value is rounded. No unit is allowed.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "pgInteger".
 */
export type PgInteger = number | string;
/**
 * An address as host:port. The host may be a name, an IPv4 address or an IPv6 address (optionally in square brackets).
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "hostPort".
 */
export type HostPort = string;
/**
 * Settings for patronictl when it reads this configuration file. An empty value (null) counts as none.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "ctl".
 */
export type Ctl = {
  /**
   * Basic-auth credentials patronictl sends to the REST API. Default: restapi.authentication. Env: PATRONI_CTL_USERNAME / PATRONI_CTL_PASSWORD.
   */
  authentication?: BasicAuth;
  /**
   * @deprecated
   * Credentials as one "username:password" string, used instead of authentication.
   */
  auth?: string;
  /**
   * Do not verify the REST API's TLS certificate.
   */
  insecure?: boolean;
  /**
   * CA bundle (file or directory) used to verify the REST API's certificate. Default: restapi.cafile.
   */
  cacert?: string;
  /**
   * Client certificate (PEM) patronictl presents to the REST API. Before Patroni 3.1, restapi.certfile and restapi.keyfile were used when this was absent.
   */
  certfile?: string;
  /**
   * Private key (PEM) of certfile.
   */
  keyfile?: string;
  /**
   * Passphrase that decrypts keyfile.
   */
  keyfile_password?: string;
} | null;
/**
 * A switch. Besides YAML true/false, Patroni reads it with parse_bool(), which also understands the strings on/off, true/false, yes/no and 1/0 in any letter case, and the integers 1 and 0.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "booleanLike".
 */
export type BooleanLike = (true | false | 0 | 1) | string;
/**
 * A duration in seconds: an integer, or a string with a number and an optional PostgreSQL time unit (us, ms, s, min, h, d), e.g. "30min" or "1h". Read with Patroni's parse_int() using seconds as the base unit.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "durationSeconds".
 */
export type DurationSeconds = number | string;
/**
 * The postgresql part of the dynamic configuration, shared by all members: Patroni merges it under the local postgresql section, whose values win, except use_slots (dynamic only) and the cluster-wide parameters. Any key holding a mapping is a replica creation method section, as in postgresql. connect_address, proxy_address, listen, config_dir, data_dir, pgpass and authentication are local only: Patroni discards them here. PostgreSQL settings belong under parameters, not directly here. An empty value (null) counts as none.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "dynamicPostgresql".
 */
export type DynamicPostgresql = {
  /**
   * PostgreSQL settings (GUCs). Local values override the dynamic ones, except for the settings Patroni only takes from the dynamic configuration.
   */
  parameters?: PostgresqlParameters;
  /**
   * pg_hba.conf content managed by Patroni, one line per item.
   */
  pg_hba?: PgHba;
  /**
   * pg_ident.conf content managed by Patroni, one line per item.
   */
  pg_ident?: PgIdent;
  /**
   * Rewind a former primary with pg_rewind so it can rejoin as a replica. Requires data checksums (initdb --data-checksums) or wal_log_hints = on.
   */
  use_pg_rewind?: boolean;
  /**
   * Seconds pg_ctl may take to start, stop or restart PostgreSQL. Default 60. A number or a numeric string.
   */
  pg_ctl_timeout?: number | string;
  /**
   * Extra recovery settings for replicas (restore_command, recovery_min_apply_delay, archive_cleanup_command ...). Patroni handles the PostgreSQL 12+ change transparently.
   */
  recovery_conf?: RecoveryConf;
  /**
   * When pg_rewind fails, delete the data directory and rebuild the replica from scratch. Default false.
   */
  remove_data_directory_on_rewind_failure?: boolean;
  /**
   * When the timelines of this node and of the new primary have diverged and pg_rewind cannot be used, delete the data directory and rebuild the replica. Default false.
   */
  remove_data_directory_on_diverged_timelines?: boolean;
  /**
   * Ordered list of replica creation methods: basebackup (the built-in pg_basebackup) and/or names of custom method sections in this postgresql section. Patroni tries them in order until one succeeds; empty or absent means basebackup. An empty value (null) counts as none.
   */
  create_replica_methods?: string[] | null;
  /**
   * @deprecated
   * Old name of create_replica_methods, read only when create_replica_methods is absent or empty.
   */
  create_replica_method?: string[];
  /**
   * Options for the built-in basebackup replica method (pg_basebackup), as a list or as a mapping.
   */
  basebackup?: BasebackupOptions;
  /**
   * Scripts run on PostgreSQL start, stop, restart, reload and role change.
   */
  callbacks?: Callbacks;
  /**
   * A fencing command run during failover after this node took the leader lock and before it promotes PostgreSQL. If it exits non-zero, Patroni gives up the promotion and releases the leader key.
   */
  pre_promote?: Command;
  /**
   * A command run synchronously right before Patroni stops PostgreSQL (pg_ctl stop). Its exit code does not affect the shutdown.
   */
  before_stop?: Command;
  /**
   * Let Patroni connect to its local PostgreSQL through a Unix-domain socket (the first usable directory of unix_socket_directories, or libpq's default) rather than TCP. Default false.
   */
  use_unix_socket?: boolean;
  /**
   * Same as use_unix_socket, for connections made as the replication user. Default false.
   */
  use_unix_socket_repl?: boolean;
  /**
   * Directory holding the PostgreSQL programs (pg_ctl, initdb, pg_controldata, pg_basebackup, postgres, pg_isready, pg_rewind). Empty or absent: they are looked up in PATH.
   */
  bin_dir?: string;
  /**
   * Custom names of the PostgreSQL programs.
   */
  bin_name?: BinName;
  /**
   * Path of a configuration file to include from postgresql.conf instead of postgresql.base.conf. It must exist on every member; Patroni neither watches nor backs it up, and its own settings still take precedence.
   */
  custom_conf?: string;
  /**
   * Base name of the configuration file Patroni writes, without .conf. Default postgresql (giving postgresql.conf and postgresql.base.conf).
   */
  config_base_name?: string;
  /**
   * Database Patroni connects to for its own queries. Default postgres.
   */
  database?: string;
  /**
   * Kerberos service name for GSSAPI connections made by Patroni (sets PGKRBSRVNAME).
   */
  krbsrvname?: string;
  /**
   * Let Patroni create and manage physical replication slots for its members. Default true. Only the dynamic value counts; a local postgresql.use_slots is ignored.
   */
  use_slots?: BooleanLike;
  /**
   * A replica creation method section, merged into the postgresql section of every member (a local section of the same name wins).
   */
  [k: string]:
    | ReplicaMethod
    | PostgresqlParameters
    | PgHba
    | PgIdent
    | boolean
    | number
    | string
    | RecoveryConf
    | string[]
    | null
    | BasebackupOptions
    | Callbacks
    | Command
    | BinName
    | BooleanLike
    | undefined;
} | null;
/**
 * PostgreSQL server settings (GUCs) as name: value, written by Patroni into the postgresql.conf it manages. Names are case-insensitive. listen_addresses, port, cluster_name and hot_standby are always set by Patroni itself. The settings that must match across the cluster (max_connections, max_wal_senders, max_prepared_transactions, max_locks_per_transaction, max_replication_slots, max_worker_processes, wal_level, track_commit_timestamp, wal_log_hints, wal_keep_segments/wal_keep_size) only take effect from the dynamic configuration (bootstrap.dcs.postgresql.parameters or patronictl edit-config); Patroni drops them from the local postgresql.parameters. An empty value (null) counts as none.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "postgresqlParameters".
 */
export type PostgresqlParameters = {
  /**
   * Maximum number of client connections. Dynamic configuration only; must be the same on all members.
   */
  max_connections?: PgInteger;
  /**
   * Lock table size per transaction. Dynamic configuration only.
   */
  max_locks_per_transaction?: PgInteger;
  /**
   * Maximum number of prepared (two-phase) transactions. Dynamic configuration only.
   */
  max_prepared_transactions?: PgInteger;
  /**
   * Maximum number of replication slots. Dynamic configuration only.
   */
  max_replication_slots?: PgInteger;
  /**
   * Maximum number of WAL sender processes. Dynamic configuration only.
   */
  max_wal_senders?: PgInteger;
  /**
   * Maximum number of background worker processes. Dynamic configuration only.
   */
  max_worker_processes?: PgInteger;
  /**
   * Comma-separated directories for the Unix-domain sockets. With use_unix_socket, Patroni connects through the first usable one.
   */
  unix_socket_directories?: string;
  /**
   * Any PostgreSQL setting, as a string, number or boolean (booleans and numbers are written as text).
   */
  [k: string]: string | number | boolean | PgInteger | undefined;
} | null;
/**
 * Lines Patroni writes to pg_hba.conf, replacing the file's content (ignored when the hba_file parameter points somewhere else). Remember a line that lets the replication user connect from the other members. An empty value (null) counts as none.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "pgHba".
 */
export type PgHba = string[] | null;
/**
 * Lines Patroni writes to pg_ident.conf, replacing the file's content (ignored when the ident_file parameter points somewhere else). An empty value (null) counts as none.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "pgIdent".
 */
export type PgIdent = string[] | null;
/**
 * Recovery settings as a mapping of setting name to value (restore_command, recovery_target_time, recovery_target_action, recovery_min_apply_delay ...). Patroni writes them to recovery.conf on PostgreSQL 11 and older and into postgresql.conf on 12 and newer, where it also creates the matching signal file. primary_conninfo, primary_slot_name and similar settings are managed by Patroni itself. An empty value (null) counts as none.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "recoveryConf".
 */
export type RecoveryConf = {
  [k: string]: Scalar;
} | null;
/**
 * A single value: string, number, boolean or null.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "scalar".
 */
export type Scalar = string | number | boolean | null;
/**
 * Extra options for pg_basebackup when building a replica with the built-in basebackup method, either as a list (flags such as verbose, or one-key mappings such as {max-rate: 100M}) or as a mapping of option to value. Patroni always passes --pgdata, -X stream and --dbname itself; pgdata, format, wal-method, xlog-method, gzip, version, dbname, host, port, username and password are dropped with an error in the log, and compress is only kept on PostgreSQL 15+ for server-side compression (Patroni 3.3.9, 4.0.8, 4.1.1 and later; refused before). An empty value (null) counts as none.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "basebackupOptions".
 */
export type BasebackupOptions = CommandLineOptionList | CommandLineOptionMap | null;
/**
 * Options as a list: a plain string item becomes --item (a flag without value), and a mapping item with exactly one key becomes --key=value. The value of a mapping item should be a string.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "commandLineOptionList".
 */
export type CommandLineOptionList = (
  | string
  | {
      [k: string]: Scalar;
    }
)[];
/**
 * Commands Patroni runs asynchronously on PostgreSQL life-cycle events. Each command gets three arguments appended: the action (on_start, on_role_change ...), the role of the node (primary, replica, standby_leader ...; master instead of primary before Patroni 4.0) and the cluster name. A new callback kills a still-running previous one (except that on_reload does not interrupt the others). An empty value (null) counts as none.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "callbacks".
 */
export type Callbacks = {
  /**
   * Run after PostgreSQL starts.
   */
  on_start?: Command;
  /**
   * Run after PostgreSQL stops.
   */
  on_stop?: Command;
  /**
   * Run after PostgreSQL restarts without changing role.
   */
  on_restart?: Command;
  /**
   * Run when the configuration is reloaded.
   */
  on_reload?: Command;
  /**
   * Run when PostgreSQL is promoted or demoted. Often used to move a virtual IP.
   */
  on_role_change?: Command;
} | null;
/**
 * A command line. Patroni splits it with Python shlex.split() and runs it directly, without a shell: quotes group words, but pipes, redirections, && and environment variable expansion do not work unless you call a shell yourself (e.g. sh -c "...").
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "command".
 */
export type Command = string;
/**
 * A flag Patroni tests with Python truthiness: true, or a non-zero integer, turns it on. Write true or false; a string would count as on whatever it says (even "false"), so strings are rejected.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "truthyFlag".
 */
export type TruthyFlag = boolean | number | null;
/**
 * Turns the cluster into a standby cluster that replicates from another PostgreSQL (e.g. a primary in another data centre). Its leader, the standby leader, follows the remote source; the other members cascade from it. At least one of host, port or restore_command makes the section active. An empty value (null) counts as none.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "standbyCluster".
 */
export type StandbyCluster = {
  /**
   * Host of the remote source. Several hosts may be given comma-separated; Patroni then adds target_session_attrs=read-write (3.3.0 and later).
   */
  host?: string;
  /**
   * Port of the remote source.
   */
  port?: Port;
  /**
   * Replication slot to use on the remote source. Default: derived from the member name.
   */
  primary_slot_name?: string;
  /**
   * Replica creation methods for building the standby leader from the remote source; may differ from postgresql.create_replica_methods.
   */
  create_replica_methods?: string[];
  /**
   * restore_command for fetching WAL of the remote cluster from an archive.
   */
  restore_command?: string;
  /**
   * archive_cleanup_command for the standby leader.
   */
  archive_cleanup_command?: string;
  /**
   * Delay before WAL is applied on the standby leader (a PostgreSQL duration such as 5min, or milliseconds as a number).
   */
  recovery_min_apply_delay?: string | number;
} | null;
/**
 * A TCP port number, 0 to 65535 (a quoted string of digits is accepted too).
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "port".
 */
export type Port = number | string;
/**
 * A permanent replication slot. Empty (null) means a physical slot. A logical slot needs database and plugin; when type is absent it is inferred from them.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "permanentSlot".
 */
export type PermanentSlot = null | {
  /**
   * Slot type.
   */
  type?: 'physical' | 'logical';
  /**
   * Database of a logical slot.
   */
  database?: string;
  /**
   * Output plugin of a logical slot, e.g. pgoutput or test_decoding.
   */
  plugin?: string;
  /**
   * Create the slot only in a primary cluster or only in a standby cluster; otherwise it is dropped there. Absent: both.
   */
  cluster_type?: 'primary' | 'standby';
};
/**
 * Extra options for initdb when Patroni initialises a brand-new cluster, either as a list (items are flags such as data-checksums, or one-key mappings such as {encoding: UTF8}) or as a mapping of option to value. Patroni adds --username and --pwfile itself from postgresql.authentication.superuser, and refuses pgdata, nosync, pwfile, sync-only and version (initdb then fails). Note that patroni --validate-config only accepts the list form, while Patroni itself runs with both. An empty value (null) counts as none.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "initdbOptions".
 */
export type InitdbOptions = CommandLineOptionList | CommandLineOptionMap | null;
/**
 * Linux software/hardware watchdog, which resets the node if Patroni stops responding while it is the primary. An empty value (null) counts as none.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "watchdog".
 */
export type Watchdog = {
  /**
   * off (or YAML false), automatic (use the watchdog when available; the default) or required (never become leader without it). Patroni also accepts auto, require, disable and disabled, in any letter case; anything else disables the watchdog with a warning.
   */
  mode?: ('off' | 'automatic' | 'required') | string | false;
  /**
   * Watchdog device. Default /dev/watchdog.
   */
  device?: string;
  /**
   * Seconds between the watchdog firing and the leader key expiring. Default 5; -1 sets the watchdog timeout to ttl / 2.
   */
  safety_margin?: number;
  /**
   * Watchdog driver. Default default (Linux).
   */
  driver?: string;
} | null;
/**
 * Tags of this member, visible in the REST API and patronictl list. Besides the predefined ones below, any other key is a custom tag. An empty value (null) counts as none.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "tags".
 */
export type Tags = {
  /**
   * Never let this member become the leader. Do not combine with failover_priority. Default false.
   */
  nofailover?: boolean;
  /**
   * Preference of this member in leader elections among members with the same WAL position: higher wins; 0 or less excludes it (like nofailover). Do not combine with nofailover.
   */
  failover_priority?: PgInteger;
  /**
   * Prefer this member as the source when other members build a replica with pg_basebackup. Default false.
   */
  clonefrom?: boolean;
  /**
   * Make GET /replica answer 503 so load balancers leave this member out. Default false.
   */
  noloadbalance?: boolean;
  /**
   * Name of another member to stream from (cascading replication).
   */
  replicatefrom?: string;
  /**
   * Never choose this member as a synchronous replica. Do not combine with sync_priority. Default false.
   */
  nosync?: boolean;
  /**
   * Preference of this member when choosing synchronous replicas (synchronous_mode on): higher wins; 0 or less excludes it (like nosync). Do not combine with nosync.
   */
  sync_priority?: PgInteger;
  /**
   * Do not stream WAL with the replication protocol; rely on restore_command and pg_wal polling. Also stops permanent logical slot copying on this member and its cascading replicas. No effect on the primary.
   */
  nostream?: BooleanLike;
  /**
   * A custom tag.
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | boolean
    | PgInteger
    | string
    | BooleanLike
    | undefined;
} | null;
/**
 * A list of strings.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "stringList".
 */
export type StringList = string[];

/**
 * A Patroni node configuration (patroni.yml), for Patroni 3.0 to 4.1, as PyYAML reads it. Local settings apply to this node; bootstrap.dcs holds the cluster-wide dynamic configuration written to the DCS when the cluster is created. Exactly one DCS section (etcd, etcd3, consul, zookeeper, exhibitor, kubernetes or raft) is expected.
 */
export interface PatroniConfig {
  /**
   * Name of this member, unique within the cluster. Env: PATRONI_NAME.
   */
  name?: string;
  /**
   * Name of the cluster; all members of one cluster share it. It is also set as cluster_name in PostgreSQL. Env: PATRONI_SCOPE.
   */
  scope?: string;
  /**
   * Path prefix in the DCS under which Patroni keeps cluster data. Default /service. Env: PATRONI_NAMESPACE.
   */
  namespace?: string;
  /**
   * Threads for Patroni's asynchronous tasks and REST calls to other members. Default and minimum 5.
   */
  thread_pool_size?: IntOrIntString;
  /**
   * Stack size of Patroni's threads, at least 64kB and a multiple of 64kB. Default 512kB.
   */
  thread_stack_size?: ByteSize;
  /**
   * Patroni's own logging.
   */
  log?: Log;
  /**
   * The REST API.
   */
  restapi?: Restapi;
  /**
   * patronictl settings.
   */
  ctl?: Ctl;
  /**
   * Creation of a new cluster.
   */
  bootstrap?: Bootstrap;
  /**
   * Citus integration.
   */
  citus?: Citus;
  /**
   * Consul as the DCS.
   */
  consul?: Consul;
  /**
   * etcd (API v2) as the DCS. Keys written through v2 are invisible to v3 and vice versa.
   */
  etcd?: Etcd;
  /**
   * etcd (API v3, through its gRPC gateway) as the DCS. Same keys as etcd.
   */
  etcd3?: Etcd;
  /**
   * ZooKeeper as the DCS.
   */
  zookeeper?: Zookeeper;
  /**
   * ZooKeeper through Exhibitor as the DCS.
   */
  exhibitor?: Exhibitor;
  /**
   * Kubernetes as the DCS.
   */
  kubernetes?: Kubernetes;
  /**
   * Built-in Raft as the DCS (deprecated by Patroni).
   */
  raft?: Raft;
  /**
   * The local PostgreSQL.
   */
  postgresql?: Postgresql;
  /**
   * Watchdog device.
   */
  watchdog?: Watchdog;
  /**
   * Tags of this member.
   */
  tags?: Tags;
}
/**
 * Patroni's REST API: health checks for load balancers, communication between members during elections, and the endpoint patronictl talks to.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "restapi".
 */
export interface Restapi {
  /**
   * Address and port the REST API listens on, e.g. 0.0.0.0:8008. Required. Env: PATRONI_RESTAPI_LISTEN.
   */
  listen?: HostPort;
  /**
   * Address and port other members use to reach this REST API; it is published in the DCS. Must be reachable from all members, so not a loopback or wildcard address. Env: PATRONI_RESTAPI_CONNECT_ADDRESS.
   */
  connect_address?: HostPort;
  /**
   * Basic-auth credentials required for the unsafe endpoints (POST, PUT, PATCH, DELETE ...). Env: PATRONI_RESTAPI_USERNAME / PATRONI_RESTAPI_PASSWORD.
   */
  authentication?: BasicAuth;
  /**
   * @deprecated
   * Credentials as one "username:password" string. Patroni builds it from authentication; when set by hand it is used directly.
   */
  auth?: string;
  /**
   * PEM certificate file. When set (and not empty), the REST API serves HTTPS.
   */
  certfile?: string;
  /**
   * PEM private key file of certfile.
   */
  keyfile?: string;
  /**
   * Passphrase that decrypts keyfile.
   */
  keyfile_password?: string;
  /**
   * CA bundle used to verify client certificates.
   */
  cafile?: string;
  /**
   * Allowed TLS cipher suites, in OpenSSL cipher-list syntax.
   */
  ciphers?: string;
  /**
   * Client certificate checking: none (default); optional (certificate required for the unsafe endpoints); required (for all requests, so ctl.certfile and ctl.keyfile must then be set too). Patroni lower-cases the value; patroni --validate-config insists on lower case.
   */
  verify_client?: ('none' | 'optional' | 'required') | string;
  /**
   * Hosts, IP addresses or CIDR networks allowed to call the unsafe endpoints. When set (or with allowlist_include_members), everything else is rejected.
   */
  allowlist?: string[];
  /**
   * Also allow the unsafe endpoints from the other members registered in the DCS (by the host of their api_url).
   */
  allowlist_include_members?: boolean;
  /**
   * Extra HTTP headers added to every REST API response, as name: value.
   */
  http_extra_headers?: {
    [k: string]: string;
  };
  /**
   * Extra headers added to the responses only when the REST API serves HTTPS (in addition to http_extra_headers), e.g. Strict-Transport-Security.
   */
  https_extra_headers?: {
    [k: string]: string;
  };
  /**
   * Listen backlog of the REST API socket; requests beyond it are refused. Default 5, 0 to 4096.
   */
  request_queue_size?: IntOrIntString;
  /**
   * What the Server HTTP header reveals: original (default: BaseHTTP and Python versions), productonly (just "Patroni"), minimal ("Patroni/<version>"). Case-insensitive.
   */
  server_tokens?: ('original' | 'productonly' | 'minimal') | string;
  /**
   * Number of threads serving REST API requests. Default and minimum 5.
   */
  thread_pool_size?: IntOrIntString;
}
/**
 * HTTP basic authentication credentials.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "basicAuth".
 */
export interface BasicAuth {
  /**
   * User name.
   */
  username?: string;
  /**
   * Password. Patroni joins it with the user name into one "user:password" string, so a number works too.
   */
  password?: string | number;
}
/**
 * How a brand-new cluster is created. Used only by the first member that initialises it; other members become replicas. Besides the keys below, any key holding a mapping is a custom bootstrap method section, selected by method.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "bootstrap".
 */
export interface Bootstrap {
  /**
   * The initial dynamic configuration, written to the DCS when the cluster is initialised.
   */
  dcs?: DynamicConfiguration;
  /**
   * Name of the bootstrap method: initdb (the default) or the name of a custom method section in bootstrap. If that section is missing or has no command, Patroni silently uses initdb.
   */
  method?: string;
  /**
   * Options for initdb, as a list or as a mapping.
   */
  initdb?: InitdbOptions;
  /**
   * A command run once after the cluster is initialised (after initdb or the custom method). It receives a connection URL as its last argument (connecting as the superuser), with PGPASSFILE set. A non-zero exit makes the bootstrap fail.
   */
  post_bootstrap?: Command;
  /**
   * Other name of post_bootstrap, used when post_bootstrap is absent.
   */
  post_init?: Command;
  /**
   * @deprecated
   * Roles Patroni created after initialising a new cluster. Removed in Patroni 4.0, which only logs an error. An empty value (null) counts as none.
   */
  users?: {
    [k: string]: LegacyBootstrapUser;
  } | null;
  /**
   * Lines appended to pg_hba.conf right after initialisation, only when no postgresql.pg_hba is configured (locally or in the dynamic configuration) and hba_file is not set.
   */
  pg_hba?: string[];
  /**
   * A custom bootstrap method section, used when bootstrap.method names it.
   */
  [k: string]:
    | CustomBootstrapMethod
    | DynamicConfiguration
    | string
    | InitdbOptions
    | Command
    | {
        [k: string]: LegacyBootstrapUser;
      }
    | null
    | string[]
    | undefined;
}
/**
 * Dynamic configuration: cluster-wide settings kept in the DCS (/<namespace>/<scope>/config) and applied on every member. Patroni writes bootstrap.dcs there once, when the cluster is first initialised; afterwards change them with patronictl edit-config or the REST API, since edits here no longer have any effect.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "dynamicConfiguration".
 */
export interface DynamicConfiguration {
  /**
   * Seconds the main loop sleeps between runs. Default 10, minimum 1. Keep loop_wait + 2 * retry_timeout <= ttl; Patroni adjusts the values otherwise (3.2.0 and later).
   */
  loop_wait?: IntOrIntString;
  /**
   * Lifetime of the leader lock, in seconds: roughly how long before a failover starts when the primary disappears. Default 30, minimum 20.
   */
  ttl?: IntOrIntString;
  /**
   * Seconds Patroni keeps retrying DCS and PostgreSQL operations; shorter outages do not demote the primary. Default 10, minimum 3.
   */
  retry_timeout?: IntOrIntString;
  /**
   * Maximum lag, in bytes, a replica may have and still take part in a leader election. Default 1048576 (1 MiB).
   */
  maximum_lag_on_failover?: IntOrIntString;
  /**
   * Maximum lag, in bytes, of a synchronous replica before Patroni replaces it by a healthier asynchronous one. Default -1 (never); 0 or less disables the check.
   */
  maximum_lag_on_syncnode?: IntOrIntString;
  /**
   * Maximum number of timeline history entries kept in the DCS. Default 0: keep them all.
   */
  max_timelines_history?: IntOrIntString;
  /**
   * Seconds a failed primary may take to recover before a failover is triggered. Default 300; 0 fails over at once (when possible).
   */
  primary_start_timeout?: IntOrIntString;
  /**
   * Seconds Patroni waits for PostgreSQL to stop when synchronous_mode is on before sending SIGKILL. Default 0: no limit.
   */
  primary_stop_timeout?: IntOrIntString;
  /**
   * @deprecated
   * Old name of primary_start_timeout, used only when primary_start_timeout is absent.
   */
  master_start_timeout?: IntOrIntString;
  /**
   * @deprecated
   * Old name of primary_stop_timeout, used only when primary_stop_timeout is absent.
   */
  master_stop_timeout?: IntOrIntString;
  /**
   * Synchronous replication managed by Patroni: true/on turns it on (Patroni maintains synchronous_standby_names and only a synchronous replica may be promoted), quorum enables quorum commit (PostgreSQL 10+, Patroni 4.0 and later), false/off leaves it off. Default off.
   */
  synchronous_mode?: (true | false | 0 | 1) | string;
  /**
   * When no synchronous replica is available, keep writes blocked on the primary rather than falling back to asynchronous replication. Default false.
   */
  synchronous_mode_strict?: BooleanLike;
  /**
   * Number of synchronous replicas Patroni maintains when synchronous_mode is on. Default 1.
   */
  synchronous_node_count?: IntOrIntString;
  /**
   * DCS failsafe mode: the primary keeps running during a DCS outage as long as it can reach all other members through the REST API. Default false.
   */
  failsafe_mode?: BooleanLike;
  /**
   * Only let a member take part in a leader election if its timeline is the newest one. Default false.
   */
  check_timeline?: BooleanLike;
  /**
   * Maintenance mode (patronictl pause): Patroni stops managing PostgreSQL automatically. Set here, the cluster starts paused.
   */
  pause?: BooleanLike;
  /**
   * How long the physical replication slot of a member is kept after its member key disappears from the DCS, e.g. 30min (the default). 0 drops it at once. PostgreSQL 11+.
   */
  member_slots_ttl?: DurationSeconds;
  /**
   * Cluster-wide PostgreSQL settings.
   */
  postgresql?: DynamicPostgresql;
  /**
   * Makes this a standby cluster replicating from a remote source.
   */
  standby_cluster?: StandbyCluster;
  /**
   * Permanent replication slots, keyed by slot name (lower-case letters, digits and underscore only). Patroni keeps them across failovers; use_slots must be on. Logical slots need PostgreSQL 11+. An empty value (null) counts as none.
   */
  slots?: {
    [k: string]: PermanentSlot;
  } | null;
  /**
   * @deprecated
   * Old name of slots, used when slots is absent.
   */
  permanent_slots?: {
    [k: string]: PermanentSlot;
  };
  /**
   * @deprecated
   * Old name of slots, used when slots and permanent_slots are absent.
   */
  permanent_replication_slots?: {
    [k: string]: PermanentSlot;
  };
  /**
   * Replication slots Patroni must not drop or touch, described by their properties. Unlike slots, this is a list. An empty value (null) counts as none.
   */
  ignore_slots?: IgnoreSlotMatcher[] | null;
}
/**
 * Options as a mapping: each key is a long option name without the leading dashes and becomes --key=value. Entries whose value is empty, false, 0 or null are skipped silently. Since Patroni 3.0.3 every value goes through shlex.split() to remove one level of quoting, so it must be a string: a number or true makes Patroni raise (see the user-options lint rule).
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "commandLineOptionMap".
 */
export interface CommandLineOptionMap {
  [k: string]: Scalar;
}
/**
 * Program names to use instead of the standard PostgreSQL ones, for distributions that rename them (looked up in bin_dir, or in PATH).
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "binName".
 */
export interface BinName {
  /**
   * Name of the pg_ctl program.
   */
  pg_ctl?: string;
  /**
   * Name of the initdb program.
   */
  initdb?: string;
  /**
   * Name of the pg_controldata program.
   */
  pg_controldata?: string;
  /**
   * Name of the pg_basebackup program.
   */
  pg_basebackup?: string;
  /**
   * Name of the postgres server program.
   */
  postgres?: string;
  /**
   * Name of the pg_isready program.
   */
  pg_isready?: string;
  /**
   * Name of the pg_rewind program.
   */
  pg_rewind?: string;
}
/**
 * A custom way of building a replica (e.g. restoring from a backup) named in create_replica_methods. Patroni runs command (or, without one, a program named after the section) with --scope, --role=replica, --datadir and --connstring added, unless no_params is set, and passes every other key as --key=value. Methods are tried in the order of create_replica_methods until one exits with 0.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "replicaMethod".
 */
export interface ReplicaMethod {
  /**
   * The script or program that fills the data directory. Without it Patroni runs the method name itself as the command.
   */
  command?: Command;
  /**
   * When true, Patroni passes none of its own parameters (--scope, --role, --datadir, --connstring) and also drops no_params, no_leader and keep_data from the command line; other keys are still passed.
   */
  no_params?: TruthyFlag;
  /**
   * When true, Patroni does not empty the data directory before running the method (nor after a failure, in releases that clean up after failed methods).
   */
  keep_data?: TruthyFlag;
  /**
   * When true, the method may run even when no member is available to clone from (the connection string is then empty), e.g. to restore a whole cluster from a backup. Without it, such a method is skipped when there is no clone source.
   */
  no_leader?: TruthyFlag;
  /**
   * @deprecated
   * Old name of no_leader. Patroni 4.0 and later no longer treat it specially: it is then just passed to the command as --no_master=...
   */
  no_master?: TruthyFlag;
  /**
   * Any other key is passed to the command as --key=value.
   */
  [k: string]: Scalar | Command | TruthyFlag | undefined;
}
/**
 * Properties of replication slots Patroni must leave alone (managed outside Patroni). A slot is ignored when it matches every property given here.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "ignoreSlotMatcher".
 */
export interface IgnoreSlotMatcher {
  /**
   * Slot name.
   */
  name?: string;
  /**
   * Slot type.
   */
  type?: 'physical' | 'logical';
  /**
   * Database (logical slots).
   */
  database?: string;
  /**
   * Output plugin (logical slots).
   */
  plugin?: string;
}
/**
 * A role to create after the cluster is initialised.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "legacyBootstrapUser".
 */
export interface LegacyBootstrapUser {
  /**
   * Password of the role.
   */
  password?: string;
  /**
   * Role attributes, e.g. createrole, createdb.
   */
  options?: string[];
}
/**
 * A custom way of creating the new cluster instead of initdb, used when bootstrap.method names this section. Patroni only runs it if it has a command; otherwise it silently falls back to initdb. The command gets --scope=<scope> and --datadir=<data_dir> unless no_params is set, and every key other than the reserved ones (command, no_params, keep_existing_recovery_conf, recovery_conf, scope, datadir) is passed as --key=value (Patroni 3.2.0 and later; 3.2.0 itself also passed --command). Bootstrap methods are not chained: if the command fails, the bootstrap fails.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "customBootstrapMethod".
 */
export interface CustomBootstrapMethod {
  /**
   * The script or program that produces the data directory, e.g. a restore from a backup tool. Its exit code decides success.
   */
  command?: Command;
  /**
   * When true, Patroni does not add --scope and --datadir to the command line.
   */
  no_params?: TruthyFlag;
  /**
   * When true, Patroni keeps the recovery configuration the command produced: recovery.conf on PostgreSQL 11 and older, or recovery.signal/standby.signal and the recovery settings on PostgreSQL 12 and newer. Useful with tools such as pgBackRest or Barman that write it for you.
   */
  keep_existing_recovery_conf?: TruthyFlag;
  /**
   * Recovery settings Patroni writes before the first start of the restored instance (recovery.conf, or postgresql.conf plus recovery.signal on PostgreSQL 12+). Usually a recovery_target_* setting, restore_command and recovery_target_action: promote.
   */
  recovery_conf?: RecoveryConf;
  /**
   * Any other key is passed to the command as --key=value (Patroni 3.2.0 and later; earlier releases ignore it).
   */
  [k: string]: Scalar | Command | TruthyFlag | RecoveryConf | undefined;
}
/**
 * Citus integration: Patroni registers the workers on the coordinator. When it is set, a new cluster gets synchronous_mode: quorum by default.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "citus".
 */
export interface Citus {
  /**
   * Citus group id: 0 for the coordinator, 1, 2 ... for workers. Must be an integer, or Patroni ignores the whole section.
   */
  group?: number;
  /**
   * Database where the citus extension lives; the same on all nodes. Must be a string, or Patroni ignores the whole section.
   */
  database?: string;
}
/**
 * Connection to a Consul agent. Give host or url.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "consul".
 */
export interface Consul {
  /**
   * @deprecated
   * Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).
   */
  namespace?: string;
  /**
   * Consul agent as host:port; without a port, 8500 (or port) is used. Env: PATRONI_CONSUL_HOST.
   */
  host?: string;
  /**
   * Consul agent as a URL, http(s)://host:port.
   */
  url?: string;
  /**
   * Port of the agent, when host has none.
   */
  port?: Port;
  /**
   * http (default) or https.
   */
  scheme?: 'http' | 'https';
  /**
   * ACL token. It needs write access to the service, key and session prefixes Patroni uses.
   */
  token?: string;
  /**
   * Verify the agent's TLS certificate.
   */
  verify?: BooleanLike;
  /**
   * CA certificate; setting it enables verification.
   */
  cacert?: string;
  /**
   * Client certificate file.
   */
  cert?: string;
  /**
   * Client private key file (may be omitted when it is inside cert).
   */
  key?: string;
  /**
   * Datacenter to talk to. Default: the agent's own.
   */
  dc?: string;
  /**
   * Consul read consistency mode.
   */
  consistency?: 'default' | 'consistent' | 'stale';
  /**
   * Consul health checks tied to Patroni's session. Default: none.
   */
  checks?: string[];
  /**
   * Register a Consul service named after scope, tagged with the member's role (primary, replica, standby-leader). Default false.
   */
  register_service?: boolean;
  /**
   * Extra static tags for the registered service.
   */
  service_tags?: string[];
  /**
   * How often Consul checks the registered service, e.g. 5s (the default).
   */
  service_check_interval?: string;
  /**
   * Server name (SNI) Consul uses for the TLS health check.
   */
  service_check_tls_server_name?: string;
}
/**
 * Connection to an etcd cluster. Give one of host, hosts, url, proxy or srv.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "etcd".
 */
export interface Etcd {
  /**
   * @deprecated
   * Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).
   */
  namespace?: string;
  /**
   * One etcd endpoint as host:port; without a port, 2379 is used. Env: PATRONI_ETCD_HOST.
   */
  host?: string;
  /**
   * Several etcd endpoints as host:port, as a YAML list or a comma-separated string. Env: PATRONI_ETCD_HOSTS.
   */
  hosts?: string | string[];
  /**
   * Port used for hosts entries that have none. Default 2379.
   */
  port?: Port;
  /**
   * Treat hosts as proxies: use them as given, without discovering the etcd cluster topology.
   */
  use_proxies?: boolean;
  /**
   * URL of etcd, e.g. https://etcd.example.com:2379 (may carry user:password).
   */
  url?: string;
  /**
   * URL of an etcd proxy; use it instead of url when connecting through a proxy.
   */
  proxy?: string;
  /**
   * DNS domain whose SRV records (_etcd-client-ssl, _etcd-client, _etcd-ssl, _etcd, _etcd-server-ssl, _etcd-server) list the etcd members.
   */
  srv?: string;
  /**
   * Suffix for the SRV names queried with srv, to tell apart several etcd clusters in one domain.
   */
  srv_suffix?: string;
  /**
   * @deprecated
   * Old name of srv.
   */
  discovery_srv?: string;
  /**
   * @deprecated
   * Old name of srv.
   */
  srv_domain?: string;
  /**
   * http (default) or https. Taken from url or proxy when those are used.
   */
  protocol?: 'http' | 'https';
  /**
   * User name for etcd authentication.
   */
  username?: string;
  /**
   * Password for etcd authentication.
   */
  password?: string;
  /**
   * CA certificate used to verify etcd's certificate.
   */
  cacert?: string;
  /**
   * Client certificate file.
   */
  cert?: string;
  /**
   * Client private key file (may be omitted when it is inside cert).
   */
  key?: string;
}
/**
 * Connection to ZooKeeper.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "zookeeper".
 */
export interface Zookeeper {
  /**
   * @deprecated
   * Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).
   */
  namespace?: string;
  /**
   * ZooKeeper servers as host:port, as a YAML list or a comma-separated string. Required. Env: PATRONI_ZOOKEEPER_HOSTS.
   */
  hosts?: string | string[];
  /**
   * Connect with TLS. Default false; the other TLS settings are ignored without it.
   */
  use_ssl?: boolean;
  /**
   * CA certificate; setting it enables verification.
   */
  cacert?: string;
  /**
   * Client certificate file.
   */
  cert?: string;
  /**
   * Client private key file.
   */
  key?: string;
  /**
   * Passphrase of the client private key.
   */
  key_password?: string;
  /**
   * Verify the server certificate. Default true.
   */
  verify?: boolean;
  /**
   * Default ACL (x509 scheme) for the znodes Patroni creates: principal → list of permissions (CREATE, READ, WRITE, DELETE, ADMIN or ALL).
   */
  set_acls?: {
    [k: string]: string[];
  };
  /**
   * Authentication credentials for the connection, as scheme: credential.
   */
  auth_data?: {
    [k: string]: string;
  };
  /**
   * @deprecated
   * Old place of the exhibitor section.
   */
  exhibitor?: Exhibitor;
}
/**
 * ZooKeeper ensemble managed by Exhibitor.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "exhibitor".
 */
export interface Exhibitor {
  /**
   * @deprecated
   * Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).
   */
  namespace?: string;
  /**
   * Initial Exhibitor hosts (a YAML list); the list is then kept up to date from Exhibitor. Env: PATRONI_EXHIBITOR_HOSTS.
   */
  hosts?: string[];
  /**
   * Exhibitor's port. Required.
   */
  port?: Port;
  /**
   * Seconds between updates of the ZooKeeper and Exhibitor node lists. Default 300.
   */
  poll_interval?: number;
}
/**
 * Kubernetes API as the DCS (ConfigMaps or Endpoints of the cluster's namespace).
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "kubernetes".
 */
export interface Kubernetes {
  /**
   * Resolve the API servers behind the kubernetes service and talk to them directly.
   */
  bypass_api_service?: boolean;
  /**
   * Kubernetes namespace of the Patroni pods and objects. Default: default. Note that a top-level namespace, when set, is copied over this value.
   */
  namespace?: string;
  /**
   * Labels identifying the objects (pods, Endpoints or ConfigMaps) of this cluster; Patroni also sets them on the objects it creates.
   */
  labels?: {
    [k: string]: string;
  };
  /**
   * Label holding the cluster name. Default cluster-name.
   */
  scope_label?: string;
  /**
   * Label Patroni sets on its pod with the member's role. Default role.
   */
  role_label?: string;
  /**
   * Value of role_label on the primary. Default primary (master before Patroni 4.0).
   */
  leader_label_value?: string;
  /**
   * Value of role_label on replicas. Default replica.
   */
  follower_label_value?: string;
  /**
   * Value of role_label on a standby leader. Default primary (master before Patroni 4.0).
   */
  standby_leader_label_value?: string;
  /**
   * Name of a second, temporary role label that always uses the default values; for migrating role values.
   */
  tmp_role_label?: string;
  /**
   * Labels set on the pod while it initialises a new cluster, runs a custom bootstrap or creates a replica.
   */
  bootstrap_labels?: {
    [k: string]: string;
  };
  /**
   * Keep the leader lock and state in Endpoints instead of ConfigMaps.
   */
  use_endpoints?: boolean;
  /**
   * IP address of this pod; required with use_endpoints (it goes into the leader Endpoint).
   */
  pod_ip?: string;
  /**
   * Ports of the leader Endpoint when use_endpoints is set; names must match the Service's port names.
   *
   * Items: One port.
   */
  ports?: {
    /**
     * Port name, as in the Service.
     */
    name: string;
    /**
     * Port number.
     */
    port: number;
  }[];
  /**
   * CA bundle used to verify the API server. Default: the service account's.
   */
  cacert?: string;
  /**
   * kubeconfig context, used when patronictl runs outside the cluster.
   */
  context?: string;
  /**
   * Extra HTTP status codes from the API that Patroni retries (it always retries 500, 503 and 504).
   */
  retriable_http_codes?: number | number[];
}
/**
 * Patroni's built-in Raft consensus (pysyncobj) as the DCS. Deprecated by Patroni since 3.0 but still available.
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "raft".
 */
export interface Raft {
  /**
   * @deprecated
   * Fallback for the top-level namespace, used only when that is absent (Patroni copies the top-level namespace, scope, name, ttl, loop_wait and retry_timeout into the DCS section, overwriting these).
   */
  namespace?: string;
  /**
   * This node's Raft address, ip:port, reachable from the others. Without it the node does not take part in the consensus.
   */
  self_addr?: HostPort;
  /**
   * Address to listen on for Raft, when it differs from self_addr.
   */
  bind_addr?: HostPort;
  /**
   * Raft addresses (ip:port) of the other nodes.
   */
  partner_addrs?: HostPort[];
  /**
   * Directory for the Raft journal and snapshots. Default: the working directory.
   */
  data_dir?: string;
  /**
   * Password that encrypts Raft traffic (needs the cryptography module).
   */
  password?: string;
}
/**
 * How Patroni runs the local PostgreSQL. Besides the keys below, any key holding a mapping is a replica creation method section, named in create_replica_methods (e.g. pgbackrest:, barman:, wal_e:).
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "postgresql".
 */
export interface Postgresql {
  /**
   * Address(es) and port PostgreSQL listens on, as host:port; several hosts may be given comma-separated before the port (127.0.0.1,10.0.0.5:5432). Patroni derives listen_addresses and port from it and uses the first host for its own local connections. Env: PATRONI_POSTGRESQL_LISTEN.
   */
  listen?: string;
  /**
   * Address and port other members and clients use to reach this PostgreSQL; it is published in the DCS. Must not be a loopback or wildcard address. Env: PATRONI_POSTGRESQL_CONNECT_ADDRESS.
   */
  connect_address?: HostPort;
  /**
   * Address and port of a connection pooler (e.g. PgBouncer) next to this PostgreSQL. Published in the DCS as proxy_url for service discovery.
   */
  proxy_address?: HostPort;
  /**
   * The PostgreSQL data directory: an existing one, or where Patroni initialises or clones a new one. Required. Env: PATRONI_POSTGRESQL_DATA_DIR.
   */
  data_dir?: string;
  /**
   * Directory of the configuration files Patroni writes (postgresql.conf, pg_hba.conf ...). Defaults to data_dir; must be writable by Patroni.
   */
  config_dir?: string;
  /**
   * Path of the .pgpass file Patroni writes before running pg_basebackup, post_bootstrap and other programs that need a password. Must be writable by Patroni. Default: ~/pgpass.
   */
  pgpass?: string;
  /**
   * The database roles Patroni uses.
   */
  authentication?: {
    /**
     * The superuser. It is created by initdb, and Patroni uses it for its own connections. Env: PATRONI_SUPERUSER_USERNAME / PATRONI_SUPERUSER_PASSWORD.
     */
    superuser?: PostgresqlUser;
    /**
     * The replication role, created during bootstrap; replicas use it to stream from their source. Env: PATRONI_REPLICATION_USERNAME / PATRONI_REPLICATION_PASSWORD.
     */
    replication?: PostgresqlUser;
    /**
     * A dedicated role for pg_rewind, created during bootstrap on PostgreSQL 11+ with the needed grants. Without it Patroni rewinds as the superuser. Env: PATRONI_REWIND_USERNAME / PATRONI_REWIND_PASSWORD.
     */
    rewind?: PostgresqlUser;
  };
  /**
   * PostgreSQL settings (GUCs). Local values override the dynamic ones, except for the settings Patroni only takes from the dynamic configuration.
   */
  parameters?: PostgresqlParameters;
  /**
   * pg_hba.conf content managed by Patroni, one line per item.
   */
  pg_hba?: PgHba;
  /**
   * pg_ident.conf content managed by Patroni, one line per item.
   */
  pg_ident?: PgIdent;
  /**
   * Rewind a former primary with pg_rewind so it can rejoin as a replica. Requires data checksums (initdb --data-checksums) or wal_log_hints = on.
   */
  use_pg_rewind?: boolean;
  /**
   * Seconds pg_ctl may take to start, stop or restart PostgreSQL. Default 60. A number or a numeric string.
   */
  pg_ctl_timeout?: number | string;
  /**
   * Extra recovery settings for replicas (restore_command, recovery_min_apply_delay, archive_cleanup_command ...). Patroni handles the PostgreSQL 12+ change transparently.
   */
  recovery_conf?: RecoveryConf;
  /**
   * When pg_rewind fails, delete the data directory and rebuild the replica from scratch. Default false.
   */
  remove_data_directory_on_rewind_failure?: boolean;
  /**
   * When the timelines of this node and of the new primary have diverged and pg_rewind cannot be used, delete the data directory and rebuild the replica. Default false.
   */
  remove_data_directory_on_diverged_timelines?: boolean;
  /**
   * Ordered list of replica creation methods: basebackup (the built-in pg_basebackup) and/or names of custom method sections in this postgresql section. Patroni tries them in order until one succeeds; empty or absent means basebackup. An empty value (null) counts as none.
   */
  create_replica_methods?: string[] | null;
  /**
   * @deprecated
   * Old name of create_replica_methods, read only when create_replica_methods is absent or empty.
   */
  create_replica_method?: string[];
  /**
   * Options for the built-in basebackup replica method (pg_basebackup), as a list or as a mapping.
   */
  basebackup?: BasebackupOptions;
  /**
   * Scripts run on PostgreSQL start, stop, restart, reload and role change.
   */
  callbacks?: Callbacks;
  /**
   * A fencing command run during failover after this node took the leader lock and before it promotes PostgreSQL. If it exits non-zero, Patroni gives up the promotion and releases the leader key.
   */
  pre_promote?: Command;
  /**
   * A command run synchronously right before Patroni stops PostgreSQL (pg_ctl stop). Its exit code does not affect the shutdown.
   */
  before_stop?: Command;
  /**
   * Let Patroni connect to its local PostgreSQL through a Unix-domain socket (the first usable directory of unix_socket_directories, or libpq's default) rather than TCP. Default false.
   */
  use_unix_socket?: boolean;
  /**
   * Same as use_unix_socket, for connections made as the replication user. Default false.
   */
  use_unix_socket_repl?: boolean;
  /**
   * Directory holding the PostgreSQL programs (pg_ctl, initdb, pg_controldata, pg_basebackup, postgres, pg_isready, pg_rewind). Empty or absent: they are looked up in PATH.
   */
  bin_dir?: string;
  /**
   * Custom names of the PostgreSQL programs.
   */
  bin_name?: BinName;
  /**
   * Path of a configuration file to include from postgresql.conf instead of postgresql.base.conf. It must exist on every member; Patroni neither watches nor backs it up, and its own settings still take precedence.
   */
  custom_conf?: string;
  /**
   * Base name of the configuration file Patroni writes, without .conf. Default postgresql (giving postgresql.conf and postgresql.base.conf).
   */
  config_base_name?: string;
  /**
   * Database Patroni connects to for its own queries. Default postgres.
   */
  database?: string;
  /**
   * Kerberos service name for GSSAPI connections made by Patroni (sets PGKRBSRVNAME).
   */
  krbsrvname?: string;
  /**
   * @deprecated
   * Old place of the member name, used only when the top-level name is absent.
   */
  name?: string;
  /**
   * @deprecated
   * Old place of the superuser credentials, read only when postgresql.authentication is absent.
   */
  superuser?: PostgresqlUser;
  /**
   * @deprecated
   * Old place of the replication credentials, read only when postgresql.authentication is absent.
   */
  replication?: PostgresqlUser;
  /**
   * @deprecated
   * Old place of the pg_rewind credentials, read only when postgresql.authentication is absent; its presence then also turns use_pg_rewind on.
   */
  pg_rewind?: PostgresqlUser;
  /**
   * A replica creation method section, used when its name is listed in create_replica_methods.
   */
  [k: string]:
    | ReplicaMethod
    | string
    | HostPort
    | {
        /**
         * The superuser. It is created by initdb, and Patroni uses it for its own connections. Env: PATRONI_SUPERUSER_USERNAME / PATRONI_SUPERUSER_PASSWORD.
         */
        superuser?: PostgresqlUser;
        /**
         * The replication role, created during bootstrap; replicas use it to stream from their source. Env: PATRONI_REPLICATION_USERNAME / PATRONI_REPLICATION_PASSWORD.
         */
        replication?: PostgresqlUser;
        /**
         * A dedicated role for pg_rewind, created during bootstrap on PostgreSQL 11+ with the needed grants. Without it Patroni rewinds as the superuser. Env: PATRONI_REWIND_USERNAME / PATRONI_REWIND_PASSWORD.
         */
        rewind?: PostgresqlUser;
      }
    | PostgresqlParameters
    | PgHba
    | PgIdent
    | boolean
    | number
    | RecoveryConf
    | string[]
    | null
    | BasebackupOptions
    | Callbacks
    | Command
    | BinName
    | PostgresqlUser
    | undefined;
}
/**
 * Credentials and libpq connection options of one database role Patroni uses. Only the keys listed here reach the connection; Patroni drops anything else. Connection options unknown to the PostgreSQL major version are left out (Patroni 3.3.5, 4.0.4, 4.1.0 and later).
 *
 * This interface was referenced by `PatroniConfig`'s JSON-Schema
 * via the `definition` "postgresqlUser".
 */
export interface PostgresqlUser {
  /**
   * Name of the role.
   */
  username?: string;
  /**
   * Password of the role. Patroni writes it to the pgpass file (postgresql.pgpass) when it needs it.
   */
  password?: string;
  /**
   * libpq sslmode: how TLS is negotiated with the server (disable, allow, prefer, require, verify-ca, verify-full). libpq defaults to prefer.
   */
  sslmode?: string;
  /**
   * libpq sslkey: path of the client private key.
   */
  sslkey?: string;
  /**
   * libpq sslpassword: passphrase of the client private key (sslkey).
   */
  sslpassword?: string;
  /**
   * libpq sslcert: path of the client certificate.
   */
  sslcert?: string;
  /**
   * libpq sslrootcert: path of the CA certificate(s) used to verify the server.
   */
  sslrootcert?: string;
  /**
   * libpq sslcrl: path of a certificate revocation list file.
   */
  sslcrl?: string;
  /**
   * libpq sslcrldir: path of a directory of certificate revocation lists (PostgreSQL 14+ clients).
   */
  sslcrldir?: string;
  /**
   * libpq sslnegotiation: postgres (the default) or direct, i.e. whether TLS starts with a PostgreSQL negotiation packet or directly (PostgreSQL 17+ clients).
   */
  sslnegotiation?: string;
  /**
   * libpq gssencmode: whether a GSSAPI-encrypted connection is disabled, preferred or required.
   */
  gssencmode?: string;
  /**
   * libpq channel_binding: disable, prefer or require SCRAM channel binding.
   */
  channel_binding?: string;
}
