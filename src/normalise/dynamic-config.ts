/**
 * Whether Patroni can apply bootstrap.dcs as its dynamic configuration at all. Patroni converts some values
 * while it copies the dynamic configuration over its defaults; when a conversion raises, it logs the exception
 * and runs with the configuration built without any of bootstrap.dcs (src/facts/patroni-dynamic-config.ts).
 */
import { has } from '../facts/patroni-behaviour.js';
import { INT_KEYS_FROM_3_0_3, INT_KEYS_UNTIL_3_0_3, REMAPPED_KEYS_UNTIL_3_0_3 } from '../facts/patroni-dynamic-config.js';
import type { PatroniVersion } from '../facts/patroni-versions.js';
import { cmdlineOption } from '../facts/server-parameter-rules.js';
import { dictGet, dictHas } from '../py/dict.js';
import { pyInt } from '../py/int.js';
import { parsePgInt } from '../py/pg-values.js';
import { pyStr } from '../py/str.js';
import { pyTruthy } from '../py/truth.js';
import type { PyDict, PyValue } from '../py/value.js';

/** The first value Patroni's conversion raises on, in the order Patroni walks bootstrap.dcs. */
export interface DynamicRejection {
  /** Dotted path of the value under bootstrap.dcs, e.g. `maximum_lag_on_failover` or `postgresql.parameters.max_connections`. */
  path: string;
  value: PyValue;
  /** What raises, in Patroni's and Python's terms, as a sentence naming the key. */
  why: string;
}

export function dynamicConfigRejection(root: PyDict, patroni: PatroniVersion): DynamicRejection | undefined {
  const dcs = dictGet(dictGet(root, 'bootstrap'), 'dcs');
  if (dcs?.kind !== 'dict') return undefined;
  const old = !has('dynamic.int-only-timeouts', patroni);
  const intKeys: readonly string[] = old ? INT_KEYS_UNTIL_3_0_3 : INT_KEYS_FROM_3_0_3;
  for (const { key, value } of dcs.entries) {
    if (key.kind !== 'str') continue;
    const remapped = old && Object.hasOwn(REMAPPED_KEYS_UNTIL_3_0_3, key.value) ? REMAPPED_KEYS_UNTIL_3_0_3[key.value] : undefined;
    const name = remapped !== undefined && !dictHas(dcs, remapped) ? remapped : key.value;
    const found =
      name === 'postgresql' ? postgresqlRejection(value, old)
      : name === 'standby_cluster' ? sectionRejection('standby_cluster', value)
      : intKeys.includes(name) && pyInt(value) === undefined ? { path: key.value, value, why: `Patroni converts bootstrap.dcs.${key.value} with int(), which refuses ${shown(value)}` }
      : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The value as a message shows it: a mapping or a list by its shape (it may be long, or hold secrets). */
export function shown(value: PyValue): string {
  return value.kind === 'dict' ? 'a mapping' : value.kind === 'list' ? 'a list' : pyStr(value);
}

/** A section Patroni walks with `(value or {}).items()`: a truthy value that is not a mapping raises. */
function sectionRejection(path: string, value: PyValue): DynamicRejection | undefined {
  return value.kind !== 'dict' && pyTruthy(value) ? { path, value, why: `bootstrap.dcs.${path} is not a mapping` } : undefined;
}

function postgresqlRejection(section: PyValue, old: boolean): DynamicRejection | undefined {
  const bad = sectionRejection('postgresql', section);
  if (bad || section.kind !== 'dict') return bad;
  const parameters = dictGet(section, 'parameters');
  if (parameters === undefined) return undefined;
  const badParameters = sectionRejection('postgresql.parameters', parameters);
  if (badParameters || parameters.kind !== 'dict' || !old) return badParameters;
  for (const { key, value } of parameters.entries) {
    const why = parameterCheckRaises30(pyStr(key), value);
    if (why) return { path: `postgresql.parameters.${pyStr(key)}`, value, why };
  }
  return undefined;
}

/** 3.0.0-3.0.2 check cluster-wide options with int(v) >= n, parse_int(v, unit) >= n and v.lower(): these raise. */
function parameterCheckRaises30(name: string, value: PyValue): string | undefined {
  const check = cmdlineOption(name, 0)?.check;
  if (check?.kind === 'int' && check.base_unit) return parsePgInt(pyStr(value), check.base_unit) === undefined ? `Patroni 3.0's check of ${name} cannot read ${shown(value)} as a size and raises` : undefined;
  if (check?.kind === 'int') return pyInt(value) === undefined ? `Patroni 3.0's check of ${name} calls int(), which refuses ${shown(value)}` : undefined;
  if (check?.kind === 'enum') return value.kind !== 'str' ? `Patroni 3.0's check of ${name} calls lower(), which ${shown(value)} (not text) does not have` : undefined;
  return undefined;
}
