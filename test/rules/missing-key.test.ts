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
  assert.deepEqual(messages('missing-key', complete.replace('name: n\n', '')), ['name is not set: Patroni needs it (or set PATRONI_NAME in its environment)']);
  assert.deepEqual(messages('missing-key', complete.replace("etcd: {host: '10.0.0.2:2379'}\n", '')), ['there is none of consul, etcd, etcd3, exhibitor, kubernetes, raft, zookeeper: Patroni needs it']);
  assert.deepEqual(findings('missing-key', complete.replace('  data_dir: /d\n', '')).map((f) => [f[0], f[3]]), [[5, 'postgresql.data_dir is not set: Patroni needs it (or set PATRONI_POSTGRESQL_DATA_DIR in its environment)']]);
});

test('requirements follow the release: rewind was required until 3.0.3', () => {
  assert.deepEqual(messages('missing-key', complete, { patroniVersion: '3.0.2' }), ['postgresql.authentication.rewind is not set: Patroni needs it']);
});
