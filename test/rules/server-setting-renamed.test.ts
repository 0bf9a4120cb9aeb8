import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './helpers.js';

test('a renamed setting from the major that renamed it', () => {
  const yaml = 'postgresql:\n  parameters:\n    force_parallel_mode: "on"\n';
  assert.deepEqual(findings('server-setting-renamed', yaml, { pgVersion: '15' }), []);
  const f = findings('server-setting-renamed', yaml, { pgVersion: '16' });
  assert.equal(f[0]![2], 'error');
  assert.match(f[0]![3], /calls this setting debug_parallel_query \(renamed in 16\): Patroni drops force_parallel_mode/);
});

test('wal_keep_segments is converted by Patroni: a warning', () => {
  const f = findings('server-setting-renamed', 'bootstrap:\n  dcs:\n    postgresql:\n      parameters:\n        wal_keep_segments: 64\n', { pgVersion: '13' });
  assert.equal(f[0]![2], 'warning');
  assert.match(f[0]![3], /Patroni converts it/);
});
