/**
 * Patroni merges the files of a configuration directory (and, at start-up, even a single
 * file) into an empty dict with its `patch_config` rule, facts recorded from Patroni 3.0–4.1:
 * - a key whose new value is None is removed (so a top-level `bootstrap:` with no value vanishes);
 * - a dict merges into a dict recursively; a dict over a non-dict replaces it;
 * - any other value replaces the old one only when `str()` of the two differs, so `1`
 *   followed by `'1'` keeps the int.
 */
import { pyStr } from '../py/str.js';
import { pyKey } from '../py/truth.js';
import type { PyDict, PyEntry } from '../py/value.js';

export function patchConfig(base: PyDict, patch: PyDict): PyDict {
  // One working copy and an index of it: copying the dict for every key is quadratic.
  const entries = [...base.entries];
  const index = new Map(entries.map((e, i) => [pyKey(e.key), i]));
  let removed = false;
  for (const { key, value } of patch.entries) {
    const k = pyKey(key);
    const at = index.get(k);
    const old = at === undefined ? undefined : entries[at]!.value;
    if (value.kind === 'none') {
      if (at !== undefined) {
        entries[at] = REMOVED;
        index.delete(k);
        removed = true;
      }
    } else if (old === undefined) {
      index.set(k, entries.push({ key, value }) - 1);
    } else if (value.kind === 'dict') {
      entries[at!] = { key: entries[at!]!.key, value: old.kind === 'dict' ? patchConfig(old, value) : value };
    } else if (pyStr(old) !== pyStr(value)) {
      entries[at!] = { key: entries[at!]!.key, value };
    }
  }
  return { ...base, entries: removed ? entries.filter((e) => e !== REMOVED) : entries };
}

/** Marks a deleted key until the end, so the positions in the index stay right. */
const REMOVED: PyEntry = { key: { kind: 'none' }, value: { kind: 'none' } };
