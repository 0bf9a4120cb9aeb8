import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

const complete = `scope: s
name: n
restapi: {listen: '0.0.0.0:8008', connect_address: '10.0.0.1:8008'}
etcd: {host: '10.0.0.2:2379'}
postgresql:
  listen: 0.0.0.0:5432
  connect_address: 10.0.0.1:5432
  data_dir: /d
  authentication:
    replication: {username: r}
    superuser: {username: s}
`;

test('a complete configuration needs nothing', () => {
  assert.deepEqual(findings('missing-key', complete), []);
});

test('each missing key is named with the environment variable that can set it', () => {
  assert.deepEqual(messages('missing-key', complete.replace('name: n\n', '')), ['name is not set: patroni --validate-config requires it (or set PATRONI_NAME in its environment)']);
  assert.deepEqual(messages('missing-key', complete.replace("etcd: {host: '10.0.0.2:2379'}\n", '')), ['there is none of consul, etcd, etcd3, exhibitor, kubernetes, raft, zookeeper: patroni --validate-config requires it; Patroni itself stops at start-up without one']);
  assert.deepEqual(findings('missing-key', complete.replace('  data_dir: /d\n', '')).map((f) => [f[0], f[3]]), [[5, 'postgresql.data_dir is not set: patroni --validate-config requires it (or set PATRONI_POSTGRESQL_DATA_DIR in its environment)']]);
});

test('requirements follow the release: rewind was required until 3.0.3', () => {
  assert.deepEqual(messages('missing-key', complete, { patroniVersion: '3.0.2' }), ['postgresql.authentication.rewind is not set: patroni --validate-config requires it']);
});

test('a key Patroni falls back on says who needs it and the value Patroni uses instead', () => {
  assert.deepEqual(messages('missing-key', complete.replace("  connect_address: '10.0.0.1:8008'", '').replace("restapi: {listen: '0.0.0.0:8008', connect_address: '10.0.0.1:8008'}", "restapi: {listen: '0.0.0.0:8008'}")), [
    "restapi.connect_address is not set: patroni --validate-config requires it (or set PATRONI_RESTAPI_CONNECT_ADDRESS in its environment); Patroni itself publishes restapi.listen ('0.0.0.0:8008') instead, which other members and patronictl must be able to reach",
  ]);
  assert.deepEqual(messages('missing-key', complete.replace('  connect_address: 10.0.0.1:5432\n', '')), [
    "postgresql.connect_address is not set: patroni --validate-config requires it (or set PATRONI_POSTGRESQL_CONNECT_ADDRESS in its environment); Patroni itself publishes 'localhost:5432' (from postgresql.listen) instead, which replicas on other hosts cannot reach",
  ]);
  assert.deepEqual(messages('missing-key', complete.replace('  connect_address: 10.0.0.1:5432\n', '').replace('listen: 0.0.0.0:5432', 'listen: 10.0.0.1:5433')), [
    "postgresql.connect_address is not set: patroni --validate-config requires it (or set PATRONI_POSTGRESQL_CONNECT_ADDRESS in its environment); Patroni itself publishes '10.0.0.1:5433' (from postgresql.listen) instead as the address other members connect to",
  ]);
  assert.deepEqual(messages('missing-key', complete.replace('name: n\n', '').replace('postgresql:\n', 'postgresql:\n  name: pg1\n')), [
    "name is not set: patroni --validate-config requires it (or set PATRONI_NAME in its environment); Patroni itself takes the member name from postgresql.name ('pg1')",
  ]);
});
