/**
 * The files of a configuration directory merged in one pass, with the rules of Patroni's
 * `patch_config` (patch-config.ts says them; Patroni 3.0–4.1 alike) applied to one mutable
 * dict as Patroni applies them: patching an immutable copy per file made a directory of n
 * fragments cost O(n²) (5,000 fragments that each set one parameter took over 30 s).
 *
 * A JS Map keeps insertion order the way a Python dict does: a key set again keeps its place,
 * a key deleted and set again moves to the end.
 */
import { pyStr } from '../py/str.js';
import { pyKey } from '../py/truth.js';
import type { PyDict, PyValue } from '../py/value.js';

/** A dict being merged into: the dict it started from (for its span), its entries by key. */
interface Merging {
  from: PyDict;
  entries: Map<string, { key: PyValue; value: PyValue | Merging }>;
}

const isMerging = (v: PyValue | Merging): v is Merging => 'entries' in v && v.entries instanceof Map;

/** patchConfig(patchConfig(patchConfig({}, a), b), c)... for the dicts in order, in linear time. */
export function mergeConfigs(dicts: readonly PyDict[]): PyDict {
  const root: Merging = { from: { kind: 'dict', entries: [] }, entries: new Map() };
  for (const dict of dicts) patchInto(root, dict);
  return finish(root);
}

function merging(dict: PyDict): Merging {
  return { from: dict, entries: new Map(dict.entries.map((e) => [pyKey(e.key), { key: e.key, value: e.value }])) };
}

function patchInto(target: Merging, patch: PyDict): void {
  for (const { key, value } of patch.entries) {
    const k = pyKey(key);
    const old = target.entries.get(k);
    if (value.kind === 'none') {
      target.entries.delete(k);
    } else if (old === undefined) {
      target.entries.set(k, { key, value });
    } else if (value.kind === 'dict') {
      if (isMerging(old.value)) patchInto(old.value, value);
      else if (old.value.kind === 'dict') patchInto((old.value = merging(old.value)), value);
      else old.value = value;
    } else if (pyStr(finishValue(old.value)) !== pyStr(value)) {
      old.value = value;
    }
  }
}

function finishValue(v: PyValue | Merging): PyValue {
  return isMerging(v) ? finish(v) : v;
}

function finish(m: Merging): PyDict {
  return { ...m.from, entries: Array.from(m.entries.values(), (e) => ({ key: e.key, value: finishValue(e.value) })) };
}
