import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintLoaded, resolveVersions } from '../../src/api.js';
import { loadConfigText } from '../../src/load/load-config.js';
import { findings, messages } from './helpers.js';

const lint = (yaml: string): [number, string, string][] => lintLoaded(loadConfigText('t.yml', yaml), resolveVersions({})).map((d) => [d.line, d.ruleId, d.severity]);

test('template values the schema accepts are reported: name, scope, $X addresses, {{ }}, <x>', () => {
  assert.deepEqual(findings('unrendered-template', 'name: ${HOSTNAME}\n'), [
    [1, 7, 'warning', "name is '${HOSTNAME}', an unrendered template value: Patroni expands no variables in its YAML and uses the text as written; render the file before Patroni reads it"],
  ]);
  assert.equal(messages('unrendered-template', 'postgresql:\n  connect_address: $POD_IP:5432\n').length, 1);
  assert.equal(messages('unrendered-template', 'postgresql:\n  connect_address: "{{ ansible_host }}:5432"\n').length, 1);
  assert.equal(messages('unrendered-template', 'postgresql:\n  data_dir: <data_dir>\n').length, 1);
  assert.equal(messages('unrendered-template', 'etcd:\n  hosts:\n  - ${ETCD_1}\n').length, 1);
});

test('a file that is evidently a template: each value is one finding, at info level', () => {
  const yaml = 'scope: ${PATRONI_SCOPE}\nname: ${HOSTNAME}\npostgresql:\n  connect_address: $POD_IP:5432\n';
  assert.deepEqual(findings('unrendered-template', yaml).map((f) => f[2]), ['info', 'info', 'info']);
});

test('legitimate $ and % where they stand: shell commands, PostgreSQL settings run by a shell, log.format, search_path', () => {
  const yaml = [
    'log:',
    "  format: '%(asctime)s %(levelname)s: %(message)s'",
    'postgresql:',
    '  parameters:',
    '    archive_command: test ! -f /arch/$CLUSTER/%f && cp %p /arch/$CLUSTER/%f',
    '    search_path: \'"$user", public\'',
    '  pre_promote: /usr/local/bin/check.sh $PGDATA',
    '  callbacks:',
    '    on_start: /usr/local/bin/cb.sh $ROLE',
    '',
  ].join('\n');
  assert.deepEqual(findings('unrendered-template', yaml), []);
  // a Jinja template stays a template even in a command
  assert.equal(messages('unrendered-template', 'postgresql:\n  pre_promote: "{{ scripts }}/check.sh"\n').length, 1);
});

test('a secret is reported without its text', () => {
  assert.deepEqual(messages('unrendered-template', 'postgresql:\n  authentication:\n    superuser:\n      password: ${PG_PASSWORD}\n'), [
    'postgresql.authentication.superuser.password looks like an unrendered template value (a secret, not shown): Patroni expands no variables in its YAML and uses the text as written; render the file before Patroni reads it',
  ]);
});

test('one finding per value: a template value the schema refuses keeps only the schema finding', () => {
  assert.deepEqual(lint('restapi:\n  listen: ${API_LISTEN}\n  connect_address: 10.0.0.1:8008\n').filter(([, id]) => id !== 'missing-key' && id !== 'rejoin-without-fallback'), [[2, 'schema', 'error']]);
});

test('one finding per value: a deprecated key whose value the schema refuses', () => {
  const ds = lintLoaded(loadConfigText('t.yml', 'etcd:\n  srv_domain: 5\n'), resolveVersions({})).filter((d) => d.ruleId !== 'missing-key' && d.ruleId !== 'rejoin-without-fallback');
  assert.deepEqual(ds.map((d) => [d.ruleId, d.message]), [['schema', 'etcd.srv_domain is the number 5, expected a string; besides, etcd.srv_domain is deprecated: use srv instead']]);
});

test("a value naming the PATRONI_* variable Patroni itself reads for the key: a note that the environment replaces it", () => {
  assert.deepEqual(findings('unrendered-template', 'postgresql:\n  data_dir: ${PATRONI_POSTGRESQL_DATA_DIR}\n'), [
    [2, 13, 'info', "postgresql.data_dir is '${PATRONI_POSTGRESQL_DATA_DIR}', an unrendered template value, naming PATRONI_POSTGRESQL_DATA_DIR, the variable Patroni itself reads for this key: set in Patroni's environment it replaces this value, which is then never read; without it Patroni uses the text as written"],
  ]);
  // another variable than Patroni's own for this key is the file's text, whatever the environment holds
  assert.equal(findings('unrendered-template', 'postgresql:\n  data_dir: ${PGDATA}\n')[0]![2], 'warning');
});

test('a template value under a key Patroni ignores is left to unknown-key', () => {
  assert.deepEqual(findings('unrendered-template', 'standby_cluster:\n  host: "{{ leader }}"\n'), []);
});
