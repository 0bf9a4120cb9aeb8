/**
 * The library's pipeline: load → validate → rules, and load → normalise → plan. The CLI is a
 * thin shell around these two functions.
 */
import { InputError, sortDiagnostics, UsageError, type Diagnostic } from './diagnostic.js';
import { resolvePatroniVersion, DEFAULT_PROFILE, type PatroniVersion } from './facts/patroni-versions.js';
import type { LoadedConfig } from './load/load-config.js';
import { effectiveConfig } from './normalise/effective-config.js';
import { buildPlan, DEFAULT_PG_VERSION, parseCloneFrom, parsePgVersion, type PgVersion } from './plan/build-plan.js';
import type { Plan } from './plan/plan-types.js';
import { planForCluster } from './cluster/plan-for-cluster.js';
import type { ClusterSnapshot } from './cluster/snapshot.js';
import { applyOptions, isEnabled, type LintOptions } from './lint/lint-options.js';
import { unreadSections } from './rules/unread-sections.js';
import { foldMisindented } from './validate/misindent.js';
import { notPatroniConfig } from './validate/not-patroni.js';
import { isSuppressed, readSuppressions } from './lint/suppressions.js';
import { withDeprecationFolded, withoutMisspeltVersions, withoutRepeatedTemplates } from './lint/one-per-value.js';
import { allCheckIds, RULES } from './rules/index.js';
import { toDiagnostic, type RuleContext } from './rules/rule.js';
import { validateConfig } from './validate/validate-config.js';

export interface Versions {
  patroniVersion?: string;
  pgVersion?: string;
}

export interface ResolvedVersions {
  patroni: PatroniVersion;
  patroniRecorded: boolean;
  pgVersion: PgVersion;
}

export { UsageError };

export function resolveVersions(v: Versions): ResolvedVersions {
  const patroni = resolvePatroniVersion(v.patroniVersion ?? DEFAULT_PROFILE);
  if (!patroni) throw new UsageError(`unsupported --patroni-version '${v.patroniVersion}': use 3.0, 3.3, 4.0, 4.1 or a release between 3.0.0 and 4.1.4`);
  const pgVersion = parsePgVersion(v.pgVersion ?? DEFAULT_PG_VERSION);
  if (!pgVersion) throw new UsageError(`unsupported --pg-version '${v.pgVersion}': use 9.6 or 10 to 18`);
  return { patroni: patroni.version, patroniRecorded: patroni.recorded, pgVersion };
}

/**
 * All findings for a loaded configuration: load errors, schema, then the semantic rules;
 * then inline suppressions, rule selection and severity overrides.
 */
export function lintLoaded(loaded: LoadedConfig, versions: ResolvedVersions, options: LintOptions = {}, cluster?: ClusterSnapshot): Diagnostic[] {
  const out: Diagnostic[] = [...loaded.diagnostics];
  const foreign = loaded.root && notPatroniConfig(loaded.root, loaded.sources[0]?.file ?? loaded.origin);
  if (foreign) return sortDiagnostics(applyOptions([...out, foreign], options));
  if (loaded.root) {
    const file = loaded.sources[0]?.file ?? loaded.origin;
    const sources = new Map(loaded.sources.map((s) => [s.file, s.text]));
    const ctx: RuleContext = { root: loaded.root, config: effectiveConfig(loaded.root), patroni: versions.patroni, pgMajor: Number(versions.pgVersion), file, sources, parsed: loaded.sources.map((s) => s.value), ...(cluster && { cluster }) };
    const schema = validateConfig(loaded.root, file, unreadSections(ctx, (id) => isEnabled(id, options)), versions.patroni);
    const findings: Diagnostic[] = [];
    for (const rule of RULES) if (isEnabled(rule.id, options)) findings.push(...rule.check(ctx).map((f) => toDiagnostic(rule, f, file)));
    const merged = withoutMisspeltVersions(withDeprecationFolded(withoutRepeatedTemplates([...withoutShadowedSchemaErrors(schema, findings), ...findings])));
    out.push(...foldMisindented(loaded.sources.map((s) => s.value), merged, file));
  }
  return sortDiagnostics(applyOptions(suppress(out, loaded), options));
}

/** A rule error that explains a value says more than the schema's type error at the same place. */
function withoutShadowedSchemaErrors(schema: Diagnostic[], findings: Diagnostic[]): Diagnostic[] {
  const at = new Set(findings.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.col}`));
  return schema.filter((d) => d.ruleId !== 'schema' || !at.has(`${d.file}:${d.line}:${d.col}`));
}

function suppress(list: Diagnostic[], loaded: LoadedConfig): Diagnostic[] {
  const known = new Set(allCheckIds());
  const read = loaded.sources.map((s) => readSuppressions(s.file, s.text, known));
  const suppressions = read.flatMap((r) => r.suppressions);
  return [...list.filter((d) => !isSuppressed(d, suppressions)), ...read.flatMap((r) => r.diagnostics)];
}

export interface PlanOptions extends Versions {
  cloneFrom?: string;
  /** A running cluster (patroni-plan cluster): the plan is then the one of a new member of it. */
  cluster?: ClusterSnapshot;
}

/** The plan for a loaded configuration; throws InputError when the YAML itself could not be read. */
export function planLoaded(loaded: LoadedConfig, options: PlanOptions): Plan {
  if (options.cluster) return planLoadedForCluster(loaded, options.cluster, options);
  const versions = resolveVersions(options);
  const clone = parseCloneFrom(options.cloneFrom);
  if ('error' in clone) throw new UsageError(clone.error);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.root || errors.length) throw new InputError(sortDiagnostics(errors));
  return buildPlan(loaded.root, loaded.sources.map((s) => s.file), { ...versions, clone });
}

function planLoadedForCluster(loaded: LoadedConfig, cluster: ClusterSnapshot, options: PlanOptions): Plan {
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.root || errors.length) throw new InputError(sortDiagnostics(errors));
  return planForCluster(loaded.root, loaded.sources.map((s) => s.file), cluster, options);
}
