import { lintLoaded, resolveVersions } from '../api.js';
import type { Diagnostic } from '../diagnostic.js';
import { renderDiagnosticsJson, renderDiagnosticsText } from '../render/diagnostics-text.js';
import { loadInput } from './io.js';

export function runLint(files: string[], opts: { format: string; patroniVersion?: string; pgVersion?: string }): number {
  const versions = resolveVersions(opts);
  const all: Diagnostic[] = [];
  for (const file of files.length ? files : ['-']) all.push(...lintLoaded(loadInput(file), versions));
  process.stdout.write(opts.format === 'json' ? renderDiagnosticsJson(all) : renderDiagnosticsText(all));
  return all.some((d) => d.severity === 'error') ? 1 : 0;
}
