import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustTimeouts } from '../../src/facts/patroni-dcs-timeouts.js';
import { findings, messages } from './helpers.js';

test('a value int() refuses rejects the whole dynamic configuration: an error at the value', () => {
  assert.deepEqual(findings('dcs-timeouts', 'bootstrap:\n  dcs:\n    ttl: 30s\n    loop_wait: 10\n'), [
    [3, 10, 'error', "bootstrap.dcs.ttl is '30s', which Python's int() refuses: Patroni then rejects the whole dynamic configuration (every key of bootstrap.dcs, not only ttl) and runs with its defaults; write a whole number of seconds"],
  ]);
  assert.deepEqual(findings('dcs-timeouts', "bootstrap:\n  dcs:\n    ttl: ' 1_000 '\n"), []);
});

test('loop_wait + 2 * retry_timeout > ttl: the finding says what Patroni rewrites, and to what', () => {
  assert.deepEqual(messages('dcs-timeouts', 'bootstrap:\n  dcs:\n    ttl: 30\n    loop_wait: 15\n    retry_timeout: 10\n'), [
    'bootstrap.dcs breaks loop_wait + 2 * retry_timeout <= ttl (ttl 30): Patroni rewrites loop_wait from 15 to 10 and logs a warning; set values that keep the rule',
  ]);
  assert.deepEqual(messages('dcs-timeouts', 'bootstrap:\n  dcs:\n    ttl: 20\n    retry_timeout: 10\n'), [
    'bootstrap.dcs breaks loop_wait + 2 * retry_timeout <= ttl (ttl 20): Patroni rewrites loop_wait from 10 to 1 and retry_timeout from 10 to 9 and logs a warning; set values that keep the rule',
  ]);
  assert.deepEqual(messages('dcs-timeouts', 'bootstrap:\n  dcs:\n    ttl: 30\n    loop_wait: 10\n    retry_timeout: 10\n'), []);
  // The rewrite came with Patroni 3.2.
  assert.deepEqual(messages('dcs-timeouts', 'bootstrap:\n  dcs:\n    ttl: 30\n    loop_wait: 15\n', { patroniVersion: '3.1.0' }), []);
});

test('the adjustment is the one of config.Config._validate_and_adjust_timeouts', () => {
  assert.deepEqual(adjustTimeouts({}), { ttl: 30, loop_wait: 10, retry_timeout: 10 });
  assert.deepEqual(adjustTimeouts({ ttl: 10, retry_timeout: 2 }), { ttl: 20, loop_wait: 10, retry_timeout: 3 });
  assert.deepEqual(adjustTimeouts({ ttl: 25, loop_wait: 10 }), { ttl: 25, loop_wait: 5, retry_timeout: 10 });
});
