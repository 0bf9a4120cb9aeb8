import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

test('refused options, entries with several keys and non-string values', () => {
  assert.match(messages('user-options', 'bootstrap:\n  initdb:\n    - pgdata: /x\n')[0]!, /'pgdata' is an option Patroni refuses; Patroni raises and the bootstrap fails/);
  assert.match(messages('user-options', 'postgresql:\n  basebackup:\n    - max-rate: 100M\n      checkpoint: fast\n')[0]!, /not a mapping with exactly one key; Patroni logs it and leaves it out/);
  assert.match(messages('user-options', 'postgresql:\n  basebackup:\n    - max-rate: 100\n')[0]!, /'max-rate' has a value that is not a string/);
});

test('a map value that is not a string makes Patroni raise, reported once', () => {
  assert.deepEqual(findings('user-options', 'postgresql:\n  basebackup:\n    verbose: true\n').map((f) => [f[0], f[2]]), [[3, 'error']]);
  assert.deepEqual(findings('user-options', 'bootstrap:\n  initdb:\n    data-checksums: true\n').map((f) => f[2]), ['error']);
});

test('a switch given a value, an option without its value', () => {
  assert.deepEqual(messages('user-options', "bootstrap:\n  initdb:\n    data-checksums: 'true'\n"), [
    "bootstrap.initdb: --data-checksums is a switch but is given the value 'true': initdb stops and the bootstrap fails; write it as a list item without a value (- data-checksums)",
  ]);
  assert.match(messages('user-options', 'bootstrap:\n  initdb:\n    - encoding\n')[0]!, /--encoding needs a value but is given none/);
});

test('the same option twice, also under another name, and --username that Patroni adds itself', () => {
  assert.match(messages('user-options', 'bootstrap:\n  initdb:\n    - noclean\n    - no-clean\n')[0]!, /--no-clean is given twice \(first at line 3\)/);
  assert.match(messages('user-options', 'bootstrap:\n  initdb:\n    - username: x\npostgresql:\n  authentication:\n    superuser:\n      username: postgres\n')[0]!, /--username is also added by Patroni/);
  assert.deepEqual(findings('user-options', 'bootstrap:\n  initdb:\n    - encoding: UTF8\n    - data-checksums\n'), []);
});

test('bootstrap.initdb as a mapping: --validate-config refuses it, and a switch with an empty value is skipped (one finding)', () => {
  const yaml = 'bootstrap:\n  initdb:\n    encoding: UTF8\n    data-checksums:\n';
  for (const patroniVersion of ['3.0', '4.1']) {
    assert.deepEqual(findings('user-options', yaml, { patroniVersion }), [
      [2, 3, 'warning', "bootstrap.initdb is a mapping: patroni --validate-config refuses it (it takes a list); Patroni reads it anyway, passing each key as --key=value, skipping 'data-checksums' (an empty or false value), so initdb runs without it; write it as a list (- data-checksums)"],
    ]);
  }
  assert.deepEqual(findings('user-options', 'bootstrap:\n  initdb:\n  - encoding: UTF8\n  - data-checksums\n'), []);
});
