import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

test('empty lists, string switches and both tags of a pair', () => {
  assert.match(messages('validate-config-strict', 'postgresql:\n  pg_hba: []\n')[0]!, /postgresql\.pg_hba is an empty list/);
  assert.match(messages('validate-config-strict', "bootstrap:\n  dcs:\n    synchronous_mode: 'on'\n")[0]!, /is the string 'on', not true or false/);
  assert.match(messages('validate-config-strict', 'tags:\n  nofailover: true\n  failover_priority: 1\n')[0]!, /tags\.nofailover and tags\.failover_priority are both set/);
  assert.deepEqual(findings('validate-config-strict', 'tags:\n  nofailover: true\n  failover_priority: 1\n', { patroniVersion: '3.1.0' }), []);
});

test('watchdog mode off unquoted (YAML false): refused by --validate-config 3.0.0-3.0.2 only', () => {
  const config = 'watchdog:\n  mode: off\n';
  assert.match(messages('validate-config-strict', config, { patroniVersion: '3.0.2' })[0]!, /watchdog\.mode is the YAML boolean false .*refuses it before 3\.0\.3; write 'off' \(quoted\)/);
  assert.deepEqual(findings('validate-config-strict', config, { patroniVersion: '3.0.3' }), []);
  assert.deepEqual(findings('validate-config-strict', config, { patroniVersion: '4.1.4' }), []);
  assert.deepEqual(findings('validate-config-strict', "watchdog:\n  mode: 'off'\n", { patroniVersion: '3.0.2' }), []);
});

test('a value Patroni cannot use at all is left to the schema', () => {
  assert.deepEqual(findings('validate-config-strict', "tags:\n  nosync: 'maybe'\n"), []);
});

test('synchronous_mode: quorum is never told to become true or false: the validator is wrong there', () => {
  const [message] = messages('validate-config-strict', 'bootstrap:\n  dcs:\n    synchronous_mode: quorum\n');
  assert.match(message!, /the validator is wrong here: Patroni 4\.0 and later read quorum/);
  assert.doesNotMatch(message!, /write true or false/);
  assert.deepEqual(messages('validate-config-strict', 'bootstrap:\n  dcs:\n    synchronous_mode: Quorum\n', { patroniVersion: '3.3' }), []);
});

test('what --validate-config 4.1 refuses beyond types Patroni takes: a number for a REST API password, an empty parameters', () => {
  assert.deepEqual(messages('validate-config-strict', 'restapi:\n  authentication:\n    username: u\n    password: 123\npostgresql:\n  parameters:\n'), [
    'restapi.authentication.password is a number, not a string: patroni --validate-config refuses it (Patroni itself turns it into text); quote it',
    'postgresql.parameters is empty: patroni --validate-config refuses it, as it is not a mapping (Patroni itself reads it as no parameters); remove the key or give it a setting',
  ]);
  assert.deepEqual(messages('validate-config-strict', 'restapi:\n  authentication:\n    password: 123\n', { patroniVersion: '3.0.2' }), []);
});
