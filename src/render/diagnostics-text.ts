/**
 * Diagnostics for people: `file:line:col: severity rule-id message`, then the offending
 * line with a caret under the span, then a count. Colour only when asked for (the CLI asks
 * when standard output is a terminal and NO_COLOR is not set).
 */
import { formatDiagnostic, type Diagnostic, type Severity } from '../diagnostic.js';

export interface TextOptions {
  /** File name to text, for the source line under each diagnostic. */
  sources?: ReadonlyMap<string, string>;
  color?: boolean;
}

const CODES = { red: 31, yellow: 33, cyan: 36, bold: 1, dim: 2 } as const;
const paint = (on: boolean, code: keyof typeof CODES, s: string): string => (on ? `\x1b[${CODES[code]}m${s}\x1b[0m` : s);
const SEVERITY_COLOUR: Record<Severity, keyof typeof CODES> = { error: 'red', warning: 'yellow', info: 'cyan' };

function header(d: Diagnostic, color: boolean): string {
  if (!color) return formatDiagnostic(d);
  const env = d.envVar ? ` (from the environment: ${d.envVar})` : '';
  return `${paint(true, 'bold', `${d.file}:${d.line}:${d.col}:`)} ${paint(true, SEVERITY_COLOUR[d.severity], d.severity)} ${paint(true, 'dim', d.ruleId)} ${d.message}${env}`;
}

/** The source line and a caret line; tabs are kept so the caret stays under the text. */
function snippet(d: Diagnostic, text: string | undefined, color: boolean): string[] {
  const line = text?.split('\n')[d.line - 1]?.replace(/\r$/, '');
  if (line === undefined) return [];
  const width = String(d.line).length;
  const start = Math.min(d.col - 1, line.length);
  const end = d.endLine === d.line && d.endCol !== undefined ? Math.min(Math.max(d.endCol - 1, start + 1), line.length) : start + 1;
  const pad = line.slice(0, start).replace(/[^\t]/g, ' ');
  const caret = '^'.repeat(Math.max(1, end - start));
  const gutter = paint(color, 'dim', `${' '.repeat(width)} |`);
  return [`${paint(color, 'dim', `${d.line} |`)} ${line}`, `${gutter} ${pad}${paint(color, SEVERITY_COLOUR[d.severity], caret)}`];
}

function summary(list: readonly Diagnostic[]): string {
  const count = (s: Severity): number => list.filter((d) => d.severity === s).length;
  const parts: string[] = [];
  for (const [s, one, many] of [['error', 'error', 'errors'], ['warning', 'warning', 'warnings'], ['info', 'note', 'notes']] as const) {
    const n = count(s);
    if (n) parts.push(`${n} ${n === 1 ? one : many}`);
  }
  return parts.join(', ');
}

export function renderDiagnosticsText(list: readonly Diagnostic[], options: TextOptions = {}): string {
  if (!list.length) return '';
  const color = options.color ?? false;
  const lines = list.flatMap((d) => [header(d, color), ...snippet(d, options.sources?.get(d.file), color)]);
  return `${lines.join('\n')}\n${summary(list)}\n`;
}
