import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './helpers.js';

test('a key newer than the chosen release is ignored by it', () => {
  assert.deepEqual(findings('key-version', 'log:\n  mode: 0644\n', { patroniVersion: '3.3' }), [[2, 3, 'warning', 'log.mode is new in Patroni 4.0: Patroni 3.3.11 ignores it']]);
  assert.deepEqual(findings('key-version', 'log:\n  mode: 0644\n'), []);
});

test('backported keys follow their release lines', () => {
  const yaml = 'thread_pool_size: 10\n';
  assert.equal(findings('key-version', yaml, { patroniVersion: '4.0.7' }).length, 1);
  assert.equal(findings('key-version', yaml, { patroniVersion: '4.0.8' }).length, 0);
  assert.equal(findings('key-version', yaml, { patroniVersion: '4.1.0' }).length, 1);
});

test('a value newer than the chosen release', () => {
  assert.deepEqual(findings('key-version', 'bootstrap:\n  dcs:\n    synchronous_mode: quorum\n', { patroniVersion: '3.3' }).map((f) => f[3]), ['bootstrap.dcs.synchronous_mode: quorum is new in Patroni 4.0; Patroni 3.3.11 does not understand it']);
});

test('keys of a method section nothing selects are not reported as new (unused-method-section reports the section)', () => {
  const yaml = 'bootstrap:\n  postgresql:\n    use_pg_rewind: true\n  databases:\n    app:\n      owner: app\n';
  assert.deepEqual(findings('key-version', yaml, { patroniVersion: '3.0' }), []);
});

test('an extra key of the chosen bootstrap method is an ignored key before 3.2, not a key new in 3.2', () => {
  const yaml = 'bootstrap:\n  method: restore\n  restore:\n    command: restore.sh\n    force: true\n';
  assert.deepEqual(findings('key-version', yaml, { patroniVersion: '3.0' }).map((f) => f[3]), [
    'bootstrap.restore.force is not a key Patroni 3.0.2 reads in a bootstrap method: it ignores it (3.2 and later pass it to the command as --force=...)',
  ]);
  assert.deepEqual(findings('key-version', yaml, { patroniVersion: '3.3' }), []);
});

test('a misspelt key of the chosen bootstrap method is one finding, misspelt-key\'s', async () => {
  const { lintLoaded, resolveVersions } = await import('../../src/api.js');
  const { loadConfigText } = await import('../../src/load/load-config.js');
  const yaml = 'bootstrap:\n  method: pgbackrest\n  pgbackrest:\n    command: /usr/bin/pgbackrest restore\n    no_paramas: true\n';
  const at5 = lintLoaded(loadConfigText('t.yml', yaml), resolveVersions({ patroniVersion: '3.0' })).filter((d) => d.line === 5).map((d) => d.ruleId);
  assert.deepEqual(at5, ['misspelt-key']);
});
