/**
 * GitLab Code Quality report (the CodeClimate subset GitLab reads from
 * `artifacts:reports:codequality`): one issue per finding, shown in the merge request widget
 * and on the diff. The fingerprint identifies a finding across pipelines.
 */
import { crypto } from '../lazy-builtin.js';
import type { Diagnostic, Severity } from '../diagnostic.js';

const SEVERITY: Record<Severity, string> = { error: 'critical', warning: 'minor', info: 'info' };

export function renderDiagnosticsGitlab(list: readonly Diagnostic[]): string {
  const issues = list.map((d) => {
    const description = `${d.message}${d.envVar ? ` (from the environment: ${d.envVar})` : ''}`;
    return {
      type: 'issue',
      check_name: d.ruleId,
      description,
      severity: SEVERITY[d.severity],
      categories: ['Bug Risk'],
      fingerprint: crypto().createHash('sha256').update(`${d.file}\0${d.line}\0${d.col}\0${d.ruleId}\0${description}`).digest('hex'),
      location: { path: d.file, lines: { begin: d.line, ...(d.endLine !== undefined ? { end: d.endLine } : {}) } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
