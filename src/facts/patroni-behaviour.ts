/**
 * Every Patroni behaviour the plan depends on that changed between 3.0.0 and 4.1.4, one row
 * each, with the first release on each release line that has the new behaviour (and, for a
 * regression that was later fixed, the first release on each line without it). The plan
 * builder and the rules ask `has(id, version)`; they never compare versions themselves.
 *
 * Each row was bisected across Patroni's release tags (evidence, per row, in
 * docs/patroni-version-facts.md; the row ids in brackets refer to its sections) and the
 * recorded profiles are checked against Patroni itself (oracle/).
 */
import { holdsIn, type PatroniVersion } from './patroni-versions.js';

export interface BehaviourFact {
  /** First release on each release line with the new behaviour. */
  since: readonly string[];
  /** First release on each line where the behaviour is gone again, if it was a regression. */
  until?: readonly string[];
  /** What the new behaviour is, in one line; the old one is its absence. */
  note: string;
}

export const BEHAVIOUR = {
  'initdb.direct-call': {
    since: ['3.0.3'],
    note: '[1] initdb runs as `initdb <options...> <data_dir>`; before, `pg_ctl initdb -D <data_dir> -o "<options joined by one space>"`',
  },
  'options.unquote': {
    since: ['3.0.3'],
    note: '[2] initdb/basebackup option values pass through shlex.split; a single token replaces the value; a non-string value raises',
  },
  'options.map-refuses': {
    since: ['3.3.9', '4.0.8', '4.1.1'],
    note: '[3] the map form of initdb/basebackup options is checked against the refused options too',
  },
  'basebackup.list-drops-invalid': {
    since: ['3.3.0'],
    note: '[4] a basebackup list mapping with several keys, a non-string value or a refused key is dropped; before, logged and passed',
  },
  'basebackup.compress-by-pg-version': {
    since: ['3.3.9', '4.0.8', '4.1.1'],
    note: '[6] basebackup `compress` is refused below PostgreSQL 15 and kept on 15+ only when its value starts with `server`; before, always refused',
  },
  'basebackup.pg-version-zero-on-empty-data-dir': {
    since: ['3.3.9', '4.0.8', '4.1.1'],
    until: ['3.3.10', '4.0.9', '4.1.3'],
    note: '[6] the PostgreSQL version used for the compress check reads as 0 on an empty data directory, so compress is always refused',
  },
  'bootstrap.extra-params': {
    since: ['3.2.0'],
    note: '[7a] custom bootstrap keys other than the reserved ones become `--key=value` after --scope/--datadir, even with no_params',
  },
  'bootstrap.command-reserved': {
    since: ['3.2.1', '3.3.0'],
    note: '[7b] `command` is a reserved custom bootstrap key (3.2.0 passes `--command=...`)',
  },
  'post-bootstrap.statement-timeout': {
    since: ['3.0.4'],
    note: '[8a] PGOPTIONS for post_bootstrap also sets `-c statement_timeout=0`',
  },
  'replica.cleanup-after-failure': {
    since: ['3.3.6', '4.0.5', '4.1.0'],
    note: '[9] the data directory is removed after a failed custom replica method (unless keep_data) and after the last failed pg_basebackup attempt',
  },
  'replica.empty-section-as-none': {
    since: ['3.0.3'],
    note: '[9b] a replica method section that is empty or false (`barman:` with nothing under it) counts as no section: the method runs with the default params; before, a null section raised (AttributeError) when the method was reached, or while choosing the methods that work without a leader',
  },
  'replica.no-master-retired': {
    since: ['4.0.0'],
    note: '[10] `no_master` is no longer understood: only `no_leader` lets a method run without a clone source, and no_params passes --no_master on',
  },
  'initdb.pwfile-needs-str': {
    since: ['3.3.9', '4.0.8', '4.1.1'],
    note: '[12] the superuser password file is written only when the password is a string; before, any value present was written (a non-string raised)',
  },
  'bin-name': {
    since: ['3.0.3'],
    note: '[13] `postgresql.bin_name` overrides the program names of initdb, pg_ctl and pg_basebackup',
  },
  'dsn.sslnegotiation': {
    since: ['3.3.4', '4.0.3'],
    note: '[14a/15b] `sslnegotiation` is a connection keyword (last), and primary_conninfo defaults it to `postgres` on PostgreSQL 17+',
  },
  'dsn.filter-by-pg-version': {
    since: ['3.3.5', '4.0.4'],
    note: '[14b/15c] connection strings drop keywords newer than the local PostgreSQL major, which is 0 while cloning into an empty data directory',
  },
  'primary-conninfo.dbname': {
    since: ['3.3.4', '4.0.0'],
    note: '[15a] primary_conninfo starts with dbname (postgresql.database, default postgres); before, dbname was removed',
  },
  'pgpass.split-hosts': {
    since: ['3.3.1', '4.0.0'],
    note: '[16a] pgpass hosts are split on commas, stripped and empties dropped; before, split without stripping and the whole text right-stripped',
  },
  'pgpass.line-newline': {
    since: ['3.3.3', '4.0.0'],
    note: '[16b] every pgpass line ends with a newline, and a unix-socket host adds a `localhost` line',
  },
  'recovery.validated-by-pg-version': {
    since: ['3.0.3'],
    note: '[17a] recovery parameters outside their PostgreSQL range are dropped (promote_trigger_file on 16+); before, written anyway',
  },
  'recovery.signal-file-mode': {
    since: ['3.1.0'],
    note: '[17b] recovery.conf and the signal files get the data directory\'s file mode; before, recovery.conf 0600 and signal files the umask',
  },
  'config.outside-data-dir-umask-mode': {
    since: ['3.3.7', '4.0.6', '4.1.0'],
    note: '[20.8] a config file written outside the data directory (config_dir elsewhere) gets 0666 less the umask instead of the data directory\'s mode',
  },
  'standby.read-write-only-multihost': {
    since: ['3.3.0'],
    note: '[15d] a standby leader adds target_session_attrs=read-write to primary_conninfo only when standby_cluster.host lists several hosts; before, whenever it used a slot',
  },
  'bootstrap.hot-standby-off-only-for-promote': {
    since: ['3.0.2'],
    note: '[20.3] a custom bootstrap starts PostgreSQL with hot_standby=off only with keep_existing_recovery_conf or when its recovery ends in promote; before, always',
  },
  'bootstrap.custom-reload': {
    since: ['3.2.2', '3.3.0'],
    note: '[20.4] after a custom bootstrap, post_bootstrap reloads PostgreSQL and sleeps a second; before, hot_standby=off had flagged a pending restart, so it restarted',
  },
  'citus.local-hostname': {
    since: ['3.2.0'],
    note: '[20.24] with a valid citus section, every start also sets citus.local_hostname to the host of Patroni\'s local connection (localhost without one)',
  },
  'use-slots.parse-bool': {
    since: ['3.3.0'],
    note: '[21a] bootstrap.dcs.postgresql.use_slots is read with parse_bool (off/no/0/false and any unreadable text are off); before, by truthiness (any non-empty text is on)',
  },
  'tags.failover-priority': {
    since: ['3.2.0'],
    note: '[21b] a failover_priority tag of 0 or less counts as nofailover when no nofailover tag is set (the node never bootstraps a new cluster)',
  },
  'tags.nofailover-false-wins': {
    since: ['3.2.2', '3.3.0'],
    note: '[21b] an explicit nofailover: false is kept next to failover_priority and wins over it; before, it was filtered out, so failover_priority <= 0 still made the node nofailover',
  },
  'tags.nostream': {
    since: ['3.3.0'],
    note: '[21c] the nostream tag (read with parse_bool): the node follows no member, so it starts with no primary_conninfo, no slot and no pgpass (archive recovery only)',
  },
  'dynamic.int-only-timeouts': {
    since: ['3.0.3'],
    note: '[21d] of the top-level dynamic configuration keys only ttl, loop_wait and retry_timeout go through int(), and cluster-wide server parameter checks no longer raise; before, int() also of maximum_lag_on_failover, primary_start_timeout, watchdog and the other defaults, and int()/lower() in the parameter checks: a value they refuse makes Patroni ignore the whole bootstrap.dcs',
  },
  'rewind.target-session-attrs-always': {
    since: ['3.3.0'],
    note: '[23.3] pg_rewind\'s source connection always gets target_session_attrs=read-write (PostgreSQL 10+); before, only when the rewind credentials did not set it',
  },
  'rewind.archive-command-shell': {
    since: ['3.1.0'],
    note: '[23.2] before a clean shut-down or pg_rewind, WAL segments still marked .ready are archived with archive_command run through a shell; before, split like a command line',
  },
  'rewind.skip-crash-recovery-after-restore': {
    since: ['3.3.10', '4.0.9', '4.1.3'],
    note: '[23.1] a crashed data directory holding backup_label gets no single-user crash recovery: PostgreSQL recovers it at its normal start',
  },
} as const satisfies Record<string, BehaviourFact>;

export type BehaviourId = keyof typeof BEHAVIOUR;

export function has(id: BehaviourId, version: PatroniVersion): boolean {
  const fact: BehaviourFact = BEHAVIOUR[id];
  return holdsIn(fact.since, version) && !(fact.until && holdsIn(fact.until, version));
}

/** Options Patroni never passes on, per tool, in every version 3.0–4.1 (`compress` is a fact of its own). [5] */
export const REFUSED_OPTIONS = {
  initdb: ['pgdata', 'nosync', 'pwfile', 'sync-only', 'version'],
  basebackup: ['pgdata', 'format', 'wal-method', 'xlog-method', 'gzip', 'version', 'dbname', 'host', 'port', 'username', 'password'],
} as const;

export type OptionTool = keyof typeof REFUSED_OPTIONS;

/** The PGOPTIONS value post_bootstrap runs with. */
export function postBootstrapPgOptions(version: PatroniVersion): string {
  return has('post-bootstrap.statement-timeout', version)
    ? '-c synchronous_commit=local -c statement_timeout=0'
    : '-c synchronous_commit=local';
}
