import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintLoaded, resolveVersions } from '../../src/api.js';
import { loadConfigText } from '../../src/load/load-config.js';

const lint = (yaml: string) => lintLoaded(loadConfigText('v.yml', yaml), resolveVersions({}));
const schema = (yaml: string): [number, string, string][] => lint(yaml).filter((d) => d.ruleId === 'schema').map((d) => [d.line, d.severity, d.message]);

test('an anyOf failure is one message saying what is expected and what was found', () => {
  assert.deepEqual(schema('bootstrap:\n  dcs:\n    maximum_lag_on_failover: lots\n'), [
    [3, 'error', "bootstrap.dcs.maximum_lag_on_failover is 'lots', expected an integer: Patroni 3.3 and later cannot read it as a number and use the default 1048576 (1 MB)"],
  ]);
});

test('a value that makes the chosen release drop all of bootstrap.dcs says so, for that release', () => {
  const yaml = 'bootstrap:\n  dcs:\n    ttl: 30\n    maximum_lag_on_failover: 1MB\n';
  const on = (patroniVersion: string) => lintLoaded(loadConfigText('v.yml', yaml), resolveVersions({ patroniVersion })).filter((d) => d.ruleId === 'schema').map((d) => [d.line, d.message]);
  // 3.0.0-3.0.2 take maximum_lag_on_failover through int(): the first value it refuses drops every key.
  assert.deepEqual(on('3.0.2')[0], [4, "bootstrap.dcs.maximum_lag_on_failover is '1MB', expected an integer: Patroni converts bootstrap.dcs.maximum_lag_on_failover with int(), which refuses 1MB, so Patroni 3.0.2 drops the whole dynamic configuration (every key of bootstrap.dcs) and runs with its defaults and the local settings"]);
  assert.deepEqual(on('4.1.4')[0], [4, "bootstrap.dcs.maximum_lag_on_failover is '1MB', expected an integer: Patroni 3.3 and later cannot read it as a number and use the default 1048576 (1 MB)"]);
});

test('bootstrap.dcs.watchdog: an unknown key Patroni ignores, but one 3.0.0-3.0.2 convert with int() and drop all of bootstrap.dcs over', () => {
  const yaml = 'bootstrap:\n  dcs:\n    ttl: 30\n    watchdog:\n      mode: automatic\n';
  const on = (patroniVersion: string) => lintLoaded(loadConfigText('v.yml', yaml), resolveVersions({ patroniVersion }), { select: ['unknown-key'] }).map((d) => [d.line, d.severity, d.message]);
  assert.deepEqual(on('3.0.2'), [[4, 'error', "unknown key 'watchdog' in bootstrap.dcs: Patroni converts bootstrap.dcs.watchdog with int(), which refuses a mapping, so Patroni 3.0.2 drops the whole dynamic configuration (every key of bootstrap.dcs) and runs with its defaults and the local settings; it belongs at watchdog"]]);
  assert.deepEqual(on('3.3.11'), [[4, 'warning', "unknown key 'watchdog' in bootstrap.dcs: Patroni ignores it; it belongs at watchdog"]]);
});

test('one wrong list entry gives one message at the entry, not one per anyOf branch and level', () => {
  const got = schema('postgresql:\n  pg_hba:\n    - host all all 0.0.0.0/0 md5\n    - {type: host}\n');
  assert.deepEqual(got, [[4, 'error', 'postgresql.pg_hba[1] is a mapping, expected a string']]);
});

test('an unrendered template value is named as such, in every template syntax', () => {
  for (const value of ['${PATRONI_LISTEN}', '<host>:<port>', '"%(LISTEN)s"', '"{{ listen }}"']) {
    const [[, , message]] = schema(`restapi:\n  listen: ${value}\n`) as [[number, string, string]];
    assert.match(message, /^restapi\.listen is '.*', an unrendered template value \(Patroni expands no variables in its YAML\); expected host:port .*: Patroni cannot split it into host and port and stops at start-up$/, value);
  }
});

test('the message says what Patroni does: the listen text without a port becomes listen_addresses', () => {
  assert.match(schema('postgresql:\n  listen: db.example\n')[0]![2], /as listen_addresses \(port 5432\)/);
});

