/**
 * The node's own tags as Patroni reads them (patroni/tags.py, Tags; in 3.0-3.1 the Patroni
 * class itself): which predefined tags survive the filter, and how nofailover,
 * failover_priority and nostream are converted, per release (src/facts/patroni-behaviour.ts).
 */
import { has } from '../facts/patroni-behaviour.js';
import type { PatroniVersion } from '../facts/patroni-versions.js';
import { dictGet, dictHas } from '../py/dict.js';
import { parsePgBool, parsePgInt } from '../py/pg-values.js';
import { pyStr } from '../py/str.js';
import { pyTruthy } from '../py/truth.js';
import type { PyDict, PyValue } from '../py/value.js';

const PREDEFINED = ['clonefrom', 'nofailover', 'noloadbalance', 'nosync', 'nostream'];

/** A tag after Patroni's filter: predefined tags only when truthy, and (3.2.2+) nofailover also next to failover_priority. */
function filteredTag(root: PyDict, name: string, patroni: PatroniVersion): PyValue | undefined {
  const tags = dictGet(root, 'tags');
  const value = tags?.kind === 'dict' ? dictGet(tags, name) : undefined;
  if (value === undefined || !PREDEFINED.includes(name) || pyTruthy(value)) return value;
  const keptForPriority = name === 'nofailover' && has('tags.nofailover-false-wins', patroni) && dictHas(tags, 'failover_priority');
  return keptForPriority ? value : undefined;
}

export type NofailoverCause = 'nofailover' | 'failover_priority';

/**
 * Why Patroni counts the node as nofailover, if it does: the nofailover tag by truthiness; from
 * 3.2 with no nofailover tag, a failover_priority that parse_int reads as 0 or less.
 */
export function nofailoverCause(root: PyDict, patroni: PatroniVersion): NofailoverCause | undefined {
  const tag = filteredTag(root, 'nofailover', patroni);
  if (!has('tags.failover-priority', patroni) || (tag !== undefined && tag.kind !== 'none')) {
    return tag !== undefined && pyTruthy(tag) ? 'nofailover' : undefined;
  }
  const priority = filteredTag(root, 'failover_priority', patroni);
  const n = priority === undefined ? undefined : parsePgInt(pyStr(priority), null);
  return n !== undefined && n <= 0 ? 'failover_priority' : undefined;
}

/** Whether the nostream tag (3.3+) is on: parse_bool of a value the filter kept. */
export function nostream(root: PyDict, patroni: PatroniVersion): boolean {
  if (!has('tags.nostream', patroni)) return false;
  const tag = filteredTag(root, 'nostream', patroni);
  return tag !== undefined && parsePgBool(pyStr(tag)) === true;
}
