import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { ROOT } from '../helpers.js';
import { findings, messages } from './helpers.js';

test('a misspelt key of a custom method section becomes a --key=value argument: said, with did-you-mean', () => {
  assert.deepEqual(findings('misspelt-key', 'bootstrap:\n  method: restore\n  restore:\n    command: /usr/local/bin/restore\n    no_paramas: True\n'), [
    [5, 5, 'warning', "bootstrap.restore.no_paramas is not 'no_params': Patroni does not know it here and passes it to the command as the argument --no_paramas=True, and no_params stays unset; did you mean 'no_params'?"],
  ]);
  assert.deepEqual(messages('misspelt-key', 'postgresql:\n  create_replica_methods: [wal_g]\n  wal_g:\n    command: wal-g-restore\n    keep_dta: true\n'), [
    "postgresql.wal_g.keep_dta is not 'keep_data': Patroni does not know it here and passes it to the command as the argument --keep_dta=True, and keep_data stays unset; did you mean 'keep_data'?",
  ]);
});

test('a real argument of the method is not a typo', () => {
  assert.deepEqual(findings('misspelt-key', 'bootstrap:\n  method: restore\n  restore:\n    command: restore\n    target_time: now\n    keep_existing_recovery_conf: true\n'), []);
});

test('a misspelt predefined tag is a custom tag, and the tag it meant stays unset', () => {
  assert.deepEqual(messages('misspelt-key', 'tags:\n  nofailver: true\n  nosql: true\n  datacenter: east\n'), [
    "tags.nofailver is not 'nofailover': Patroni keeps it as a custom tag, so nofailover stays unset; did you mean 'nofailover'?",
    "tags.nosql is not 'nosync': Patroni keeps it as a custom tag, so nosync stays unset; did you mean 'nosync'?",
  ]);
});

test('before 3.2 a custom bootstrap section ignores a key it does not know, so the message says so', () => {
  assert.deepEqual(messages('misspelt-key', 'bootstrap:\n  method: restore\n  restore:\n    command: restore\n    no_paramas: True\n', { patroniVersion: '3.0.2' }), [
    "bootstrap.restore.no_paramas is not 'no_params': Patroni does not know it here and ignores it, and no_params stays unset; did you mean 'no_params'?",
  ]);
});

test('recorded from Patroni: every extra key of a custom bootstrap section is passed as --key=value from 3.2 on (3.0.2 passes none), and --scope still is', () => {
  // oracle/golden holds what Patroni's own bootstrap code launched for fixtures/plan/custom-bootstrap-extra-types.yml.
  const exec = (version: string): string[] => {
    const trace = JSON.parse(readFileSync(`${ROOT}oracle/golden/${version}/custom-bootstrap-extra-types.pg14.none.json`, 'utf8')) as { bootstrap: { events: { op: string; argv?: string[] }[] } };
    return trace.bootstrap.events.find((e) => e.op === 'exec')!.argv!;
  };
  assert.deepEqual(exec('3.0.2'), ['/opt/restore/clone.py', '--scope=geo', '--datadir=/var/lib/postgresql/14/main']);
  for (const version of ['3.3.11', '4.0.10', '4.1.4']) {
    const argv = exec(version);
    assert.ok(argv.includes('--flag=True') && argv.includes('--parallel=4'), `${version}: ${argv.join(' ')}`);
    assert.ok(argv.includes('--scope=geo'), `${version}: no_params unset, so --scope is passed`);
  }
});
