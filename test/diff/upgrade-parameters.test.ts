import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from '../helpers.js';

test('diff --to-pg-version shows the server settings the new major drops, with the reason', () => {
  const r = cli(['diff', 'fixtures/plan/params-unknown-removed.yml', '--pg-version', '14', '--to-pg-version', '17']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^- postgresql\.conf stats_temp_directory = "\/var\/run\/postgresql\/stats"$/m);
  assert.match(r.stdout, /^\+ dropped old_snapshot_threshold \("60min"\): PostgreSQL 17 has no setting old_snapshot_threshold/m);
  assert.match(r.stdout, /^\+ postgresql\.conf debug_io_direct = "data"$/m);
  // the new lint findings of the upgrade
  assert.match(r.stdout, /server-setting-unknown .*PostgreSQL 17 has no setting stats_temp_directory/);
});

test('diff --to-patroni-version shows what a release changes in the parameters (3.0 keeps old_snapshot_threshold on 17)', () => {
  const r = cli(['diff', 'fixtures/plan/params-unknown-removed.yml', '--pg-version', '17', '--patroni-version', '3.0', '--to-patroni-version', '4.1']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^- postgresql\.conf old_snapshot_threshold = "60min"$/m);
});
