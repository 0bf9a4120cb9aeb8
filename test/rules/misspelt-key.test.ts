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

test('recorded from Patroni: every extra key of a custom bootstrap section is passed as --key=value, and --scope/--datadir still are', () => {
  // oracle/golden holds what Patroni's own bootstrap code launched for fixtures/plan/custom-bootstrap-extra-types.yml.
  for (const version of ['3.0.2', '3.3.11', '4.0.10', '4.1.4']) {
    const trace = JSON.parse(readFileSync(`${ROOT}oracle/golden/${version}/custom-bootstrap-extra-types.pg14.none.json`, 'utf8')) as { bootstrap: { events: { op: string; argv?: string[] }[] } };
    const argv = trace.bootstrap.events.find((e) => e.op === 'exec')!.argv!;
    assert.ok(argv.includes('--flag=True') && argv.includes('--parallel=4'), `${version}: ${argv.join(' ')}`);
    assert.ok(argv.includes('--scope=geo'), `${version}: no_params unset, so --scope is passed`);
  }
});
