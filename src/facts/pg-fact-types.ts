/** Shapes of the generated PostgreSQL fact tables (see docs/pg-facts.md). */

import type { PgMajor } from './pg-major.js';

/** A span of majors: from `since` (9.6 meaning "9.6 or earlier") up to but excluding `until`. */
export interface PgSpan {
  readonly since: PgMajor;
  readonly until?: PgMajor;
}

export type PgOptionArg = 'none' | 'required' | 'optional';

export type PgTool = 'initdb' | 'pg_basebackup';

export interface PgOptionValues extends PgSpan {
  /** Literal strings the option's getopt branch compares its argument with. */
  readonly values: readonly string[];
}

export interface PgOptionFact extends PgSpan {
  /** Long option name without the leading dashes. */
  readonly name: string;
  readonly short?: string;
  readonly arg: PgOptionArg;
  /** Other long names for the very same option (e.g. a legacy spelling kept for compatibility). */
  readonly aliases?: readonly string[];
  /** The option this one took over from when it appeared. */
  readonly replaces?: string;
  /** The option that took over when this one disappeared. */
  readonly replacedBy?: string;
  /** Present only where the option's own branch checks literal values; see docs/pg-facts.md. */
  readonly values?: readonly PgOptionValues[];
  readonly notes?: readonly string[];
}

export type PgCompressForm =
  | (PgSpan & { readonly form: 'level'; readonly min: number; readonly max: number })
  | (PgSpan & {
      readonly form: 'method';
      /** Accepted prefixes before the method: `client-`, `server-`. */
      readonly locations: readonly string[];
      readonly methods: readonly string[];
      /** Keywords accepted in the detail after `:` (a bare integer there is a level). */
      readonly details: readonly string[];
      /** What a bare integer means: gzip at that level, gzip or none for 0, or an error. */
      readonly bareInteger: 'gzip' | 'gzip-or-none' | 'rejected';
    });

export type PgSettingFile = 'recovery.conf' | 'postgresql.conf';

/** What applying a changed value takes: postmaster = restart, sighup = reload. */
export type PgGucContext = 'internal' | 'postmaster' | 'sighup' | 'superuser-backend' | 'backend' | 'superuser' | 'user';

export interface PgSettingPlace extends PgSpan {
  readonly file: PgSettingFile;
  /** Only for postgresql.conf; recovery.conf is read once at server start. */
  readonly context?: PgGucContext;
}

export interface PgRecoverySettingFact extends PgSpan {
  readonly name: string;
  readonly where: readonly PgSettingPlace[];
  /** PostgreSQL's GUC groups the setting was filed under, for orientation. */
  readonly gucGroups?: readonly string[];
}

export interface PgLibpqKeywordFact extends PgSpan {
  readonly keyword: string;
  readonly env?: string;
  /** Set instead of `env` if the environment variable changed name. */
  readonly envs?: readonly string[];
  /** A legacy keyword libpq still accepts by rewriting it to this one (requiressl -> sslmode). */
  readonly translatedTo?: string;
}
