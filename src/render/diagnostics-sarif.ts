/**
 * SARIF 2.1.0 (OASIS), the format code-scanning services ingest. Rule ids are the
 * catalogue's ids, stable across releases; locations are relative to the working
 * directory (%SRCROOT%) when the file lies inside it.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Severity } from '../diagnostic.js';

export interface SarifRule {
  id: string;
  severity: Severity;
  description: string;
}

export interface SarifOptions {
  rules: readonly SarifRule[];
  toolVersion: string;
  /** Base directory of relative locations; the working directory by default. */
  cwd?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function location(d: Diagnostic, cwd: string): Record<string, unknown> {
  const real = d.file !== '<stdin>';
  const rel = real ? relative(cwd, resolve(cwd, d.file)) : '';
  const inside = real && rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  const artifact = inside
    ? { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
    : { uri: real ? pathToFileURL(resolve(cwd, d.file)).href : encodeURIComponent(d.file) };
  const region: Record<string, number> = { startLine: d.line, startColumn: d.col };
  if (d.endLine !== undefined && d.endCol !== undefined && (d.endLine > d.line || d.endCol > d.col)) {
    region.endLine = d.endLine;
    region.endColumn = d.endCol;
  }
  return { physicalLocation: { artifactLocation: artifact, region } };
}

export function renderDiagnosticsSarif(list: readonly Diagnostic[], options: SarifOptions): string {
  const cwd = options.cwd ?? process.cwd();
  const index = new Map(options.rules.map((r, i) => [r.id, i]));
  const rules = options.rules.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { documentation: `docs/rules/${r.id}.md` },
  }));
  const results = list.map((d) => ({
    ruleId: d.ruleId,
    ...(index.has(d.ruleId) && { ruleIndex: index.get(d.ruleId) }),
    level: LEVEL[d.severity],
    message: { text: d.envVar ? `${d.message} (from the environment: ${d.envVar})` : d.message },
    locations: [location(d, cwd)],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'patroni-plan', version: options.toolVersion, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
