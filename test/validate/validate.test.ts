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
