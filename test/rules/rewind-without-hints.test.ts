import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

const OFF = 'bootstrap:\n  dcs:\n    postgresql:\n      use_pg_rewind: true\n      parameters:\n        wal_log_hints: "off"\npostgresql:\n  data_dir: /d\n';

test('wal_log_hints off without data checksums makes use_pg_rewind useless (4.0+ lets it be off)', () => {
  const f = findings('rewind-without-hints', OFF, { patroniVersion: '4.1', pgVersion: '16' });
  assert.equal(f.length, 1);
  assert.deepEqual(f[0]!.slice(0, 3), [6, 24, 'error']);
  assert.match(f[0]![3], /Patroni never runs pg_rewind, so a former primary whose timeline diverged stays behind/);
  const removal = OFF.replace('  data_dir: /d\n', '  data_dir: /d\n  remove_data_directory_on_diverged_timelines: true\n');
  assert.match(messages('rewind-without-hints', removal, { patroniVersion: '4.0', pgVersion: '16' })[0]!, /removed and copied anew/);
});

test('no finding where pg_controldata will show one of the two', () => {
  // 3.x forces wal_log_hints on whatever the configuration says.
  assert.deepEqual(findings('rewind-without-hints', OFF, { patroniVersion: '3.3', pgVersion: '16' }), []);
  // PostgreSQL 18's initdb enables data checksums by default
  assert.deepEqual(findings('rewind-without-hints', OFF, { pgVersion: '18' }), []);
  // a custom bootstrap method: the data directory's checksums are not the configuration's to say
  const custom = OFF.replace('bootstrap:\n  dcs:', 'bootstrap:\n  method: restore\n  restore:\n    command: /bin/restore\n  dcs:');
  assert.deepEqual(findings('rewind-without-hints', custom, { pgVersion: '16' }), []);
  assert.deepEqual(findings('rewind-without-hints', OFF.replace('"off"', 'on'), { pgVersion: '16' }), []);
});

test('initdb data-checksums clears it', () => {
  const yaml = 'bootstrap:\n  initdb:\n  - data-checksums\n  dcs:\n    postgresql:\n      use_pg_rewind: true\n      parameters:\n        wal_log_hints: "off"\npostgresql:\n  data_dir: /d\n';
  assert.deepEqual(findings('rewind-without-hints', yaml, { pgVersion: '16' }), []);
  assert.equal(findings('rewind-without-hints', yaml.replace('- data-checksums', '- no-sync'), { pgVersion: '16' }).length, 1);
  assert.equal(findings('rewind-without-hints', yaml.replace('- data-checksums', '- no-data-checksums'), { pgVersion: '18' }).length, 1);
});
