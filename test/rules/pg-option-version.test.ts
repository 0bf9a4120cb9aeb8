import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messages } from './helpers.js';

test('an option the chosen PostgreSQL major does not have yet, or any more', () => {
  assert.deepEqual(messages('pg-option-version', 'bootstrap:\n  initdb:\n    - locale-provider: icu\n', { pgVersion: '14' }), ['bootstrap.initdb: initdb of PostgreSQL 14 has no option --locale-provider (added in PostgreSQL 15)']);
  assert.deepEqual(messages('pg-option-version', 'bootstrap:\n  initdb:\n    - locale-provider: icu\n', { pgVersion: '16' }), []);
  assert.match(messages('pg-option-version', 'bootstrap:\n  initdb:\n    - xlogdir: /wal\n', { pgVersion: '12' })[0]!, /removed in PostgreSQL 10; use --waldir/);
});

test('a typo gets a suggestion; a unique prefix is accepted as getopt_long does', () => {
  assert.deepEqual(messages('pg-option-version', 'postgresql:\n  basebackup:\n    max-rte: 10M\n'), ['postgresql.basebackup: pg_basebackup of PostgreSQL 17 has no option --max-rte; did you mean --max-rate?']);
  assert.deepEqual(messages('pg-option-version', 'postgresql:\n  basebackup:\n    max-r: 10M\n'), []);
});

test('a value the option does not accept', () => {
  assert.deepEqual(messages('pg-option-version', 'postgresql:\n  basebackup:\n    checkpoint: quick\n'), ['postgresql.basebackup: --checkpoint=quick is not accepted by pg_basebackup of PostgreSQL 17 (it takes fast, spread)']);
});
