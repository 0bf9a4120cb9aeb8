/** Python dict access over PyDict: lookups use Python key equality, as `config.get('key')` does. */
import { pyKey } from './truth.js';
import type { PyDict, PyEntry, PyValue } from './value.js';

export function dictGet(dict: PyValue | undefined, key: string): PyValue | undefined {
  return dictEntry(dict, key)?.value;
}

export function dictEntry(dict: PyValue | undefined, key: string): PyEntry | undefined {
  if (dict?.kind !== 'dict') return undefined;
  if (dict.entries.length < INDEXED_FROM) return dict.entries.find((e) => e.key.kind === 'str' && e.key.value === key);
  const entries = dict.entries;
  const at = strKeyIndex(entries).get(key);
  const entry = at === undefined ? undefined : entries[at];
  if (entry === undefined || (entry.key.kind === 'str' && entry.key.value === key)) return entry;
  indexes.delete(entries);
  return entries.find((e) => e.key.kind === 'str' && e.key.value === key);
}

/**
 * Rules look keys up once per method, option or key, so a mapping of 100,000 keys would cost
 * 10^10 steps with a linear search. Big mappings get an index by position, built once per
 * entries array; entry arrays are copied, never reordered, when a dict changes, and a
 * replaced entry keeps its key, so a position stays right (and is checked on every use).
 */
const INDEXED_FROM = 32;
const indexes = new WeakMap<PyEntry[], { length: number; map: Map<string, number> }>();

function strKeyIndex(entries: PyEntry[]): Map<string, number> {
  const known = indexes.get(entries);
  if (known && known.length === entries.length) return known.map;
  const map = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.key.kind === 'str' && !map.has(e.key.value)) map.set(e.key.value, i);
  });
  indexes.set(entries, { length: entries.length, map });
  return map;
}

/** Follows a path of string keys; undefined as soon as a step is missing or not a dict. */
export function dictPath(dict: PyValue | undefined, ...keys: string[]): PyValue | undefined {
  let at = dict;
  for (const key of keys) at = dictGet(at, key);
  return at;
}

export function dictHas(dict: PyValue | undefined, key: string): boolean {
  return dictEntry(dict, key) !== undefined;
}

/** `d[key] = value`: replaces in place of an equal key, else appends, like Python. */
export function dictSet(dict: PyDict, key: PyValue, value: PyValue): PyDict {
  const wanted = pyKey(key);
  const at = dict.entries.findIndex((e) => pyKey(e.key) === wanted);
  const entries = [...dict.entries];
  if (at >= 0) entries[at] = { key: entries[at]!.key, value };
  else entries.push({ key, value });
  return { ...dict, entries };
}

/** `d.pop(key)`: a copy without that key. */
export function dictWithout(dict: PyDict, key: string): PyDict {
  return { ...dict, entries: dict.entries.filter((e) => !(e.key.kind === 'str' && e.key.value === key)) };
}

export function strValue(v: PyValue | undefined): string | undefined {
  return v?.kind === 'str' ? v.value : undefined;
}
