import { formatDiagnostic, type Diagnostic } from '../diagnostic.js';

export function renderDiagnosticsText(list: Diagnostic[]): string {
  return list.map((d) => formatDiagnostic(d) + '\n').join('');
}

export function renderDiagnosticsJson(list: Diagnostic[]): string {
  return JSON.stringify(list, null, 2) + '\n';
}
