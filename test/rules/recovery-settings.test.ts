import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

test('a recovery setting the major does not have is dropped; the trigger file is gone from 16', () => {
  assert.deepEqual(messages('recovery-settings', 'postgresql:\n  recovery_conf:\n    recovery_target_lsn: 0/1\n', { pgVersion: '9.6' }).map((m) => m.replace(/:.*/, '')), ['postgresql.recovery_conf.recovery_target_lsn does not exist in PostgreSQL 9.6']);
  assert.match(messages('recovery-settings', 'postgresql:\n  recovery_conf:\n    trigger_file: /tmp/t\n', { pgVersion: '16' })[0]!, /PostgreSQL 16 has no promote trigger file, Patroni drops it/);
  assert.deepEqual(messages('recovery-settings', 'postgresql:\n  recovery_conf:\n    trigger_file: /tmp/t\n', { pgVersion: '13' }), []);
});

test('before 3.0.3 Patroni wrote unknown settings and PostgreSQL refused to start', () => {
  assert.deepEqual(findings('recovery-settings', 'postgresql:\n  recovery_conf:\n    restore_comand: x\n', { patroniVersion: '3.0.2' }).map((f) => f[2]), ['error']);
  assert.match(messages('recovery-settings', 'postgresql:\n  recovery_conf:\n    restore_comand: x\n')[0]!, /is not a recovery setting: Patroni drops it; did you mean restore_command\?/);
  assert.match(messages('recovery-settings', 'postgresql:\n  recovery_conf:\n    hot_standby: on\n')[0]!, /is a server setting, not a recovery setting/);
});

test('settings Patroni ignores where they are written', () => {
  assert.match(messages('recovery-settings', 'postgresql:\n  recovery_conf:\n    primary_conninfo: host=x\n')[0]!, /primary_conninfo is ignored: Patroni sets primary_conninfo itself/);
  assert.match(messages('recovery-settings', 'postgresql:\n  parameters:\n    restore_command: a\n  recovery_conf:\n    restore_command: b\n')[0]!, /postgresql\.recovery_conf is ignored as a whole/);
  assert.deepEqual(messages('recovery-settings', 'bootstrap:\n  method: pitr\n  pitr:\n    command: x\n    recovery_conf:\n      recovery_target_time: "2024-01-01"\n      restore_command: y\n'), []);
});

test('standby_mode on and recovery_target_timeline latest are what Patroni writes for a replica itself: a note, saying so', () => {
  const yaml = 'postgresql:\n  recovery_conf:\n    standby_mode: "on"\n    recovery_target_timeline: latest\n    recovery_target_time: "2024-01-01"\n';
  assert.deepEqual(findings('recovery-settings', yaml, { pgVersion: '11' }).map((f) => [f[2], f[3]]), [
    ['info', "postgresql.recovery_conf.standby_mode is not needed: Patroni writes standby_mode = 'on' itself for a replica, the value given here; remove it"],
    ['info', "postgresql.recovery_conf.recovery_target_timeline is not needed: Patroni writes recovery_target_timeline = 'latest' itself for a replica, the value given here; remove it"],
    ['warning', "postgresql.recovery_conf.recovery_target_time is ignored: Patroni sets the recovery targets of a replica itself when it builds a replica's recovery settings"],
  ]);
});
