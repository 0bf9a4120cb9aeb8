import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hostOf } from '../../src/rules/connect-address.js';
import { findings } from './helpers.js';

test('loopback and wildcard connect addresses are reported, real ones not', () => {
  assert.deepEqual(findings('connect-address', "restapi:\n  connect_address: '127.0.0.1:8008'\npostgresql:\n  connect_address: db1:5432\n").map((f) => [f[0], f[2]]), [[2, 'warning']]);
  assert.equal(findings('connect-address', "postgresql:\n  proxy_address: '[::1]:6432'\n").length, 1);
  assert.equal(hostOf('[fe80::1]:5432'), 'fe80::1');
});
