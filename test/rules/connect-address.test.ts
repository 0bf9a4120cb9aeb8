import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hostOf } from '../../src/rules/connect-address.js';
import { findings } from './helpers.js';

test('loopback and wildcard connect addresses are reported, real ones not', () => {
  assert.deepEqual(findings('connect-address', "restapi:\n  connect_address: '127.0.0.1:8008'\npostgresql:\n  connect_address: db1:5432\n").map((f) => [f[0], f[2]]), [[2, 'warning']]);
  assert.equal(findings('connect-address', "postgresql:\n  proxy_address: '[::1]:6432'\n").length, 1);
  assert.equal(hostOf('[fe80::1]:5432'), 'fe80::1');
});

test('a connect_address written as a URL: Patroni publishes an address nobody can connect to', () => {
  assert.deepEqual(findings('connect-address', 'postgresql:\n  connect_address: http://10.0.0.5:5432\n'), [
    [2, 20, 'error', "postgresql.connect_address is a URL ('http://'), not host:port: Patroni takes everything before the last colon as the host and publishes postgres://[http://10.0.0.5]:5432/postgres, which replicas and clients cannot connect to; write 10.0.0.5:5432"],
  ]);
  assert.deepEqual(findings('connect-address', 'restapi:\n  listen: 0.0.0.0:8008\n  connect_address: https://10.0.0.5:8008\n  certfile: /etc/ssl/api.pem\n').map((f) => f[3]), [
    "restapi.connect_address is a URL ('https://'), not host:port: Patroni takes everything before the last colon as the host and publishes https://[https://10.0.0.5]:8008/patroni, which other members and patronictl cannot connect to; write 10.0.0.5:8008",
  ]);
});

test("restapi.connect_address on PostgreSQL's port is a warning; on the REST API's own port it is not", () => {
  const yaml = (api: string): string => `restapi:\n  listen: 0.0.0.0:8008\n  connect_address: ${api}\npostgresql:\n  listen: 0.0.0.0:5432\n  connect_address: 10.0.0.5:5432\n`;
  assert.deepEqual(findings('connect-address', yaml('10.0.0.5:5432')), [
    [3, 20, 'warning', "restapi.connect_address uses port 5432, PostgreSQL's port: Patroni publishes it as this member's REST API address, so other members and patronictl would send their HTTP requests to PostgreSQL; give the REST API's port (restapi.listen's is 8008)"],
  ]);
  assert.deepEqual(findings('connect-address', yaml('10.0.0.5:8008')), []);
});
