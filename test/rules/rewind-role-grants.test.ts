import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './helpers.js';

const STANDBY = 'bootstrap:\n  dcs:\n    standby_cluster:\n      host: 10.0.0.5\n      port: 5432\n    postgresql:\n      use_pg_rewind: true\npostgresql:\n  data_dir: /d\n  authentication:\n    rewind:\n      username: rewinder\n';

test('a rewind role in a standby cluster must come from the primary cluster, with its grants', () => {
  const f = findings('rewind-role-grants', STANDBY, { pgVersion: '16' });
  assert.equal(f.length, 1);
  assert.deepEqual(f[0]!.slice(0, 3), [11, 5, 'warning']);
  assert.match(f[0]![3], /Patroni creates the role 'rewinder' .* only in post_bootstrap, which a standby cluster never runs/);
  assert.match(f[0]![3], /GRANT EXECUTE ON FUNCTION pg_catalog\.pg_ls_dir\(text, boolean, boolean\), .*pg_read_binary_file\(text, bigint, bigint, boolean\) TO it/);
});

test('no finding in an ordinary cluster, below PostgreSQL 11, or without use_pg_rewind', () => {
  assert.deepEqual(findings('rewind-role-grants', STANDBY.replace(/ {4}standby_cluster:\n.*\n.*\n/, ''), { pgVersion: '16' }), []);
  assert.deepEqual(findings('rewind-role-grants', STANDBY, { pgVersion: '10' }), []);
  // the rewind role is the superuser: nothing to grant
  assert.deepEqual(findings('rewind-role-grants', STANDBY.replace('    rewind:\n', '    superuser:\n      username: rewinder\n    rewind:\n'), { pgVersion: '16' }), []);
  assert.deepEqual(findings('rewind-role-grants', STANDBY.replace('use_pg_rewind: true', 'use_pg_rewind: false'), { pgVersion: '16' }), []);
});
