import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { lintLoaded, resolveVersions } from '../../src/api.js';
import { loadConfigPath, loadConfigText } from '../../src/load/load-config.js';
import { SHARED } from '../helpers.js';

const lint = (yaml: string) => lintLoaded(loadConfigText('v.yml', yaml), resolveVersions({}));

test('a key the schema does not know is a warning at the key, in a closed or an open section', () => {
  const d = lint('scope: s\nrestapi:\n  listen: 0.0.0.0:8008\n  lisen: 1\npostgresql:\n  use_slots: true\n  data_dir: /d\n');
  const unknown = d.filter((x) => x.ruleId === 'unknown-key').map((x) => [x.line, x.col, x.message]);
  assert.deepEqual(unknown, [
    [4, 3, "unknown key 'lisen' in restapi: Patroni ignores it; did you mean 'listen'?"],
    [6, 3, "unknown key 'use_slots' in postgresql: Patroni ignores it; it belongs at bootstrap.dcs.postgresql.use_slots"],
  ]);
  assert.ok(d.every((x) => x.severity === 'warning'));
});

test('an unknown key says where it belongs: another section, parameters, or the key it resembles', () => {
  const d = lint('ttl: 30\nbootstrap:\n  pg_hba: []\n  dcs:\n    postgresql:\n      max_connections: 100\n      use_pg_rewnd: true\n');
  const unknown = d.filter((x) => x.ruleId === 'unknown-key').map((x) => x.message.replace(/^.*Patroni ignores it; /, ''));
  assert.deepEqual(unknown, [
    'it belongs at bootstrap.dcs.ttl',
    'max_connections is a PostgreSQL setting: it belongs in bootstrap.dcs.postgresql.parameters',
    "did you mean 'use_pg_rewind'?",
  ]);
});

test('a value of the wrong type is an error at the value', () => {
  const d = lint('scope: s\npostgresql:\n  data_dir: /d\n  authentication:\n    replication:\n      password: [a, b]\n');
  const e = d.find((x) => x.ruleId === 'schema')!;
  assert.deepEqual([e.line, e.col, e.severity], [6, 17, 'error']);
  assert.match(e.message, /^postgresql\.authentication\.replication\.password /);
});

test('the real-world corpus lints without a crash, and every finding lies inside its file', () => {
  const versions = resolveVersions({});
  const dir = `${SHARED}corpus/real/`;
  const files = readdirSync(dir).filter((f) => /\.ya?ml(\.example)?$/.test(f));
  assert.equal(files.length, 139);
  for (const f of files) {
    const loaded = loadConfigPath(dir + f);
    const lines = loaded.sources[0]!.text.split('\n').length;
    for (const d of lintLoaded(loaded, versions)) {
      assert.ok(d.line >= 1 && d.line <= lines && d.col >= 1, `${f}: ${d.line}:${d.col} ${d.message}`);
    }
  }
});

test('a suggestion names only a place where the key does what its author meant (issue 25)', () => {
  const unknown = (yaml: string): string[] => lint(yaml).filter((x) => x.ruleId === 'unknown-key').map((x) => x.message);
  // not the deprecated pre-authentication layout, and not one of several equally near places
  assert.deepEqual(unknown('postgresql:\n  password: x\n'), ["unknown key 'password' in postgresql: Patroni ignores it"]);
  // Patroni sets cluster_name from scope: parameters would be overwritten
  assert.deepEqual(unknown('postgresql:\n  cluster_name: main\n'), ["unknown key 'cluster_name' in postgresql: Patroni ignores it; Patroni sets cluster_name itself, from scope"]);
  // listen means something else in every section: an etcd listen address is not PostgreSQL's
  assert.deepEqual(unknown('etcd:\n  host: 10.0.0.1:2379\n  listen: 0.0.0.0:8008\n'), ["unknown key 'listen' in etcd: Patroni ignores it"]);
  // Patroni's log level, not wal_level
  assert.deepEqual(unknown('scope: s\nlog_level: INFO\n'), ["unknown key 'log_level' at the top level: Patroni ignores it; it belongs at log.level"]);
  const params = lint('postgresql:\n  parameters:\n    log_level: info\n').filter((x) => x.ruleId === 'server-setting-unknown').map((x) => x.message);
  assert.deepEqual(params, ["postgresql.parameters.log_level: log_level is not a PostgreSQL setting: Patroni drops it; Patroni's own setting of that name is log.level"]);
});

test('bootstrap.basebackup is not sent to bootstrap.dcs.postgresql.basebackup when the local one is set and wins; bootstrap.postgresql is no method section', () => {
  const unused = (yaml: string): string[] => lint(yaml).filter((x) => x.ruleId === 'unused-method-section').map((x) => x.message);
  assert.deepEqual(unused('bootstrap:\n  basebackup:\n    checkpoint: fast\npostgresql:\n  basebackup:\n    max-rate: 100M\n'), [
    'bootstrap.basebackup is ignored: Patroni reads no basebackup section under bootstrap (a mapping there is only a custom bootstrap method, and bootstrap.method does not name it); it belongs at postgresql.basebackup',
  ]);
  assert.deepEqual(unused('bootstrap:\n  postgresql:\n    use_pg_rewind: true\n'), [
    'bootstrap.postgresql is ignored: Patroni reads no postgresql section under bootstrap (a mapping there is only a custom bootstrap method, and bootstrap.method does not name it); it belongs at bootstrap.dcs.postgresql',
  ]);
});