test('a secret value is described by its type, never quoted', () => {
  const got = schema('postgresql:\n  authentication:\n    superuser:\n      password: 271828\n');
  assert.equal(got.length, 1);
  assert.ok(!got[0]![2].includes('271828'), got[0]![2]);
  assert.match(got[0]![2], /is a number, expected a string: Patroni 3\.0 fails the bootstrap on it/);
});

test('a wrong value that Patroni reads as meant is a warning that says so', () => {
  assert.deepEqual(schema('bootstrap:\n  dcs:\n    standby_cluster: false\n').map((f) => f[1]), ['warning']);
});

test('a string where Patroni tests truthiness says that the tag is on', () => {
  assert.match(schema("tags:\n  nofailover: 'false'\n")[0]![2], /a non-empty string counts as true, so nofailover is on/);
});

test('schema errors inside a section Patroni never reads are folded into the finding about the section', () => {
  const d = lint('bootstrap:\n  postgresql:\n    parameters:\n      wal_level: replica\n  users:\n    admin:\n      password: 123\n      colour: red\n');
  assert.deepEqual(d.filter((x) => x.ruleId === 'schema' || x.ruleId === 'unknown-key'), []);
  assert.ok(d.some((x) => x.ruleId === 'unused-method-section' && x.line === 2));
  assert.ok(d.some((x) => x.ruleId === 'deprecated-key' && x.line === 5));
});

test('with the section rule turned off, the schema errors inside the section are reported again', () => {
  const loaded = loadConfigText('v.yml', 'bootstrap:\n  postgresql:\n    parameters:\n      wal_level: replica\n');
  const d = lintLoaded(loaded, resolveVersions({}), { ignore: ['unused-method-section'] });
  assert.equal(d.filter((x) => x.ruleId === 'schema').length, 1);
});

test('after a syntax error only the first is reported, with how many follow from it', () => {
  const d = lint('scope: s\npostgresql:\n  parameters:\n\tmax_connections: 100\n\twork_mem: 4MB\n  data_dir: /d\n');
  assert.equal(d.length, 1);
  assert.deepEqual([d[0]!.ruleId, d[0]!.line], ['yaml-syntax', 4]);
  assert.match(d[0]!.message, /\(the parser loses its place here: \d+ further errors up to line 5 follow from this one and are not shown\)$/);
});

test('a missing indent that empties a section is one warning, not one per stray key and missing key', () => {
  const d = lint('scope: s\nname: n\npostgresql:\nlisten: 0.0.0.0:5432\nconnect_address: 10.0.0.1:5432\ndata_dir: /d\n');
  const about = d.filter((x) => x.ruleId === 'unknown-key' || (x.ruleId === 'missing-key' && x.message.startsWith('postgresql')));
  assert.deepEqual(about.map((x) => [x.line, x.severity, x.message]), [
    [3, 'warning', "postgresql is empty: the keys after it ('listen', 'connect_address', 'data_dir') are not indented under it, so they sit at the top level, where Patroni ignores them; indent them under postgresql"],
  ]);
});

test('a YAML file with no Patroni key at the top level is one error: not a Patroni configuration', () => {
  const d = lint('version: "3"\nservices:\n  db:\n    image: postgres\n');
  assert.deepEqual(d.map((x) => [x.ruleId, x.severity, x.line]), [['not-patroni-config', 'error', 1]]);
  assert.match(d[0]!.message, /^not a Patroni configuration: none of its top-level keys \('version', 'services'\)/);
});

test("a template value naming the PATRONI_* variable Patroni reads for the key: what follows only happens without it, and it is a note", () => {
  const ds = lintLoaded(loadConfigText('t.yml', 'scope: s\npostgresql:\n  connect_address: ${PATRONI_POSTGRESQL_CONNECT_ADDRESS}\n'), resolveVersions({})).filter((d) => d.ruleId === 'schema');
  assert.deepEqual(ds.map((d) => [d.severity, d.message]), [
    ['info', "postgresql.connect_address is '${PATRONI_POSTGRESQL_CONNECT_ADDRESS}', an unrendered template value (Patroni expands no variables in its YAML); expected host:port (a port number after the last colon); Patroni reads PATRONI_POSTGRESQL_CONNECT_ADDRESS for this key, which replaces this value when it is set in Patroni's environment; without it: Patroni publishes it as this member's PostgreSQL address, which replicas and clients then cannot connect to"],
  ]);
});
