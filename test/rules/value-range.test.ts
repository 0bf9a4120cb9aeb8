import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './helpers.js';

test('numbers below or above what Patroni and PostgreSQL accept', () => {
  assert.deepEqual(findings('value-range', 'bootstrap:\n  dcs:\n    ttl: 10\n'), [[3, 10, 'warning', 'bootstrap.dcs.ttl is 10 but must be at least 20: Patroni raises it to the minimum and logs a warning; patroni --validate-config refuses it']]);
  assert.equal(findings('value-range', "bootstrap:\n  dcs:\n    postgresql:\n      parameters:\n        max_connections: '0'\n").length, 1);
  assert.deepEqual(findings('value-range', 'bootstrap:\n  dcs:\n    ttl: 30\n'), []);
});

test('ranges --validate-config did not check yet are not reported for that release', () => {
  assert.deepEqual(findings('value-range', 'bootstrap:\n  dcs:\n    ttl: 10\n', { patroniVersion: '3.0' }), []);
});
