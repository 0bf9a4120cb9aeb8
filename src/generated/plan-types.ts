/* Generated from schema/plan.schema.json by scripts/gen-types.mjs (npm run gen). Do not edit. */

/**
 * Facts a reviewer should know, such as a silent fallback or an option Patroni drops.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "notes".
 */
export type Notes = string[];
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "step".
 */
export type Step = Step1;
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "steps".
 */
export type Steps = Step[];

/**
 * What one Patroni node runs when it bootstraps a new cluster, when it is built as a replica and when it rejoins as a former primary, for one Patroni release and one PostgreSQL major version. Emitted by `patroni-plan plan --format json`. The same input always gives byte-identical output.
 */
export interface Plan {
  /**
   * Version of this plan format. A reader must refuse a format it does not know.
   */
  format_version: 1;
  /**
   * The Patroni release the plan is for.
   */
  patroni_version: string;
  /**
   * True when this exact release's behaviour was recorded from Patroni itself; false when it is derived from the table of version facts.
   */
  patroni_version_recorded: boolean;
  /**
   * PostgreSQL major version.
   */
  postgresql_version: '9.6' | '10' | '11' | '12' | '13' | '14' | '15' | '16' | '17' | '18';
  /**
   * The configuration files read, in Patroni's order.
   */
  config_files: string[];
  node: PlanNode;
  clone_from: CloneSource;
  placeholders: Placeholders;
  bootstrap: BootstrapBranch;
  replica: ReplicaBranch;
  rejoin?: RejoinBranch;
  /**
   * SHA-256 (hex) of this plan's JSON text as patroni-plan renders it with this field removed. `exec` refuses a plan whose hash does not match: it was edited by hand.
   */
  content_sha256: string;
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "node".
 */
export interface PlanNode {
  /**
   * Member name.
   */
  name: string | null;
  /**
   * Cluster name.
   */
  scope: string | null;
  /**
   * postgresql.data_dir.
   */
  data_dir: string | null;
  /**
   * The pgpass file Patroni writes credentials to (postgresql.pgpass, default ${home}/pgpass).
   */
  pgpass: string;
}
/**
 * The member a replica clones from, as given with --clone-from.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "cloneSource".
 */
export interface CloneSource {
  /**
   * url: a member's connection URL; none: no member is running; symbolic: not given, shown with the clone_* placeholders.
   */
  kind: 'url' | 'none' | 'symbolic';
  url?: string;
  host?: string;
  port?: string;
  dbname?: string;
}
/**
 * The run-time values the plan refers to as ${name} inside strings, with what each stands for. Only the placeholders the plan uses are listed. A secret is never shown: ${secret:<config key>} stands for the value of that key (escaped as the file it goes to requires), and steps that write one carry `secret` naming the key.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "placeholders".
 */
export interface Placeholders {
  /**
   * Path of the temporary file (tempfile.mkstemp) that holds the superuser password while initdb runs.
   */
  pwfile?: string;
  /**
   * Home directory of the user Patroni runs as.
   */
  home?: string;
  /**
   * Working directory of Patroni, against which it resolves a relative postgresql.pgpass (and the files it writes under a relative data_dir); exec fills it with its own working directory.
   */
  cwd?: string;
  /**
   * Host of the member the replica is cloned from.
   */
  clone_host?: string;
  /**
   * Port of that member.
   */
  clone_port?: string;
  /**
   * Database name in that member's connection URL.
   */
  clone_dbname?: string;
}
/**
 * What the node runs when it takes the initialize key of a new cluster.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "bootstrapBranch".
 */
export interface BootstrapBranch {
  /**
   * The method that really runs (initdb when Patroni falls back).
   */
  method: string;
  /**
   * initdb; a custom method; standby_leader when bootstrap.dcs.standby_cluster makes the first node clone its remote primary instead; none when this node never bootstraps a cluster (tags.nofailover).
   */
  kind: 'initdb' | 'custom' | 'standby_leader' | 'none';
  notes: Notes;
  steps: Steps;
  /**
   * For a standby leader: the clone from the remote primary and the first start that follows it.
   */
  clone?: ReplicaBranch;
}
export interface Step1 {
  /**
   * Stable identifier of the step, for diffs.
   */
  id: string;
  /**
   * run: exec argv, no shell; write_file/remove_file: a file; remove_data_dir: remove the data directory; empty_dir: remove everything inside the directory `path`, keeping it (with files_only, only its files and symlinks); archive_ready_wal: for each WAL segment of the directory `path` whose archive_status/<segment>.ready exists, in name order, run `command` with Patroni's %p/%f/%r/%% substitution (through /bin/sh -c when `shell`, else split like a command line), and on exit 0 rename the .ready file to .done; sleep; start_postgres/reload_postgres/restart_postgres: Patroni starts, reloads or restarts its PostgreSQL (start parameters in `parameters`); set_parameters: recovery parameters in the recovery section of Patroni's postgresql.conf; fail: Patroni raises or gives up here and nothing after it in the branch runs.
   */
  action:
    | 'run'
    | 'write_file'
    | 'remove_file'
    | 'remove_data_dir'
    | 'empty_dir'
    | 'archive_ready_wal'
    | 'sleep'
    | 'start_postgres'
    | 'reload_postgres'
    | 'restart_postgres'
    | 'set_parameters'
    | 'fail';
  description: string;
  /**
   * Exactly the argument vector passed to exec.
   *
   * @minItems 1
   */
  argv?: string[];
  /**
   * Only the variables the step sets on top of the inherited environment.
   */
  env?: {
    [k: string]: string;
  };
  path?: string;
  /**
   * What the file will hold; ${secret:...} stands for a secret's value.
   */
  content?: string;
  /**
   * The configuration key of the secret this file holds.
   */
  secret?: string;
  /**
   * The file's mode after Patroni wrote it; absent when Patroni leaves it to the umask.
   */
  mode?: string;
  /**
   * A condition checked when the step is reached.
   */
  when?: string;
  seconds?: number;
  /**
   * set_parameters: the parameters written; start_postgres: the listen_addresses and port Patroni passes on the postgres command line.
   */
  parameters?: {
    [k: string]: string;
  };
  on_failure?: 'abort_bootstrap' | 'next_method' | 'retry' | 'ignored';
  /**
   * The step runs even when an earlier step of its branch failed (clean-up, such as removing the temporary password file).
   */
  always?: boolean;
  server_parameters?: ServerParameters;
  /**
   * archive_ready_wal: the archive_command template, before Patroni's substitution.
   */
  command?: string;
  /**
   * archive_ready_wal: the command runs through /bin/sh -c (Patroni 3.1.0 and later); false: split like a command line (shlex), no shell.
   */
  shell?: boolean;
  /**
   * empty_dir: remove only the files and symlinks inside `path`, leaving any subdirectory (Patroni's clean-up of archive_status).
   */
  files_only?: boolean;
}
/**
 * start_postgres: the server parameters PostgreSQL starts with, for the chosen Patroni release and PostgreSQL major, as Patroni computes them at this start.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "serverParameters".
 */
export interface ServerParameters {
  /**
   * The settings Patroni writes into the postgresql.conf it manages (after its include of the base configuration), in its order, each value the text Patroni writes (Python's str of the value, unescaped: a YAML boolean is True/False).
   */
  conf: {
    [k: string]: string;
  };
  /**
   * The --name=value options Patroni passes on the postgres command line (the cluster-wide settings); they win over postgresql.conf.
   */
  command_line: string[];
  /**
   * Every setting of the configuration that Patroni drops, ignores, overrides, clamps, renames, converts or moves, with the reason.
   */
  changes: ServerParameterChange[];
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "serverParameterChange".
 */
export interface ServerParameterChange {
  name: string;
  /**
   * dropped: not written (unknown setting or invalid value); ignored: a local or bootstrap.dcs value Patroni does not take, another value is used; overridden: Patroni writes its own value; clamped: out of range, the bound is written; renamed: written under the name this major uses; converted: written in Python's spelling; moved: a recovery setting, written with the recovery settings.
   */
  action: 'dropped' | 'ignored' | 'overridden' | 'clamped' | 'renamed' | 'converted' | 'moved';
  /**
   * The value the configuration gave (Python's str).
   */
  value?: string;
  reason: string;
}
/**
 * What the node runs when it is built as a replica of a running cluster.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "replicaBranch".
 */
export interface ReplicaBranch {
  /**
   * Where the method list came from: postgresql.create_replica_methods, Patroni's default [basebackup], or the standby cluster's create_replica_methods.
   */
  source: 'configured' | 'default' | 'standby_cluster';
  /**
   * Steps run once before the first method.
   */
  prepare: Steps;
  /**
   * The methods tried, in order, until one exits 0.
   */
  methods: ReplicaMethodPlan[];
  skipped: SkippedMethod[];
  notes: Notes;
  on_all_failed: string;
  after_all_failed: Steps;
  first_start: FirstStart;
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "replicaMethod".
 */
export interface ReplicaMethodPlan {
  name: string;
  kind: 'basebackup' | 'custom';
  /**
   * Each attempt's steps; pg_basebackup gets two attempts.
   */
  attempts: Steps[];
  /**
   * Steps after the method failed, before the next method.
   */
  after_failure: Steps;
  notes: Notes;
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "skippedMethod".
 */
export interface SkippedMethod {
  name: string;
  reason: string;
}
/**
 * The standby settings written before the new replica starts for the first time, then its start.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "firstStart".
 */
export interface FirstStart {
  notes: Notes;
  steps: Steps;
}
/**
 * What the node runs when it comes back as a former primary after a failover and must follow the new leader (given with --clone-from): Patroni's Ha.recover with its rewind state machine. Absent from plans written before this branch existed.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "rejoinBranch".
 */
export interface RejoinBranch {
  /**
   * What the configuration lets Patroni do when the timelines diverged: rewind (use_pg_rewind), reinitialize (remove_data_directory_on_diverged_timelines without use_pg_rewind: the replica branch runs), none (the node starts on its own timeline and cannot follow).
   */
  mode: 'rewind' | 'reinitialize' | 'none';
  /**
   * Whose credentials pg_rewind and the checks before it use: postgresql.authentication.rewind (PostgreSQL 11+), the superuser's, the replication ones (only the divergence check of reinitialize on PostgreSQL 10 and older), none when nothing is checked.
   */
  credentials: 'rewind' | 'superuser' | 'replication' | 'none';
  notes: Notes;
  /**
   * What Patroni runs first to decide: pg_controldata of the data directory, whether pg_rewind runs. The queries it sends to the leader are in notes.
   */
  checks: Steps;
  /**
   * Each outcome the run time decides (a crash, divergence, pg_rewind's exit), with its condition; in the order Patroni checks them.
   */
  cases: RejoinCase[];
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "rejoinCase".
 */
export interface RejoinCase {
  /**
   * Stable identifier of the case, for diffs.
   */
  id: string;
  /**
   * The run-time condition that selects this case.
   */
  when: string;
  steps: Steps;
  /**
   * After the steps Patroni images the node anew: the replica branch of this plan runs (its methods in order, then its first start).
   */
  then_replica?: boolean;
  /**
   * Where the node ends up.
   */
  outcome: string;
}
