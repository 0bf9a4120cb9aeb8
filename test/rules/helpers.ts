import { lintLoaded, resolveVersions } from '../../src/api.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { loadConfigText } from '../../src/load/load-config.js';

/** The findings of one rule on a YAML text, as [line, col, severity, message]. */
export function findings(ruleId: string, yaml: string, versions: { patroniVersion?: string; pgVersion?: string } = {}): [number, number, string, string][] {
  return lintLoaded(loadConfigText('t.yml', yaml), resolveVersions(versions), { select: [ruleId] }).map((d: Diagnostic) => [d.line, d.col, d.severity, d.message]);
}

export const messages = (ruleId: string, yaml: string, versions?: { patroniVersion?: string; pgVersion?: string }): string[] => findings(ruleId, yaml, versions).map((f) => f[3]);
