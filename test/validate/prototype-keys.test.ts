/**
 * Keys are the configuration's own text: names of Object.prototype's members (valueOf, constructor, toString ...)
 * must find nothing in a lookup table (found by npm test's fuzz, seed -728742535: `raft: {valueOf: false}` made
 * the did-you-mean lookup call split on a function).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from '../helpers.js';

const text = [
  'scope: s',
  'raft:',
  '  valueOf: false',
  'bootstrap:',
  '  dcs:',
  '    constructor: 1',
  '    postgresql:',
  '      toString: 2',
  '      recovery_conf:',
  '        valueOf: x',
  'postgresql:',
  '  hasOwnProperty: 3',
  '',
].join('\n');

test('keys named like Object.prototype members are unknown keys like any other, in lint and plan of every release', () => {
  for (const version of ['3.0.2', '3.3', '4.1']) {
    const lint = cli(['lint', '-', '--patroni-version', version], text);
    assert.ok(lint.code === 0 || lint.code === 1, lint.stderr);
    assert.doesNotMatch(lint.stderr, /internal error/);
    assert.match(lint.stdout, /unknown key 'valueOf' in raft/);
    const plan = cli(['plan', '-', '--patroni-version', version], text);
    assert.ok(plan.code === 0 || plan.code === 1, plan.stderr);
    assert.doesNotMatch(plan.stderr, /internal error/);
  }
});
