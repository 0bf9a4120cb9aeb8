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
