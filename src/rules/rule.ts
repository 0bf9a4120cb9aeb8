import type { ClusterSnapshot } from '../cluster/snapshot.js';
import type { Diagnostic, Severity } from '../diagnostic.js';
import type { PatroniVersion } from '../facts/patroni-versions.js';
import type { EffectiveConfig } from '../normalise/effective-config.js';
import type { PyDict, PyValue, Span } from '../py/value.js';

export interface RuleContext {
  root: PyDict;
  config: EffectiveConfig;
  patroni: PatroniVersion;
  pgMajor: number;
  /** Where a finding without a position of its own is reported. */
  file: string;
  /** The text of every file a span can point into (config files, env files). */
  sources: ReadonlyMap<string, string>;
  /** Each configuration file as parsed, before the merge drops its empty values (patch_config does). */
  parsed?: readonly (PyValue | null)[];
  /** The running cluster, with lint --cluster (rule dcs-drift). */
  cluster?: ClusterSnapshot;
}

/** One check, ESLint-style: an id, a default severity, a one-line description, and docs/rules/<id>.md. */
export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  /** `lint --fix` repairs some of its findings (the fix is in src/fix/<id>.ts). */
  fixable?: boolean;
  check(ctx: RuleContext): Finding[];
}

export interface Finding {
  message: string;
  span?: Span;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
}

export function toDiagnostic(rule: Rule, f: Finding, file: string): Diagnostic {
  return {
    ruleId: rule.id,
    severity: f.severity ?? rule.severity,
    message: f.message,
    file: f.span?.file ?? file,
    line: f.span?.line ?? 1,
    col: f.span?.col ?? 1,
    ...(f.span && { endLine: f.span.endLine, endCol: f.span.endCol }),
    ...(f.span?.envVar && { envVar: f.span.envVar }),
  };
}
