import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planLoaded } from '../../src/api.js';
import { parsePatroniVersion } from '../../src/facts/patroni-versions.js';
import { loadConfigText } from '../../src/load/load-config.js';
import { adjustCitusGucs, citusEnabled } from '../../src/plan/citus.js';
import type { PyValue } from '../../src/py/value.js';

const v = (s: string) => parsePatroniVersion(s)!;
const str = (value: string): PyValue => ({ kind: 'str', value });
const int = (n: number): PyValue => ({ kind: 'int', value: BigInt(n) });

function adjusted(start: Record<string, PyValue>, patroni = '4.1.4', host?: string): Record<string, PyValue> {
  const params = new Map(Object.entries(start));
  adjustCitusGucs({ get: (n) => params.get(n), set: (n, x) => params.set(n, x) }, v(patroni), host);
  return Object.fromEntries(params);
}

test('citus is enabled only by a section with an int (or bool) group and a string database', () => {
  const root = (yaml: string) => {
    const r = loadConfigText('c.yml', yaml).root;
    assert.ok(r);
    return r;
  };
  assert.equal(citusEnabled(root('citus: {group: 0, database: citus}\n')), true);
  assert.equal(citusEnabled(root('citus: {group: true, database: citus}\n')), true);
  assert.equal(citusEnabled(root("citus: {group: '0', database: citus}\n")), false);
  assert.equal(citusEnabled(root('citus: {group: 1, database: 5}\n')), false);
  assert.equal(citusEnabled(root('citus: {group: 1}\n')), false);
});

test('citus goes first in shared_preload_libraries, entries stripped, other citus entries dropped', () => {
  assert.deepEqual(adjusted({ shared_preload_libraries: str(' pg_stat_statements, citus ,, auto_explain') }).shared_preload_libraries, str('citus,pg_stat_statements,auto_explain'));
  assert.deepEqual(adjusted({}).shared_preload_libraries, str('citus'));
});

test('max_prepared_transactions equal to 0 (as Python compares) becomes max_connections * 2 (as Python multiplies)', () => {
  assert.deepEqual(adjusted({ max_prepared_transactions: int(0), max_connections: int(150) }).max_prepared_transactions, int(300));
  assert.deepEqual(adjusted({ max_prepared_transactions: { kind: 'bool', value: false }, max_connections: int(10) }).max_prepared_transactions, int(20));
  // a string max_connections is repeated (Patroni 3.0 keeps the dynamic value as written)
  assert.deepEqual(adjusted({ max_prepared_transactions: int(0), max_connections: str('300') }).max_prepared_transactions, str('300300'));
  // '0' is not equal to 0 in Python: left alone
  assert.deepEqual(adjusted({ max_prepared_transactions: str('0'), max_connections: int(100) }).max_prepared_transactions, str('0'));
  assert.deepEqual(adjusted({ max_prepared_transactions: int(5), max_connections: int(100) }).max_prepared_transactions, int(5));
});

test('wal_level is logical; citus.local_hostname from 3.2, the local connection host or localhost', () => {
  assert.deepEqual(adjusted({ wal_level: str('replica') }).wal_level, str('logical'));
  assert.deepEqual(adjusted({}, '4.1.4', '/run/postgresql')['citus.local_hostname'], str('/run/postgresql'));
  assert.deepEqual(adjusted({}, '3.2.0')['citus.local_hostname'], str('localhost'));
  assert.equal(adjusted({}, '3.1.2')['citus.local_hostname'], undefined);
});

test('a Citus node without a bootstrap section can bootstrap, and its first start carries the Citus settings', () => {
  const yaml = 'scope: s\nname: n\ncitus: {group: 1, database: citus}\npostgresql:\n  listen: 0.0.0.0:5432\n  data_dir: /d\n  parameters:\n    synchronous_standby_names: x\n';
  const plan = planLoaded(loadConfigText('c.yml', yaml), { pgVersion: '16', patroniVersion: '4.1' });
  assert.equal(plan.bootstrap.kind, 'initdb');
  const start = plan.bootstrap.steps.find((s) => s.server_parameters);
  assert.ok(start?.server_parameters);
  const sp = start.server_parameters;
  assert.equal(sp.conf['wal_level'], 'logical');
  assert.equal(sp.conf['citus.local_hostname'], 'localhost');
  assert.ok(sp.command_line.includes('--wal_level=logical'));
  // synchronous_mode defaults to on with Citus: Patroni manages synchronous_standby_names itself
  assert.equal(sp.conf['synchronous_standby_names'], undefined);
  assert.ok(sp.changes.some((c) => c.name === 'synchronous_standby_names' && c.action === 'dropped'));
});
