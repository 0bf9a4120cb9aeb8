/**
 * How Patroni rejoins a former primary to the new leader (Ha.recover, Ha._handle_rewind_or_reinitialize,
 * postgresql/rewind.py), as data. Everything here holds in every release 3.0.0-4.1.4 unless a
 * row of BEHAVIOUR (facts/patroni-behaviour.ts, ids `rewind.*`) says otherwise; the evidence
 * is section 23 of docs/patroni-version-facts.md.
 */

/**
 * `authentication.rewind` is used by pg_rewind (and the checks before it) only from
 * PostgreSQL 11, where pg_rewind can run without superuser; below, the superuser's
 * credentials are used whatever the configuration says (config.rewind_credentials).
 */
export const REWIND_USER_SINCE_PG = 11;

/** pg_rewind's source connection asks for a read-write server from PostgreSQL 10 (libpq's keyword). */
export const REWIND_TARGET_SESSION_ATTRS_SINCE_PG = 10;

/**
 * `--restore-target-wal` is passed when a restore_command is configured and pg_rewind can read
 * it: from PostgreSQL 15 always (with `--config-file` when postgresql.conf is not in the data
 * directory), on 13-14 only when config_dir is the data directory (pg_rewind then looked for
 * postgresql.conf in the data directory only).
 */
export const RESTORE_TARGET_WAL = { anyConfigDirSincePg: 15, sameConfigDirSincePg: 13, configFileSincePg: 15 } as const;

/**
 * Where the restore_command pg_rewind may use comes from: postgresql.recovery_conf below
 * PostgreSQL 12, the server's own setting (`postgres -C restore_command`) from 12.
 */
export const RESTORE_COMMAND_FROM_SERVER_SINCE_PG = 12;

/** pg_rewind's environment on top of the inherited one (plus PGPASSFILE when a password is written). */
export const PG_REWIND_ENV = { LANG: 'C', LC_ALL: 'C', PGOPTIONS: '-c statement_timeout=0' } as const;

/**
 * The clean shut-down of a crashed former primary: `postgres --single -D <data_dir>` with
 * each `--name=value` of postmaster.opts as `-c name=value`, these two set over them, sorted
 * by name, then the database to connect to. Archiving is switched to `false` so the
 * single-user server archives nothing.
 */
export const SINGLE_USER_OVERRIDES = { archive_mode: 'on', archive_command: 'false' } as const;
export const SINGLE_USER_DATABASE = 'template1';

/**
 * Rewind._archive_ready_wals, before pg_rewind and before the single-user clean shut-down (every release
 * 3.0.0-4.1.4): when `postgres -C` reports archive_mode on or always and an archive_command, each file of
 * <wal_dir>/archive_status matching this pattern whose segment is still in <wal_dir>, in sorted order, is
 * archived with archive_command; exit 0 renames its .ready to .done, a failure is only logged. The command is
 * Patroni's own substitution of the template (ARCHIVE_SUBSTITUTION), run through a shell from 3.1.0
 * (behaviour row rewind.archive-command-shell), split like a command line (shlex) before.
 */
export const ARCHIVE_READY_PATTERN = /^[0-9A-F]{24}(\.partial)?\.ready$/;
export const ARCHIVE_MODES_ON = ['on', 'always'] as const;

/**
 * Rewind._build_archiver_command: %p is the segment's path (the WAL directory joined with its name, as the
 * configured data_dir spells it), %f its name, %r always 000000010000000000000001, %% a percent sign; any other
 * %x stays as it is.
 */
export const ARCHIVE_SUBSTITUTION = { r: '000000010000000000000001' } as const;

/** Rewind.ensure_clean_shutdown empties <wal_dir>/archive_status (files and symlinks, not directories) after archiving. */
export const CLEAN_SHUTDOWN_REMOVES_ARCHIVE_STATUS = true;

/** pg_controldata states after which Patroni runs the single-user crash recovery (the server did not shut down). */
export const CRASHED_STATES = ['in production', 'shutting down', 'in crash recovery'] as const;

/** pg_rewind removes pg_replslot's content itself from PostgreSQL 11; below, Patroni empties it after a rewind. */
export const PATRONI_CLEANS_REPLSLOT_BELOW_PG = 11;

/** PostgreSQL 10 renamed xlog to wal: the WAL directory (pg_xlog, Patroni's wal_dir) and its programs. */
export const WAL_RENAMED_IN_PG = 10;
export const WAL_DIR_NAMES = ['pg_wal', 'pg_xlog'] as const;

export function walDirName(pgMajor: number): (typeof WAL_DIR_NAMES)[number] {
  return pgMajor >= WAL_RENAMED_IN_PG ? 'pg_wal' : 'pg_xlog';
}

/** The WAL reader Patroni runs to find where the old primary's last checkpoint record ends. */
export function walDumpProgram(pgMajor: number): string {
  return pgMajor >= WAL_RENAMED_IN_PG ? 'pg_waldump' : 'pg_xlogdump';
}

/**
 * The functions pg_rewind calls on the source server, which a rewind user that is not a
 * superuser needs EXECUTE on (PostgreSQL 11+). Patroni grants them itself in post_bootstrap
 * when authentication.rewind differs from the superuser.
 */
export const PG_REWIND_FUNCTIONS = [
  'pg_catalog.pg_ls_dir(text, boolean, boolean)',
  'pg_catalog.pg_stat_file(text, boolean)',
  'pg_catalog.pg_read_binary_file(text)',
  'pg_catalog.pg_read_binary_file(text, bigint, bigint, boolean)',
] as const;

/** initdb enables data checksums by default from PostgreSQL 18 (`--no-data-checksums` turns them off). */
export const CHECKSUMS_DEFAULT_SINCE_PG = 18;
