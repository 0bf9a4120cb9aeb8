/** The shapes of the generated tables in patroni-parameters.ts (see scripts/gen-patroni-parameters.mjs). */

export type ValidatorType = 'Bool' | 'Integer' | 'Real' | 'Enum' | 'EnumBool' | 'String';

/**
 * One of Patroni's validators of a setting: [releases mask, type, version_from, version_till, min, max, unit,
 * enum values]. Versions are PostgreSQL version numbers (90600, 150000); version_till is exclusive.
 */
export type ParameterRule = readonly [
  number,
  ValidatorType,
  number,
  number | null,
  number | null,
  number | null,
  string | null,
  readonly string[] | null,
];

/** What one of ConfigHandler.CMDLINE_OPTIONS' checks accepts from the dynamic configuration. */
export type CmdlineCheck =
  | { kind: 'never' }
  | { kind: 'bool' }
  | { kind: 'bool_is_true' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'int'; min: number; base_unit: string | null };

export interface CmdlineOptionFact {
  default: string | number | null;
  /** first PostgreSQL version number that has the setting */
  since: number;
  check: CmdlineCheck;
}
