/**
 * Patroni's Citus support as far as the plan sees it: which configurations enable it and what its handler does to
 * the server parameters at every start (CitusHandler.adjust_postgres_gucs, called by
 * ConfigHandler.get_server_parameters after the wal_keep conversion; 3.0-4.1, see docs/patroni-version-facts.md
 * [20.24]).
 */
import { has } from '../facts/patroni-behaviour.js';
import type { PatroniVersion } from '../facts/patroni-versions.js';
import { dictGet } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import type { PyDict, PyValue } from '../py/value.js';

/**
 * Config._build_effective_configuration keeps a local citus section only when `group` is an int (a YAML boolean is
 * an int to Python too) and `database` a string; anything else is dropped, and Citus stays off.
 */
export function citusEnabled(root: PyDict): boolean {
  const citus = dictGet(root, 'citus');
  const group = dictGet(citus, 'group')?.kind;
  return citus?.kind === 'dict' && (group === 'int' || group === 'bool') && dictGet(citus, 'database')?.kind === 'str';
}

/** The parameters as get_server_parameters holds them: read and write by name, case-insensitively. */
export interface GucAccess {
  get(name: string): PyValue | undefined;
  set(name: string, value: PyValue): void;
}

export interface CitusChange {
  name: string;
  value: string;
  reason: string;
}

const str = (value: string): PyValue => ({ kind: 'str', value });

/**
 * adjust_postgres_gucs. `localHost` is the host of Patroni's local connection (conn_kwargs), undefined when it
 * connects without one. Returns what changed, for the plan's notes.
 */
export function adjustCitusGucs(params: GucAccess, patroni: PatroniVersion, localHost: string | undefined): CitusChange[] {
  const changes: CitusChange[] = [];
  const libraries = params.get('shared_preload_libraries');
  if (libraries === undefined || libraries.kind === 'str') {
    const others = (libraries?.value ?? '').split(',').map((p) => p.trim()).filter((p) => p && p !== 'citus');
    const value = ['citus', ...others].join(',');
    if (libraries?.value !== value) changes.push({ name: 'shared_preload_libraries', value: libraries?.value ?? '', reason: `Citus must be loaded first: Patroni writes ${value}` });
    params.set('shared_preload_libraries', str(value));
  } else {
    // str.split on a number or a list: Patroni raises before PostgreSQL starts
    changes.push({ name: 'shared_preload_libraries', value: pyStr(libraries), reason: 'the Citus handler splits shared_preload_libraries as a string: with this value Patroni raises and PostgreSQL does not start' });
  }
  const prepared = params.get('max_prepared_transactions');
  if (prepared && pyEqualsZero(prepared)) {
    const doubled = pyTimesTwo(params.get('max_connections'));
    if (doubled) {
      changes.push({ name: 'max_prepared_transactions', value: pyStr(prepared), reason: `Citus needs prepared transactions: Patroni sets twice max_connections, ${pyStr(doubled)}` });
      params.set('max_prepared_transactions', doubled);
    }
  }
  const wal = params.get('wal_level');
  if (!wal || pyStr(wal) !== 'logical') changes.push({ name: 'wal_level', value: wal ? pyStr(wal) : '', reason: 'Citus moves shards with logical replication: Patroni writes logical' });
  params.set('wal_level', str('logical'));
  if (has('citus.local-hostname', patroni)) params.set('citus.local_hostname', str(localHost ?? 'localhost'));
  return changes;
}

/** Python's `value == 0`: an int, a bool or a float equal to zero (never a string). */
function pyEqualsZero(v: PyValue): boolean {
  return (v.kind === 'int' && v.value === 0n) || (v.kind === 'bool' && !v.value) || (v.kind === 'float' && v.value === 0);
}

/** Python's `value * 2`: arithmetic for numbers (a bool is 0 or 1), repetition for a string. */
function pyTimesTwo(v: PyValue | undefined): PyValue | undefined {
  if (!v) return undefined;
  if (v.kind === 'int') return { kind: 'int', value: v.value * 2n };
  if (v.kind === 'bool') return { kind: 'int', value: v.value ? 2n : 0n };
  if (v.kind === 'float') return { kind: 'float', value: v.value * 2 };
  if (v.kind === 'str') return str(v.value.repeat(2));
  return undefined;
}
