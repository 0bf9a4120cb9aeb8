/**
 * The two ways parseSource reads YAML, held side by side: the Document of the `yaml` package
 * for every file, and the CST path (src/load/cst-to-python.ts) with the Document for the rest.
 */
import assert from 'node:assert/strict';
import { LineCounter, Parser } from 'yaml';
import { tokensToPython } from '../../src/load/cst-to-python.js';
import { DEFAULT_PARSE_LIMITS, parseSource, setCstPath, type ParsedSource, type ParseLimits } from '../../src/load/parse-source.js';

/** parseSource with the CST path switched on or off for the one call. */
const via =
  (cst: boolean) =>
  (text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS, file = 't.yml'): ParsedSource => {
    const was = setCstPath(cst);
    try {
      return parseSource(file, text, limits);
    } finally {
      setCstPath(was);
    }
  };

export const viaDocument = via(false);
export const viaCst = via(true);

/** Whether the CST path reads the text itself (true) or leaves it to the Document (false). */
export function cstTakes(text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): boolean {
  const lines = new LineCounter();
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
  return tokensToPython(tokens, 't.yml', lines, limits) !== undefined;
}

/** Every value, span and diagnostic, in the order of their keys: equal here is byte-identical JSON. */
export function ordered(x: ParsedSource): string {
  return JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v));
}

/** Both paths read `text` to the same values, spans, key order and diagnostics; returns whether the CST path took it. */
export function assertSamePaths(text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS, file = 't.yml'): boolean {
  const doc = viaDocument(text, limits, file);
  const cst = viaCst(text, limits, file);
  assert.deepStrictEqual(cst, doc);
  assert.equal(ordered(cst), ordered(doc));
  return cstTakes(text, limits);
}
