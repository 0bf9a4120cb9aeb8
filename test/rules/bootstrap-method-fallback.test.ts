import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

test('a method with no section, or a section with no command, falls back to initdb', () => {
  assert.deepEqual(findings('bootstrap-method-fallback', 'bootstrap:\n  method: restore\n'), [[2, 11, 'error', "bootstrap.method is 'restore' but there is no bootstrap.restore section: Patroni will silently run initdb instead"]]);
  assert.match(messages('bootstrap-method-fallback', 'bootstrap:\n  method: restore\n  restore:\n    keep_existing_recovery_conf: true\n')[0]!, /bootstrap\.restore has no command/);
});

test('a section under postgresql is named as the likely mix-up', () => {
  assert.match(messages('bootstrap-method-fallback', 'bootstrap:\n  method: pgbackrest\npostgresql:\n  pgbackrest:\n    command: x\n')[0]!, /the postgresql\.pgbackrest section is a replica method section/);
});

test('initdb and a method with a command are fine', () => {
  assert.deepEqual(findings('bootstrap-method-fallback', 'bootstrap:\n  method: initdb\n'), []);
  assert.deepEqual(findings('bootstrap-method-fallback', 'bootstrap:\n  method: restore\n  restore:\n    command: /bin/restore\n'), []);
});
