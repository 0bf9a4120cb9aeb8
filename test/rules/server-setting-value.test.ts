import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './helpers.js';

test('values Patroni cannot read are dropped (error), out-of-range ones clamped (warning)', () => {
  const yaml = 'postgresql:\n  parameters:\n    work_mem: 64XB\n    autovacuum: maybe\n    shared_buffers: 4\n    checkpoint_timeout: 2d\n    maintenance_work_mem: 1GB\n';
  const f = findings('server-setting-value', yaml, { pgVersion: '16' });
  assert.deepEqual(f.map((x) => [x[0], x[2]]), [[3, 'error'], [4, 'error'], [5, 'warning'], [6, 'warning']]);
  assert.match(f[0]![3], /work_mem: 64XB is not an integer \(unit kB\) for PostgreSQL 16: Patroni drops the setting/);
  assert.match(f[2]![3], /4 is below the minimum 16 \(in units of 8kB\): Patroni writes 16/);
});

test('an enum value depends on the major', () => {
  const yaml = 'postgresql:\n  parameters:\n    wal_compression: zstd\n';
  assert.equal(findings('server-setting-value', yaml, { pgVersion: '14' }).length, 1);
  assert.deepEqual(findings('server-setting-value', yaml, { pgVersion: '15' }), []);
});
