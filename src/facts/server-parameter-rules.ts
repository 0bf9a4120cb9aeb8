/**
 * Questions about Patroni's validator tables (generated in patroni-parameters.ts) for one Patroni release and
 * one PostgreSQL version: does the release know the setting, is it a recovery setting, which rule applies.
 */
import { pgVersionNum } from './pg-major.js';
import { compareVersions, parsePatroniVersion, type PatroniVersion } from './patroni-versions.js';
import { CMDLINE_OPTION_FACTS, PARAMETER_RELEASES, RECOVERY_PARAMETER_RULES, SERVER_PARAMETER_RULES } from '../generated/patroni-parameters.js';
import type { CmdlineOptionFact, ParameterRule } from './patroni-parameter-types.js';

export type { CmdlineOptionFact, ParameterRule } from './patroni-parameter-types.js';

/**
 * Which extracted table a release uses. 3.0.0-3.0.2 keep the table in validator.py; 3.0.3 moved it to
 * available_parameters/*.yml and started trusting `postgres --describe-config` for settings without a rule, so
 * 3.0.3-3.3.x read the 3.3.11 table (patches between may differ in single rows: not recorded).
 */
export function parameterTableIndex(v: PatroniVersion): number {
  const at = (s: string) => compareVersions(v, parsePatroniVersion(s)!) >= 0;
  if (at('4.1.0')) return 3;
  if (at('4.0.0')) return 2;
  if (at('3.0.3')) return 1;
  return 0;
}

export const parameterTableRelease = (v: PatroniVersion): string => PARAMETER_RELEASES[parameterTableIndex(v)]!;

/** From 3.0.3 a setting without a rule is kept when the server lists it (postgres --describe-config). */
export const trustsServerSettingList = (v: PatroniVersion): boolean => parameterTableIndex(v) > 0;

/** Patroni's names are case-insensitive (CaseInsensitiveDict). */
const lowerIndex = (table: Readonly<Record<string, readonly ParameterRule[]>>) =>
  new Map(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v] as const));
const SERVER = lowerIndex(SERVER_PARAMETER_RULES);
const RECOVERY = lowerIndex(RECOVERY_PARAMETER_RULES);

function rulesOf(index: Map<string, readonly ParameterRule[]>, name: string, table: number): ParameterRule[] | undefined {
  const rows = index.get(name.toLowerCase())?.filter((r) => (r[0] & (1 << table)) !== 0);
  return rows && rows.length ? rows : undefined;
}

/** Whether the release's table has any rule for `name` (in any PostgreSQL version). */
export const knowsServerSetting = (name: string, table: number): boolean => rulesOf(SERVER, name, table) !== undefined;

export const isRecoverySetting = (name: string, table: number): boolean => rulesOf(RECOVERY, name, table) !== undefined;

/** The rule Patroni applies to `name` on PostgreSQL `versionNum` (first row whose range holds it). */
export function serverRule(name: string, table: number, versionNum: number): ParameterRule | undefined {
  return rulesOf(SERVER, name, table)?.find((r) => versionNum >= r[2] && (r[3] === null || versionNum < r[3]));
}

export function recoveryRule(name: string, table: number, versionNum: number): ParameterRule | undefined {
  return rulesOf(RECOVERY, name, table)?.find((r) => versionNum >= r[2] && (r[3] === null || versionNum < r[3]));
}

/** Every setting name with a rule for `versionNum` (what the recording harness answers for --describe-config). */
export function settingsFor(table: number, versionNum: number): string[] {
  const names: string[] = [];
  for (const [name] of Object.entries(SERVER_PARAMETER_RULES)) if (serverRule(name, table, versionNum)) names.push(name);
  for (const [name] of Object.entries(RECOVERY_PARAMETER_RULES)) if (recoveryRule(name, table, versionNum)) names.push(name);
  return names;
}

/** Every server setting name the release knows for any version (for did-you-mean). */
export function allServerSettingNames(table: number): string[] {
  return Object.keys(SERVER_PARAMETER_RULES).filter((n) => knowsServerSetting(n, table));
}

/** ConfigHandler.CMDLINE_OPTIONS of the release, lower-case names. */
export function cmdlineOptions(table: number): [string, CmdlineOptionFact][] {
  return Object.entries(CMDLINE_OPTION_FACTS).flatMap(([name, per]) => (per[table] ? [[name, per[table]!] as [string, CmdlineOptionFact]] : []));
}

export function cmdlineOption(name: string, table: number): CmdlineOptionFact | undefined {
  return CMDLINE_OPTION_FACTS[name.toLowerCase()]?.[table] ?? undefined;
}

/**
 * The PostgreSQL version Patroni validates against. 3.0.3+ use the postgres binary's minor version
 * (ConfigHandler.pg_version) — a few settings were backported in a minor release (allow_in_place_tablespaces
 * in 14.5, 13.8 ...) — and the plan assumes these minors, the ones the recording harness answers with;
 * 3.0.0-3.0.2 use the major (PG_VERSION).
 */
export const ASSUMED_MINOR: Readonly<Record<string, number>> = {
  '9.6': 90624, '10': 100023, '11': 110022, '12': 120022, '13': 130021,
  '14': 140018, '15': 150013, '16': 160009, '17': 170005, '18': 180000,
};

export function validatorVersion(v: PatroniVersion, pgMajor: number): number {
  const majorNum = pgVersionNum(pgMajor);
  return parameterTableIndex(v) === 0 ? majorNum : ASSUMED_MINOR[String(pgMajor)] ?? majorNum;
}
