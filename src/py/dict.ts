/** Python dict access over PyDict: lookups use Python key equality, as `config.get('key')` does. */
import { pyKey } from './truth.js';
import type { PyDict, PyEntry, PyValue } from './value.js';

export function dictGet(dict: PyValue | undefined, key: string): PyValue | undefined {
  return dictEntry(dict, key)?.value;
}

export function dictEntry(dict: PyValue | undefined, key: string): PyEntry | undefined {
  if (dict?.kind !== 'dict') return undefined;
  return dict.entries.find((e) => e.key.kind === 'str' && e.key.value === key);
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
