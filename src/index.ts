/** The public API: load a configuration, lint it, plan it, render the plan. */
export { formatDiagnostic, InputError, type Diagnostic, type Severity } from './diagnostic.js';
export { loadConfigPath, loadConfigText, type LoadedConfig } from './load/load-config.js';
export { lintLoaded, planLoaded, resolveVersions, UsageError, type PlanOptions, type ResolvedVersions, type Versions } from './api.js';
export type { LintOptions, SeverityOverride } from './lint/lint-options.js';
export type { PatroniVersion } from './facts/patroni-versions.js';
export type { PgVersion } from './plan/build-plan.js';
export type { Plan, Step } from './plan/plan-types.js';
export { renderPlanJson } from './render/plan-json.js';
export { renderPlanText } from './render/plan-text.js';
export { fix, type AppliedFix, type FixOptions, type FixResult } from './fix/fix.js';
export { readCluster, readClusterFile, readClusterFromMember, BadSnapshot, RestError } from './cluster/read-cluster.js';
export type { ClusterSnapshot, SnapshotMember } from './cluster/snapshot.js';
export type { RestOptions } from './net/patroni-rest.js';
