/** Python dict access over PyDict: lookups use Python key equality, as `config.get('key')` does. */
import { pyKey } from './truth.js';
import type { PyDict, PyEntry, PyValue } from './value.js';

export function dictGet(dict: PyValue | undefined, key: string): PyValue | undefined {
  return dictEntry(dict, key)?.value;
}

export function dictEntry(dict: PyValue | undefined, key: string): PyEntry | undefined {
  if (dict?.kind !== 'dict') return undefined;
  // The common case, without building a pyKey per entry.
  if (dict.entries.length < INDEXED_FROM) return dict.entries.find((e) => e.key.kind === 'str' && e.key.value === key);
  const at = positionOf(dict.entries, `s:${key}`);
  return at === undefined ? undefined : dict.entries[at];
}

/**
 * Rules look keys up once per method, option or key, and dictSet runs once per key of a
 * section, so a mapping of 100,000 keys would cost 10^10 steps with a linear search. Big
 * mappings get an index by position, built once per entries array and kept up to date by
 * dictSet; entry arrays are only appended to or copied, never reordered, and a replaced entry
 * keeps its key, so a position stays right (and is checked on every use).
 */
const INDEXED_FROM = 32;
const indexes = new WeakMap<PyEntry[], { length: number; map: Map<string, number> }>();

/** Where the first entry whose key is Python-equal to the one with this pyKey is. */
function positionOf(entries: PyEntry[], wanted: string): number | undefined {
  const matches = (i: number): boolean => hashOf(entries[i]!.key) === wanted;
  if (entries.length < INDEXED_FROM) {
    const at = entries.findIndex((_, i) => matches(i));
    return at < 0 ? undefined : at;
  }
  const at = keyIndex(entries).get(wanted);
  if (at === undefined || matches(at)) return at;
  indexes.delete(entries);
  return keyIndex(entries).get(wanted);
}

function keyIndex(entries: PyEntry[]): Map<string, number> {
  const known = indexes.get(entries);
  if (known && known.length === entries.length) return known.map;
  const map = new Map<string, number>();
  entries.forEach((e, i) => {
    const k = hashOf(e.key);
    if (k !== undefined && !map.has(k)) map.set(k, i);
  });
  indexes.set(entries, { length: entries.length, map });
  return map;
}

/** pyKey, or undefined for a key Python could not hash (which equals no hashable key). */
function hashOf(key: PyValue): string | undefined {
  if (key.kind === 'str') return `s:${key.value}`;
  return key.kind === 'list' || key.kind === 'dict' ? undefined : pyKey(key);
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

/**
 * `d[key] = value`, in place as in Python: replaces the value of an equal key where it stands,
 * else appends. The dict must be the caller's own (one it built, or a copy), not a loaded one.
 * Copying the entries on every set made a section of n keys cost n^2 steps.
 */
export function dictSet(dict: PyDict, key: PyValue, value: PyValue): PyDict {
  const entries = dict.entries;
  const wanted = pyKey(key);
  const at = positionOf(entries, wanted);
  if (at !== undefined) {
    entries[at] = { key: entries[at]!.key, value };
    return dict;
  }
  entries.push({ key, value });
  // The index, if any, covered every entry but the new one: it takes the new one too.
  const known = indexes.get(entries);
  if (known?.length === entries.length - 1) {
    known.map.set(wanted, entries.length - 1);
    known.length = entries.length;
  }
  return dict;
}

/** `d.pop(key)`: a copy without that key. */
export function dictWithout(dict: PyDict, key: string): PyDict {
  return { ...dict, entries: dict.entries.filter((e) => !(e.key.kind === 'str' && e.key.value === key)) };
}

export function strValue(v: PyValue | undefined): string | undefined {
  return v?.kind === 'str' ? v.value : undefined;
}
