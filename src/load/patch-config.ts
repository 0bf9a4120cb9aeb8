/**
 * Patroni merges the files of a configuration directory (and, at start-up, even a single
 * file) into an empty dict with its `patch_config` rule, facts recorded from Patroni 3.0–4.1:
 * - a key whose new value is None is removed (so a top-level `bootstrap:` with no value vanishes);
 * - a dict merges into a dict recursively; a dict over a non-dict replaces it;
 * - any other value replaces the old one only when `str()` of the two differs, so `1`
 *   followed by `'1'` keeps the int.
 */
import { dictSet } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import { pyKey } from '../py/truth.js';
import type { PyDict, PyValue } from '../py/value.js';

export function patchConfig(base: PyDict, patch: PyDict): PyDict {
  let out = base;
  for (const { key, value } of patch.entries) {
    const k = pyKey(key);
    const at = out.entries.findIndex((e) => pyKey(e.key) === k);
    const old = at >= 0 ? out.entries[at]!.value : undefined;
    if (value.kind === 'none') {
      if (at >= 0) out = { ...out, entries: out.entries.filter((_, i) => i !== at) };
    } else if (old === undefined) {
      out = dictSet(out, key, value);
    } else if (value.kind === 'dict') {
      out = dictSet(out, key, old.kind === 'dict' ? patchConfig(old, value) : value);
    } else if (pyStr(old) !== pyStr(value)) {
      out = dictSet(out, key, value);
    }
  }
  return out;
}
