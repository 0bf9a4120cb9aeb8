import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

const hba = 'bootstrap:\n  pg_hba:\n    - host replication r 10.0.0.0/8 md5\n';

test('bootstrap.pg_hba beside postgresql.pg_hba or hba_file is ignored, and the message says which one wins', () => {
  assert.deepEqual(findings('bootstrap-pg-hba', `${hba}postgresql:\n  pg_hba:\n    - host all all 10.0.0.0/8 md5\n`), [
    [2, 3, 'warning', 'bootstrap.pg_hba is ignored: postgresql.pg_hba is set, and Patroni appends bootstrap.pg_hba to pg_hba.conf only when neither postgresql.pg_hba nor hba_file is; postgresql.pg_hba wins, so move these lines there'],
  ]);
  assert.match(messages('bootstrap-pg-hba', `${hba}  dcs:\n    postgresql:\n      pg_hba: [host all all 0.0.0.0/0 md5]\n`)[0]!, /postgresql\.pg_hba is set/);
  assert.match(messages('bootstrap-pg-hba', `${hba}postgresql:\n  parameters:\n    hba_file: /etc/pg/hba.conf\n`)[0]!, /postgresql\.parameters\.hba_file wins/);
});

test('bootstrap.pg_hba alone is appended: no finding', () => {
  assert.deepEqual(findings('bootstrap-pg-hba', hba), []);
});
