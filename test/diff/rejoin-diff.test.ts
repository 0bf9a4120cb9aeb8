/** diff and upgrade impact over the rejoin branch (issue 24). */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, ROOT } from '../helpers.js';

test('turning use_pg_rewind off shows in the rejoin branch: the rewind cases go, the node is left behind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rejoin-diff-'));
  try {
    const old = readFileSync(`${ROOT}fixtures/rejoin/rewind-user.yml`, 'utf8');
    writeFileSync(join(dir, 'old.yml'), old);
    writeFileSync(join(dir, 'new.yml'), old.replace('use_pg_rewind: true', 'use_pg_rewind: false'));
    const r = cli(['diff', join(dir, 'old.yml'), join(dir, 'new.yml'), '--pg-version', '16', '--clone-from', 'postgres://10.0.0.5:5432/postgres']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /@@ rejoin @@\n- mode: rewind\n(.*\n)*\+ mode: none\n/);
    assert.match(r.stdout, /@@ rejoin › case rewind › step pg-rewind @@ \(removed\)/);
    assert.match(r.stdout, /@@ rejoin › case diverged › step diverged-stays @@ \(added\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('upgrade impact: the rejoin facts that change between 3.0 and 4.1 are named', () => {
  const r = cli(['diff', 'fixtures/rejoin/rewind-user.yml', '--patroni-version', '3.0', '--to-patroni-version', '4.1', '--pg-version', '16']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /rewind\.archive-command-shell \(no → yes\): \[23\.2\]/);
  assert.match(r.stdout, /rewind\.skip-crash-recovery-after-restore \(no → yes\): \[23\.1\]/);
});
