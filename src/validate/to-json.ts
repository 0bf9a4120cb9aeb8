/**
 * The JSON view of a Python value that JSON Schema validation needs, plus a way back from a
 * JSON pointer to the YAML position, so schema errors point at the right line and column.
 */
import { pyStr } from '../py/str.js';
import type { PyDict, PyEntry, PyValue, Span } from '../py/value.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function toJson(v: PyValue): Json {
  switch (v.kind) {
    case 'str':
      return v.value;
    case 'int':
      return Number(v.value);
    case 'float':
      return Number.isFinite(v.value) ? v.value : pyStr(v);
    case 'bool':
      return v.value;
    case 'none':
      return null;
    case 'list':
      return v.items.map(toJson);
    case 'dict': {
      const out: { [key: string]: Json } = {};
      for (const e of v.entries) out[pyStr(e.key)] = toJson(e.value);
      return out;
    }
    default:
      return pyStr(v);
  }
}

/** The span of the value at a JSON pointer, or of the nearest ancestor that has one. */
export function spanAtPointer(root: PyValue, pointer: string, keySpan = false): Span | undefined {
  const parts = pointer === '' ? [] : pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let at: PyValue = root;
  let best = root.span;
  for (const [i, part] of parts.entries()) {
    let next: PyValue | undefined;
    let nextKey: PyValue | undefined;
    if (at.kind === 'dict') {
      const entry = entryByText(at, part);
      next = entry?.value;
      nextKey = entry?.key;
    } else if (at.kind === 'list') {
      next = at.items[Number(part)];
    }
    if (!next) break;
    const last = i === parts.length - 1;
    best = (last && keySpan && nextKey?.span) || next.span || nextKey?.span || best;
    at = next;
  }
  return best;
}

const textIndexes = new WeakMap<PyEntry[], Map<string, PyEntry>>();

/**
 * The first entry whose key reads as `text` (JSON pointers name keys by their str()). Every
 * schema error looks its place up, so a mapping with thousands of unknown keys needs an
 * index, not a search per error.
 */
export function entryByText(dict: PyDict, text: string): PyEntry | undefined {
  let index = textIndexes.get(dict.entries);
  if (!index) {
    index = new Map();
    for (const e of dict.entries) {
      const k = pyStr(e.key);
      if (!index.has(k)) index.set(k, e);
    }
    textIndexes.set(dict.entries, index);
  }
  return index.get(text);
}
