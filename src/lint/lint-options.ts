/**
 * Which checks run and how loud they are: rule selection, severity overrides, --strict.
 * The same shape comes from the command line and from the project config file.
 */
import type { Diagnostic, Severity } from '../diagnostic.js';
import { allCheckIds } from '../rules/index.js';

export type SeverityOverride = Severity | 'off';

export interface LintOptions {
  /** Only these checks report (all when absent). */
  select?: readonly string[];
  /** These checks never report. */
  ignore?: readonly string[];
  /** Per check id: a new severity, or off. */
  severity?: Readonly<Record<string, SeverityOverride>>;
  /** Warnings fail the run too. */
  strict?: boolean;
  /** Host-dependent checks (directories, programs, ports) on this machine. */
  hostChecks?: boolean;
}

export class UnknownCheckError extends Error {}

/** Throws for an id that is no check, so a typo in --select cannot silently select nothing. */
export function checkIds(ids: Iterable<string>, where: string): void {
  const known = new Set(allCheckIds());
  for (const id of ids) if (!known.has(id)) throw new UnknownCheckError(`${where}: '${id}' is not a rule id (patroni-plan rules lists them)`);
}

export function isEnabled(id: string, o: LintOptions): boolean {
  if (o.select?.length && !o.select.includes(id)) return false;
  if (o.ignore?.includes(id)) return false;
  return o.severity?.[id] !== 'off';
}

/** Applies selection and severity overrides; diagnostics of checks that are off are dropped. */
export function applyOptions(list: Diagnostic[], o: LintOptions): Diagnostic[] {
  return list.filter((d) => isEnabled(d.ruleId, o)).map((d) => {
    const s = o.severity?.[d.ruleId];
    return s && s !== 'off' ? { ...d, severity: s } : d;
  });
}

export function failed(list: readonly Diagnostic[], o: LintOptions): boolean {
  return list.some((d) => d.severity === 'error' || (o.strict === true && d.severity === 'warning'));
}
