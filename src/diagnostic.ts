import type { Span } from './py/value.js';

export type Severity = 'error' | 'warning' | 'info';

/** One finding, always tied to a place a person can open: file, 1-based line and column. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
  /** The PATRONI_* variable the offending value came from, when it came from the environment. */
  envVar?: string;
}

/** Options or arguments that make no sense: the CLI says why and exits 2. Here, not in api.ts, so the CLI can test for it without loading the pipeline. */
export class UsageError extends Error {}

/** Raised for input the pipeline cannot go on with; the CLI turns it into exit code 2 or 1, never a stack trace. */
export class InputError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'InputError';
  }
}

export function diagnosticAt(
  span: Span | undefined,
  fallbackFile: string,
  ruleId: string,
  severity: Severity,
  message: string,
): Diagnostic {
  if (!span) return { ruleId, severity, message, file: fallbackFile, line: 1, col: 1 };
  return {
    ruleId,
    severity,
    message,
    file: span.file,
    line: span.line,
    col: span.col,
    endLine: span.endLine,
    endCol: span.endCol,
    ...(span.envVar && { envVar: span.envVar }),
  };
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.ruleId} ${d.message}${d.envVar ? ` (from the environment: ${d.envVar})` : ''}`;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by file, position, then severity and rule, so output never depends on rule run order. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.col - b.col ||
      ORDER[a.severity] - ORDER[b.severity] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
