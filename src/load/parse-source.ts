/**
 * One YAML text in, one Python value out, or diagnostics that say where reading failed.
 * The `yaml` package parses (YAML 1.1 syntax, failsafe schema so every scalar stays text);
 * typing, merges and dict building are PyYAML's rules, applied in yaml-to-python.ts.
 * A plain file (no anchors, tags, merge keys, errors...) is read straight from the parser's
 * tokens by cst-to-python.ts, which skips building the Document; any other file is read
 * through the Document as before.
 */
import { LineCounter, Parser, parseAllDocuments, type YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostic.js';
import type { PyValue } from '../py/value.js';
import { tokensToPython } from './cst-to-python.js';
import { nestingOver } from './nesting.js';
import { ConvertError, DEFAULT_LIMITS, documentToPython, LoadLimitExceeded, type ConvertLimits } from './yaml-to-python.js';

export interface ParsedSource {
  file: string;
  text: string;
  /** null when the text could not be read as one YAML document. */
  value: PyValue | null;
  diagnostics: Diagnostic[];
}

export interface ParseLimits extends ConvertLimits {
  maxBytes: number;
  /** The nesting estimate of nesting.ts that stops a text before the parser sees it; above maxDepth. */
  maxScanDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { ...DEFAULT_LIMITS, maxBytes: 4 * 1024 * 1024, maxScanDepth: 500 };

export function parseSource(file: string, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedSource {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) {
    return failed(file, text, 'input-too-large', tooLargeMessage(limits.maxBytes, bytes));
  }
  const deep = nestingOver(text, limits.maxScanDepth);
  if (deep) return failedAt(file, text, deep, 'input-too-large', `nesting deeper than ${limits.maxScanDepth} levels: patroni-plan does not read a document nested this deeply`);
  if (cstPath) {
    const lines = new LineCounter();
    const read = tokensToPython(Array.from(new Parser(lines.addNewLine).parse(text)), file, lines, limits);
    if (read) return { file, text, value: read.value, diagnostics: read.diagnostics };
  }
  return viaDocument(file, text, limits);
}

let cstPath = true;

/**
 * Whether plain files are read from the parser's tokens (the default) or every file through
 * the Document: for the tests and the benchmark that hold the two side by side. Returns the
 * setting it replaces.
 */
export function setCstPath(on: boolean): boolean {
  const was = cstPath;
  cstPath = on;
  return was;
}

function viaDocument(file: string, text: string, limits: ParseLimits): ParsedSource {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, {
    version: '1.1',
    schema: 'failsafe',
    merge: false,
    uniqueKeys: false,
    lineCounter: lines,
    prettyErrors: false,
    strict: false,
  });
  const list = Array.isArray(docs) ? docs : [];
  const syntax = list.flatMap((d) => d.errors.map((e) => yamlErrorToDiagnostic(file, text, lines, e)));
  if (syntax.length) return { file, text, value: null, diagnostics: [firstOfCascade(syntax)] };
  if (list.length > 1) {
    const second = list[1]!;
    const pos = lines.linePos(second.range[0]);
    return failedAt(file, text, pos, 'yaml-syntax', 'expected a single document in the stream, but found another document');
  }
  if (list.length === 0) return { file, text, value: { kind: 'none' }, diagnostics: [] };
  try {
    const { value, diagnostics } = documentToPython(list[0]!, file, lines, limits);
    return { file, text, value, diagnostics };
  } catch (err) {
    if (err instanceof ConvertError) return { file, text, value: null, diagnostics: [err.diagnostic] };
    if (err instanceof LoadLimitExceeded) return failedAt(file, text, err.at ?? { line: 1, col: 1 }, 'input-too-large', err.message);
    if (err instanceof RangeError) return failed(file, text, 'input-too-large', TOO_DEEP);
    throw err;
  }
}

const TOO_DEEP = 'document too deeply nested to read';

/** The limit in the words of the CLI's message, and the size when it is known. */
export function tooLargeMessage(maxBytes: number, bytes?: number): string {
  const limit = maxBytes % (1024 * 1024) === 0 ? `${maxBytes / (1024 * 1024)} MiB` : `${maxBytes} bytes`;
  return bytes === undefined ? `file is larger than the limit of ${limit}: patroni-plan does not read it` : `file is ${bytes} bytes, over the limit of ${limit}: patroni-plan does not read it`;
}

function yamlErrorToDiagnostic(file: string, text: string, lines: LineCounter, e: YAMLError): Diagnostic {
  const pos = withinLine(text, lines, e.linePos?.[0] ?? lines.linePos(e.pos[0]));
  // The parser turns its own stack overflow into an error like any other; say what it means.
  if (/Maximum call stack size exceeded/.test(e.message)) return { ruleId: 'input-too-large', severity: 'error', message: TOO_DEEP, file, line: pos.line, col: pos.col };
  return { ruleId: 'yaml-syntax', severity: 'error', message: firstLine(e.message), file, line: pos.line, col: pos.col };
}

/**
 * An error at the end of the input can sit past its line's last character: after a final carriage return (a file
 * with CR line ends is one line to the line counter, which counts LF). Point at the end of the line instead.
 */
function withinLine(text: string, lines: LineCounter, pos: { line: number; col: number }): { line: number; col: number } {
  const start = lines.lineStarts[pos.line - 1];
  if (start === undefined) return pos;
  const lf = text.indexOf('\n', start);
  const width = (lf === -1 ? text.slice(start) : text.slice(start, lf)).replace(/\r$/, '').length;
  return pos.col > width + 1 ? { line: pos.line, col: width + 1 } : pos;
}

/**
 * After one syntax error the parser loses its place and reports every later line it cannot
 * fit (one tab or one missing indent gives a dozen errors): as compilers do, the first error
 * is reported, with how much follows from it.
 */
/** A cascade this long comes from the recursion that can also exhaust the stack: counted, it would depend on the stack. */
const LONG_CASCADE = 200;

function firstOfCascade(list: Diagnostic[]): Diagnostic {
  const first = list[0]!;
  // The parser recurses on some broken inputs (a long flow mapping after a plain scalar) until the stack runs out:
  // where, and so how many errors come before it, depends on how deep the caller's stack already was. Nothing
  // that depends on it is reported: the first error without a count, or, when the stack ran out first, no place.
  if (first.ruleId === 'input-too-large') return { ...first, line: 1, col: 1 };
  const rest = list.filter((d) => d.ruleId === 'yaml-syntax' && (d.line !== first.line || d.col !== first.col));
  // Whether the stack ran out at all depends on the caller too (one path of reading YAML overflowed where the other
  // counted 955 errors), so a long run is not counted either: it reads the same, overflow or not.
  if (list.some((d) => d.ruleId === 'input-too-large') || rest.length >= LONG_CASCADE) {
    return { ...first, message: `${first.message} (the parser loses its place here: a long run of further errors follows from this one, or the parser runs out of stack; they are not shown)` };
  }
  if (!rest.length || first.ruleId !== 'yaml-syntax') return first;
  const lastLine = Math.max(...rest.map((d) => d.line));
  const span = lastLine === first.line ? `on line ${lastLine}` : `up to line ${lastLine}`;
  return { ...first, message: `${first.message} (the parser loses its place here: ${rest.length} further error${rest.length === 1 ? '' : 's'} ${span} follow from this one and are not shown)` };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function failed(file: string, text: string, ruleId: string, message: string): ParsedSource {
  return failedAt(file, text, { line: 1, col: 1 }, ruleId, message);
}

function failedAt(file: string, text: string, pos: { line: number; col: number }, ruleId: string, message: string): ParsedSource {
  return { file, text, value: null, diagnostics: [{ ruleId, severity: 'error', message, file, line: pos.line, col: pos.col }] };
}
