import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './helpers.js';

test('an unquoted on/off/yes/no where a string is expected', () => {
  assert.deepEqual(findings('yaml11-value', 'postgresql:\n  authentication:\n    replication:\n      password: yes\n'), [
    [4, 17, 'error', "postgresql.authentication.replication.password: YAML 1.1 reads the unquoted yes as the boolean true (Patroni gets True), but a string is expected here; quote it ('yes') if you mean the text"],
  ]);
  assert.deepEqual(findings('yaml11-value', "postgresql:\n  authentication:\n    replication:\n      password: 'yes'\n"), []);
  assert.deepEqual(findings('yaml11-value', 'bootstrap:\n  dcs:\n    synchronous_mode: on\n'), []);
});

test('octal and base-60 numbers', () => {
  assert.match(findings('yaml11-value', 'postgresql:\n  parameters:\n    log_file_mode: 0600\n')[0]![3], /reads the unquoted 0600 as the octal number 384/);
  assert.match(findings('yaml11-value', 'postgresql:\n  authentication:\n    superuser:\n      password: 12:30\n')[0]![3], /base-60 number 750, but a string is expected/);
});
