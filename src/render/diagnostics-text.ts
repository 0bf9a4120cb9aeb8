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

/**
 * How much of one source line a diagnostic quotes. A one-line flow mapping can hold thousands
 * of findings: quoting the whole line under each made the output (and its memory) grow with
 * the square of the input. A longer line is cut around the caret, with an ellipsis at a cut.
 */
export const QUOTE_WIDTH = 120;
/** Columns of the line shown before the caret when the line is cut. */
const QUOTE_LEAD = 40;
const ELLIPSIS = '\u2026';

interface Quote {
  text: string;
  /** Where the caret starts and ends in `text`. */
  start: number;
  end: number;
}

/** The part of the line to show: all of it when short, else a window holding the start of the caret. */
function quote(line: string, start: number, end: number): Quote {
  if (line.length <= QUOTE_WIDTH) return { text: line, start, end };
  const from = Math.max(0, Math.min(start - QUOTE_LEAD, line.length - QUOTE_WIDTH));
  const to = Math.min(line.length, from + QUOTE_WIDTH);
  const head = from > 0 ? ELLIPSIS : '';
  const tail = to < line.length ? ELLIPSIS : '';
  return { text: head + line.slice(from, to) + tail, start: head.length + start - from, end: head.length + Math.min(end, to) - from };
}

/** The source line and a caret line; tabs are kept so the caret stays under the text. */
function snippet(d: Diagnostic, lines: readonly string[] | undefined, color: boolean): string[] {
  const line = lines?.[d.line - 1]?.replace(/\r$/, '');
  if (line === undefined) return [];
  const width = String(d.line).length;
  const start = Math.min(d.col - 1, line.length);
  const end = d.endLine === d.line && d.endCol !== undefined ? Math.min(Math.max(d.endCol - 1, start + 1), line.length) : start + 1;
  const q = quote(line, start, end);
  const pad = q.text.slice(0, q.start).replace(/[^\t]/g, ' ');
  const caret = '^'.repeat(Math.max(1, q.end - q.start));
  const gutter = paint(color, 'dim', `${' '.repeat(width)} |`);
  return [`${paint(color, 'dim', `${d.line} |`)} ${q.text}`, `${gutter} ${pad}${paint(color, SEVERITY_COLOUR[d.severity], caret)}`];
}

/** Each source split into lines once, not once per diagnostic. */
function lineReader(sources: ReadonlyMap<string, string> | undefined): (file: string) => readonly string[] | undefined {
  const split = new Map<string, readonly string[]>();
  return (file) => {
    if (!split.has(file)) {
      const text = sources?.get(file);
      if (text === undefined) return undefined;
      split.set(file, text.split('\n'));
    }
    return split.get(file);
  };
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
  const linesOf = lineReader(options.sources);
  const lines = list.flatMap((d) => [header(d, color), ...snippet(d, linesOf(d.file), color)]);
  return `${lines.join('\n')}\n${summary(list)}\n`;
}
