import type { Diagnostic } from '../diagnostic.js';

/** The diagnostics as a JSON array, one object per finding, fields as in src/diagnostic.ts. */
export function renderDiagnosticsJson(list: readonly Diagnostic[]): string {
  return JSON.stringify(list, null, 2) + '\n';
}
