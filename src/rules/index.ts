import { unrenderedTemplate } from './unrendered-template.js';
import type { Severity } from '../diagnostic.js';
import { bootstrapMethodFallback } from './bootstrap-method-fallback.js';
import { bootstrapPgHba } from './bootstrap-pg-hba.js';
import { commandShell } from './command-shell.js';
import { commandUnsplittable } from './command-unsplittable.js';
import { connectAddress } from './connect-address.js';
import { dcsDrift } from './dcs-drift.js';
import { dcsSections } from './dcs-sections.js';
import { dcsTimeouts } from './dcs-timeouts.js';
import { deprecatedKey } from './deprecated-key.js';
import { emptyValue } from './empty-value.js';
import { keyVersion } from './key-version.js';
import { missingKey } from './missing-key.js';
import { misspeltKey } from './misspelt-key.js';
import { pgOptionVersion } from './pg-option-version.js';
import { postBootstrapAndInit } from './post-bootstrap-and-init.js';
import { recoverySettings } from './recovery-settings.js';
import { clusterWideSetting } from './cluster-wide-setting.js';
import { serverSettingRenamed } from './server-setting-renamed.js';
import { serverSettingUnknown } from './server-setting-unknown.js';
import { serverSettingValue } from './server-setting-value.js';
import { synchronousStandbyNames } from './synchronous-standby-names.js';
import { relativePath } from './relative-path.js';
import { rejoinWithoutFallback } from './rejoin-without-fallback.js';
import { rewindCredentials } from './rewind-credentials.js';
import { rewindFullPageWrites } from './rewind-full-page-writes.js';
import { rewindRoleGrants } from './rewind-role-grants.js';
import { rewindWithoutHints } from './rewind-without-hints.js';
import { replicaMethodSection } from './replica-method-section.js';
import type { Rule } from './rule.js';
import { toolDefaultParams } from './tool-default-params.js';
import { unusedMethodSection } from './unused-method-section.js';
import { userOptions } from './user-options.js';
import { validateConfigStrict } from './validate-config-strict.js';
import { valueRange } from './value-range.js';
import { yaml11Value } from './yaml11-value.js';

/** Every semantic rule, in the order of the catalogue (docs/rules/). */
export const RULES: readonly Rule[] = [
  bootstrapMethodFallback,
  replicaMethodSection,
  unusedMethodSection,
  commandUnsplittable,
  commandShell,
  toolDefaultParams,
  userOptions,
  pgOptionVersion,
  recoverySettings,
  serverSettingUnknown,
  serverSettingValue,
  serverSettingRenamed,
  clusterWideSetting,
  synchronousStandbyNames,
  deprecatedKey,
  keyVersion,
  yaml11Value,
  emptyValue,
  postBootstrapAndInit,
  missingKey,
  connectAddress,
  valueRange,
  validateConfigStrict,
  dcsTimeouts,
  dcsDrift,
  dcsSections,
  misspeltKey,
  bootstrapPgHba,
  relativePath,
  rewindWithoutHints,
  rewindFullPageWrites,
  rejoinWithoutFallback,
  rewindCredentials,
  rewindRoleGrants,
  unrenderedTemplate,
];

/** A check that is not a Rule object: the load and validate stages report these ids themselves. */
export interface BuiltinCheck {
  id: string;
  severity: Severity;
  description: string;
  /** `lint --fix` repairs some of its findings (the fix is in src/fix/<id>.ts). */
  fixable?: boolean;
}

export const BUILTIN_CHECKS: readonly BuiltinCheck[] = [
  { id: 'yaml-syntax', severity: 'error', description: 'the file is not valid YAML' },
  { id: 'yaml-tag', severity: 'error', description: "a tag PyYAML's safe loader cannot construct" },
  { id: 'yaml-value', severity: 'error', description: 'a scalar PyYAML cannot construct for its tag' },
  { id: 'yaml-merge', severity: 'error', description: 'a << merge key that is not given a mapping or a list of mappings' },
  { id: 'yaml-key', severity: 'error', description: 'a list or mapping used as a mapping key' },
  { id: 'encoding', severity: 'error', description: 'the file is not UTF-8' },
  { id: 'input-too-large', severity: 'error', description: 'the file is too large or too deeply nested to read' },
  { id: 'config-not-mapping', severity: 'error', description: 'the file is not a mapping at the top level' },
  { id: 'not-patroni-config', severity: 'error', description: 'a YAML mapping none of whose top-level keys Patroni reads (a docker-compose file, a manifest)' },
  { id: 'env-file', severity: 'error', description: 'a line of the --patroni-env file that cannot be read' },
  { id: 'unknown-env', severity: 'warning', description: 'a PATRONI_* variable of the --patroni-env file that Patroni does not read, or reads and drops' },
  { id: 'duplicate-key', severity: 'warning', description: 'a key repeated in one mapping: PyYAML keeps the last value silently', fixable: true },
  { id: 'schema', severity: 'error', description: 'a value of the wrong type or shape for schema/patroni.schema.json' },
  { id: 'unknown-key', severity: 'warning', description: 'a key Patroni does not know and ignores, with where it belongs or what it resembles', fixable: true },
  { id: 'suppression', severity: 'warning', description: 'a patroni-plan-disable comment that names no known rule' },
  { id: 'host', severity: 'error', description: 'a host check of lint --host-checks failed (a directory, program or address on this machine)' },
];

/** Every id lint can print, in catalogue order. */
export function allCheckIds(): string[] {
  return [...BUILTIN_CHECKS.map((c) => c.id), ...RULES.map((r) => r.id)];
}
