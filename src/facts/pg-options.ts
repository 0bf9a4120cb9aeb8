/**
 * Queries over the generated PostgreSQL tables: does this option, recovery setting or libpq
 * keyword exist in a given major, and in what form.
 */

import { PG_BASEBACKUP_COMPRESS, PG_BASEBACKUP_OPTIONS } from '../generated/pg-basebackup-options.js';
import type {
  PgCompressForm,
  PgGucContext,
  PgLibpqKeywordFact,
  PgOptionFact,
  PgRecoverySettingFact,
  PgSettingFile,
  PgTool,
} from './pg-fact-types.js';
import { PG_INITDB_OPTIONS } from '../generated/pg-initdb-options.js';
import { PG_LIBPQ_KEYWORDS } from '../generated/pg-libpq-keywords.js';
import { inSpan, type PgMajor } from './pg-major.js';
import { PG_RECOVERY_SETTINGS } from '../generated/pg-recovery-settings.js';

export type {
  PgCompressForm,
  PgGucContext,
  PgLibpqKeywordFact,
  PgOptionArg,
  PgOptionFact,
  PgOptionValues,
  PgRecoverySettingFact,
  PgSettingFile,
  PgSettingPlace,
  PgSpan,
  PgTool,
} from './pg-fact-types.js';
export { PG_MAJORS, inSpan, isPgMajor, parsePgMajor, pgVersionNum, type PgMajor } from './pg-major.js';

const TABLES: Record<PgTool, readonly PgOptionFact[]> = {
  initdb: PG_INITDB_OPTIONS,
  pg_basebackup: PG_BASEBACKUP_OPTIONS,
};

/** Patroni configs spell options with or without dashes ("--waldir", "waldir"); both are accepted. */
function bareName(name: string): string {
  return name.replace(/^--?/, '');
}

/** The long option `name` of `tool` as it is in `major`, or undefined if that major lacks it. */
export function pgOption(tool: PgTool, name: string, major: PgMajor): PgOptionFact | undefined {
  const wanted = bareName(name);
  return TABLES[tool].find((f) => f.name === wanted && inSpan(f, major));
}

/** Every long option `tool` has in `major`. */
export function optionsFor(tool: PgTool, major: PgMajor): readonly PgOptionFact[] {
  return TABLES[tool].filter((f) => inSpan(f, major));
}

/** Every span of majors an option name appears in, to say "added in 11" or "renamed in 10". */
export function optionHistory(tool: PgTool, name: string): readonly PgOptionFact[] {
  const wanted = bareName(name);
  return TABLES[tool].filter((f) => f.name === wanted);
}

/** The literal values the option's own code checks in `major`, if it checks any. */
export function optionValues(fact: PgOptionFact, major: PgMajor): readonly string[] | undefined {
  return fact.values?.find((v) => inSpan(v, major))?.values;
}

/** What `pg_basebackup --compress` accepts in `major`. */
export function basebackupCompressForm(major: PgMajor): PgCompressForm {
  const form = PG_BASEBACKUP_COMPRESS.find((c) => inSpan(c, major));
  // The generated table covers every tracked major; a gap means it was edited by hand.
  if (!form) throw new Error(`no --compress fact for PostgreSQL ${major}`);
  return form;
}

export interface PgRecoverySettingAt {
  readonly name: string;
  readonly file: PgSettingFile;
  readonly context?: PgGucContext;
  readonly fact: PgRecoverySettingFact;
}

/** Where `name` is set in `major` (recovery.conf or postgresql.conf), or undefined if nowhere. */
export function recoverySetting(name: string, major: PgMajor): PgRecoverySettingAt | undefined {
  const fact = PG_RECOVERY_SETTINGS.find((f) => f.name === name);
  const place = fact?.where.find((w) => inSpan(w, major));
  if (!fact || !place) return undefined;
  return place.context === undefined
    ? { name, file: place.file, fact }
    : { name, file: place.file, context: place.context, fact };
}

/** The recovery settings of `major`, wherever they live. */
export function recoverySettingsFor(major: PgMajor): readonly PgRecoverySettingFact[] {
  return PG_RECOVERY_SETTINGS.filter((f) => inSpan(f, major));
}

/** The libpq keyword `name` if libpq of `major` accepts it (legacy ones included). */
export function libpqKeyword(name: string, major: PgMajor): PgLibpqKeywordFact | undefined {
  return PG_LIBPQ_KEYWORDS.find((k) => k.keyword === name && inSpan(k, major));
}

/** The whole history of a name across the tracked majors, for "added in"/"removed in" messages. */
export function recoverySettingHistory(name: string): PgRecoverySettingFact | undefined {
  return PG_RECOVERY_SETTINGS.find((f) => f.name === name);
}

export function libpqKeywordHistory(name: string): PgLibpqKeywordFact | undefined {
  return PG_LIBPQ_KEYWORDS.find((k) => k.keyword === name);
}
