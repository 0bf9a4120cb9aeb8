import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './helpers.js';

test('an empty command of a method section is an error', () => {
  assert.deepEqual(findings('empty-value', 'bootstrap:\n  method: r\n  r:\n    command:\n').map((f) => [f[0], f[2], f[3]]), [[4, 'error', 'bootstrap.r.command is empty: Patroni has no program to run, so the method fails']]);
  assert.equal(findings('empty-value', "postgresql:\n  w:\n    command: ''\n").length, 1);
});

test('an empty password is a warning; an empty post_bootstrap is not reported', () => {
  assert.deepEqual(findings('empty-value', 'postgresql:\n  authentication:\n    replication:\n      password:\n').map((f) => f[2]), ['warning']);
  assert.deepEqual(findings('empty-value', 'bootstrap:\n  post_bootstrap:\n'), []);
});
