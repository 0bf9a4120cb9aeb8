import type { PyValue } from './value.js';

/**
 * Python's int() of a YAML value: ints, bools, floats (truncated) and decimal text with an optional sign,
 * surrounding whitespace and single underscores between digits; undefined where int() raises (a word, a
 * float's text, None, a list, a mapping, an infinite float).
 */
export function pyInt(value: PyValue): number | undefined {
  switch (value.kind) {
    case 'int':
      return Number(value.value);
    case 'bool':
      return value.value ? 1 : 0;
    case 'float':
      return Number.isFinite(value.value) ? Math.trunc(value.value) : undefined;
    case 'str':
      return /^\s*[-+]?\d+(_\d+)*\s*$/.test(value.value) ? Number(value.value.replace(/_/g, '')) : undefined;
    default:
      return undefined;
  }
}
