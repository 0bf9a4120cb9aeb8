/**
 * What must hold for any input at all, checked through the library: loading, linting and
 * planning never throw (a config that cannot be planned is an InputError the CLI reports),
 * every renderer runs, and every diagnostic points inside its file.
 */
import { InputError, lintLoaded, planLoaded, resolveVersions, UsageError, type Diagnostic, type LoadedConfig } from '../../src/index.js';
import { loadConfigSources } from '../../src/load/load-config.js';
import { renderDiagnosticsGithub } from '../../src/render/diagnostics-github.js';
import { renderDiagnosticsGitlab } from '../../src/render/diagnostics-gitlab.js';
import { renderDiagnosticsJson } from '../../src/render/diagnostics-json.js';
import { QUOTE_WIDTH, renderDiagnosticsText } from '../../src/render/diagnostics-text.js';
import { renderPlanJson, renderPlanText } from '../../src/index.js';

const PROFILES = [
  { patroniVersion: '3.0', pgVersion: '9.6' },
  { patroniVersion: '4.1', pgVersion: '17', cloneFrom: 'postgres://10.0.0.12:5432/postgres' },
];

export function checkInput(file: string, bytes: Buffer): void {
  const loaded = loadConfigSources(file, [{ file, bytes }]);
  for (const profile of PROFILES) {
    const diagnostics = lintLoaded(loaded, resolveVersions(profile));
    for (const d of diagnostics) assertInside(d, loaded, bytes);
    const sources = new Map(loaded.sources.map((s) => [s.file, s.text]));
    assertQuotesBounded(renderDiagnosticsText(diagnostics, { sources }));
    for (const render of [() => renderDiagnosticsJson(diagnostics), () => renderDiagnosticsGithub(diagnostics), () => renderDiagnosticsGitlab(diagnostics)]) render();
    const plan = planOrNull(loaded, profile);
    if (plan) {
      renderPlanText(plan);
      renderPlanJson(plan);
    }
  }
}

/** A diagnostic quotes at most QUOTE_WIDTH characters of its line (and two ellipses), so the text output stays linear in the input. */
function assertQuotesBounded(text: string): void {
  for (const line of text.split('\n')) {
    const quoted = /^ *\d* \| (.*)$/.exec(line)?.[1];
    if (quoted !== undefined && quoted.length > QUOTE_WIDTH + 2) throw new Error(`a quoted line of ${quoted.length} characters: ${quoted.slice(0, 200)}...`);
  }
}

function planOrNull(loaded: LoadedConfig, profile: (typeof PROFILES)[number]): ReturnType<typeof planLoaded> | null {
  try {
    return planLoaded(loaded, profile);
  } catch (err) {
    if (err instanceof InputError || err instanceof UsageError) return null;
    throw err;
  }
}

/**
 * Line 1 to the last line, column 1 to one past the line's end. The line is measured in the
 * decoded text and, for a file that does not decode, in its bytes; the larger bound counts.
 */
function assertInside(d: Diagnostic, loaded: LoadedConfig, bytes: Buffer): void {
  const decoded = loaded.sources.find((s) => s.file === d.file)?.text ?? '';
  const texts = [decoded, bytes.toString('latin1')];
  const lineCount = Math.max(...texts.map((t) => t.split('\n').length));
  const where = `${d.file}:${d.line}:${d.col} ${d.ruleId} ${d.message}`;
  if (!Number.isInteger(d.line) || d.line < 1 || d.line > lineCount) throw new Error(`line outside the file (${lineCount} lines): ${where}`);
  const width = Math.max(...texts.map((t) => (t.split('\n')[d.line - 1] ?? '').replace(/\r$/, '').length));
  if (!Number.isInteger(d.col) || d.col < 1 || d.col > width + 1) throw new Error(`column outside line ${d.line} (${width} characters): ${where}`);
}
