import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './helpers.js';

test('an unquoted on/off/yes/no where a string is expected', () => {
  assert.deepEqual(findings('yaml11-value', 'postgresql:\n  authentication:\n    replication:\n      password: yes\n'), [
    [4, 17, 'error', 'postgresql.authentication.replication.password: YAML 1.1 reads this unquoted secret as a boolean, but a string is expected here; quote it if you mean the text'],
  ]);
  assert.deepEqual(findings('yaml11-value', 'restapi:\n  authentication:\n    username: yes\n'), [
    [3, 15, 'error', "restapi.authentication.username: YAML 1.1 reads the unquoted yes as the boolean true (Patroni gets True), but a string is expected here; quote it ('yes') if you mean the text"],
  ]);
  assert.deepEqual(findings('yaml11-value', "postgresql:\n  authentication:\n    replication:\n      password: 'yes'\n"), []);
  assert.deepEqual(findings('yaml11-value', 'bootstrap:\n  dcs:\n    synchronous_mode: on\n'), []);
});

test('octal and base-60 numbers', () => {
  assert.match(findings('yaml11-value', 'postgresql:\n  parameters:\n    max_connections: 0100\n')[0]![3], /reads the unquoted 0100 as the octal number 64/);
  // A file mode is meant as octal, and PostgreSQL reads the decimal 384 Patroni writes as the same mode.
  assert.deepEqual(findings('yaml11-value', 'postgresql:\n  parameters:\n    log_file_mode: 0600\n    unix_socket_permissions: 0770\n'), []);
  assert.match(findings('yaml11-value', 'postgresql:\n  authentication:\n    superuser:\n      password: 12:30\n')[0]![3], /reads this unquoted secret as a base-60 number, but a string is expected here; quote it if/);
  // A secret's text and what YAML 1.1 makes of it would both give the value away (x-secret decides).
  const octalSecret = findings('yaml11-value', 'etcd:\n  password: 0755\n')[0]![3];
  assert.match(octalSecret, /^etcd.password: YAML 1.1 reads this unquoted secret as an octal number/);
  assert.doesNotMatch(octalSecret, /0755|493/);
  assert.doesNotMatch(findings('yaml11-value', 'scope: s\nauthenticaton:\n  password: 12:30\n')[0]![3], /12:30|750/, 'a secret key name where the schema says nothing');
});
