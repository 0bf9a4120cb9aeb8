/**
 * The library's pipeline: load → validate → rules, and load → normalise → plan. The CLI is a
 * thin shell around these two functions.
 */
import { InputError, sortDiagnostics, type Diagnostic } from './diagnostic.js';
import { resolvePatroniVersion, DEFAULT_PROFILE, type PatroniVersion } from './facts/patroni-versions.js';
import type { LoadedConfig } from './load/load-config.js';
import { effectiveConfig } from './normalise/effective-config.js';
import { buildPlan, DEFAULT_PG_VERSION, parseCloneFrom, parsePgVersion, type PgVersion } from './plan/build-plan.js';
import type { Plan } from './plan/plan-types.js';
import { RULES } from './rules/index.js';
import { toDiagnostic } from './rules/rule.js';
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

export class UsageError extends Error {}

export function resolveVersions(v: Versions): ResolvedVersions {
  const patroni = resolvePatroniVersion(v.patroniVersion ?? DEFAULT_PROFILE);
  if (!patroni) throw new UsageError(`unsupported --patroni-version '${v.patroniVersion}': use 3.0, 3.3, 4.0, 4.1 or a release between 3.0.0 and 4.1.4`);
  const pgVersion = parsePgVersion(v.pgVersion ?? DEFAULT_PG_VERSION);
  if (!pgVersion) throw new UsageError(`unsupported --pg-version '${v.pgVersion}': use 9.6 or 10 to 18`);
  return { patroni: patroni.version, patroniRecorded: patroni.recorded, pgVersion };
}

/** All findings for a loaded configuration: load errors, schema, then the semantic rules. */
export function lintLoaded(loaded: LoadedConfig, versions: ResolvedVersions): Diagnostic[] {
  const out: Diagnostic[] = [...loaded.diagnostics];
  if (loaded.root) {
    const file = loaded.sources[0]?.file ?? loaded.origin;
    out.push(...validateConfig(loaded.root, file));
    const ctx = { root: loaded.root, config: effectiveConfig(loaded.root), patroni: versions.patroni, pgMajor: Number(versions.pgVersion), file };
    for (const rule of RULES) out.push(...rule.check(ctx).map((f) => toDiagnostic(rule, f, file)));
  }
  return sortDiagnostics(out);
}

export interface PlanOptions extends Versions {
  cloneFrom?: string;
}

/** The plan for a loaded configuration; throws InputError when the YAML itself could not be read. */
export function planLoaded(loaded: LoadedConfig, options: PlanOptions): Plan {
  const versions = resolveVersions(options);
  const clone = parseCloneFrom(options.cloneFrom);
  if ('error' in clone) throw new UsageError(clone.error);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.root || errors.length) throw new InputError(sortDiagnostics(errors));
  return buildPlan(loaded.root, loaded.sources.map((s) => s.file), { ...versions, clone });
}
