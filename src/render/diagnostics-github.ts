/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` line per
 * finding, which the runner turns into annotations on the pull request's changed lines.
 */
import type { Diagnostic, Severity } from '../diagnostic.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// The runner splits on these, so they must be percent-encoded (data) or also `:` and `,` (properties).
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function renderDiagnosticsGithub(list: readonly Diagnostic[]): string {
  return list
    .map((d) => {
      const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.col}`];
      if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
      if (d.endLine === d.line && d.endCol !== undefined) props.push(`endColumn=${d.endCol}`);
      props.push(`title=${escapeProperty(`patroni-plan ${d.ruleId}`)}`);
      const env = d.envVar ? ` (from the environment: ${d.envVar})` : '';
      return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message + env)}\n`;
    })
    .join('');
}
