import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './helpers.js';

const BASE = 'postgresql:\n  data_dir: /d\n  use_pg_rewind: true\n  authentication:\n    superuser:\n      username: admin\n';

test('use_pg_rewind without a rewind user on 11+: pg_rewind runs as the superuser', () => {
  const f = findings('rewind-credentials', BASE, { pgVersion: '16' });
  assert.equal(f.length, 1);
  assert.deepEqual(f[0]!.slice(0, 3), [3, 18, 'info']);
  assert.match(f[0]![3], /as the superuser 'admin', so pg_hba.conf of every member must let the superuser connect/);
  assert.deepEqual(findings('rewind-credentials', BASE + '    rewind:\n      username: rewinder\n', { pgVersion: '16' }), []);
});

test('below 11 a rewind section is ignored; nothing is said without use_pg_rewind', () => {
  const f = findings('rewind-credentials', BASE + '    rewind:\n      username: rewinder\n', { pgVersion: '10' });
  assert.deepEqual(f.map((x) => x.slice(0, 3)), [[7, 5, 'info']]);
  assert.match(f[0]![3], /ignored on PostgreSQL 10/);
  assert.deepEqual(findings('rewind-credentials', BASE, { pgVersion: '10' }), []);
  assert.deepEqual(findings('rewind-credentials', BASE.replace('use_pg_rewind: true', 'use_pg_rewind: false'), { pgVersion: '16' }), []);
});
