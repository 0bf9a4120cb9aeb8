/** Where `fix` must hold back: anything ambiguous, shared through an alias, silenced, or unreadable stays as written. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fix } from '../../src/index.js';

const unchanged = (text: string, options = {}): void => {
  const r = fix(text, { file: 'patroni.yml', ...options });
  assert.equal(r.text, text);
  assert.deepEqual(r.applied, []);
};

test('a value shared through an alias is not edited (the edit would change every use)', () => {
  unchanged('x: &auth\n  username: yes\nrestapi:\n  authentication: *auth\nctl:\n  authentication: *auth\n');
});

test('an explicit no_params: false is a decision, not a slip', () => {
  unchanged('postgresql:\n  create_replica_methods: [pgbackrest]\n  pgbackrest:\n    command: pgbackrest --stanza=main restore\n    no_params: false\n');
});

test('a repeated key in a flow mapping stays a finding', () => {
  unchanged('postgresql:\n  parameters: {work_mem: 4MB, work_mem: 8MB}\n');
});

test('create_replica_method is not renamed while bootstrap.dcs sets create_replica_methods (local would then win)', () => {
  unchanged('bootstrap:\n  dcs:\n    postgresql:\n      create_replica_methods: [basebackup]\npostgresql:\n  create_replica_method: [basebackup]\n');
});

test('no_master is not renamed when no_leader is set too', () => {
  const text = 'postgresql:\n  create_replica_methods: [s]\n  s:\n    command: /bin/s\n    no_master: 1\n    no_leader: 0\n';
  assert.ok(!fix(text).applied.some((a) => a.ruleId === 'deprecated-key'));
});

test('a typo with two candidates as close is not guessed', () => {
  unchanged('etcd3:\n  ccert: /etc/ssl/c.pem\n');
  assert.equal(fix('etcd3:\n  cacrt: /etc/ssl/c.pem\n').text, 'etcd3:\n  cacert: /etc/ssl/c.pem\n');
});

test('a PostgreSQL setting is not moved over a value already in parameters, nor a local one Patroni only takes from the DCS', () => {
  unchanged('postgresql:\n  work_mem: 4MB\n  parameters:\n    work_mem: 8MB\n');
  unchanged('postgresql:\n  max_connections: 200\n');
  unchanged('postgresql:\n  hba_file: /etc/pg_hba.conf\n');
});

test('a boolean where a boolean is fine is not quoted', () => {
  unchanged('bootstrap:\n  dcs:\n    synchronous_mode: on\n');
});

test('a bootstrap section under postgresql is not moved when a replica method uses it or it has keys the two read differently', () => {
  unchanged('bootstrap:\n  method: r\npostgresql:\n  create_replica_methods: [r]\n  r:\n    command: /bin/r\n');
  unchanged('bootstrap:\n  method: r\npostgresql:\n  r:\n    command: /bin/r\n    keep_data: true\n');
});

test('a replica section written in two wrong places is not moved (which one?)', () => {
  unchanged('bootstrap:\n  s:\n    command: /bin/s\n  dcs:\n    s:\n      command: /bin/t\npostgresql:\n  create_replica_methods: [s]\n');
});

test('a silenced finding, or a check that is off, is not fixed', () => {
  unchanged('restapi:\n  authentication:\n    username: yes  # patroni-plan-disable-line yaml11-value\n');
  unchanged('restapi:\n  authentication:\n    username: yes\n', { lint: { ignore: ['yaml11-value'] } });
  unchanged('restapi:\n  authentication:\n    username: yes\n', { lint: { select: ['unknown-key'] } });
});

test('a text that is not a readable configuration is left alone', () => {
  unchanged('restapi:\n  authentication: [username: yes\n');
  unchanged('- just\n- a list\n');
  unchanged('');
});

test('line breaks and a missing final line break are kept', () => {
  const crlf = 'postgresql:\r\n  create_replica_methods: [pgbackrest]\r\n  pgbackrest:\r\n    command: pgbackrest --stanza=main restore\r\n';
  assert.equal(fix(crlf).text, `${crlf}    no_params: true\r\n`);
  const open = 'postgresql:\n  create_replica_methods: [pgbackrest]\n  pgbackrest:\n    command: pgbackrest --stanza=main restore';
  assert.equal(fix(open).text, `${open}\n    no_params: true`);
});

test('a block scalar that keeps its final line breaks does not swallow the added line', () => {
  unchanged('postgresql:\n  create_replica_methods: [pgbackrest]\n  pgbackrest:\n    command: |+\n      pgbackrest --stanza=main restore\n\n');
});

test('the descriptions of the fixes never carry a value (a password may be one)', () => {
  const r = fix('postgresql:\n  authentication:\n    replication:\n      password: off\n');
  assert.equal(r.text, "postgresql:\n  authentication:\n    replication:\n      password: 'off'\n");
  for (const a of r.applied) assert.doesNotMatch(a.description, /off/);
});
