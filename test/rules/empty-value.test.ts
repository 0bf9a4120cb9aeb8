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

test('an empty consul.token is no finding: Patroni sends a token only when it is non-empty, so empty is the same as absent', () => {
  assert.deepEqual(findings('empty-value', "consul:\n  host: c:8500\n  token: ''\n"), []);
  assert.equal(findings('empty-value', "etcd:\n  host: e:2379\n  password: ''\n").length, 1);
});

test('an empty password of bootstrap.users is a role without a password (3.x), and nothing on 4.0+, which do not read the section', () => {
  const yaml = 'bootstrap:\n  users:\n    admin:\n      password: ""\n';
  assert.deepEqual(findings('empty-value', yaml, { patroniVersion: '3.3' }).map((f) => f[3]), [
    'bootstrap.users.admin.password is empty: Patroni creates the role admin without a password (it sets one only when the value is not empty), so the role cannot log in where pg_hba.conf asks for a password; give it one, or remove the key if that is intended',
  ]);
  assert.deepEqual(findings('empty-value', yaml, { patroniVersion: '4.1' }), []);
});
