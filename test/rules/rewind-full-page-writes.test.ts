import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './helpers.js';

const YAML = 'bootstrap:\n  dcs:\n    postgresql:\n      use_pg_rewind: true\npostgresql:\n  data_dir: /d\n  parameters:\n    full_page_writes: "off"\n';

test('full_page_writes off makes every pg_rewind fail', () => {
  const f = findings('rewind-full-page-writes', YAML, { pgVersion: '16' });
  assert.equal(f.length, 1);
  assert.deepEqual(f[0]!.slice(0, 3), [8, 23, 'error']);
  assert.match(f[0]![3], /pg_rewind refuses a source server without full page writes/);
});

test('no finding with full_page_writes on or without use_pg_rewind', () => {
  assert.deepEqual(findings('rewind-full-page-writes', YAML.replace('"off"', 'on'), { pgVersion: '16' }), []);
  assert.deepEqual(findings('rewind-full-page-writes', YAML.replace('use_pg_rewind: true', 'use_pg_rewind: false'), { pgVersion: '16' }), []);
});
