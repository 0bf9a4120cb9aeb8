import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

const config = (mode: string, extra = '') => `scope: s\nbootstrap:\n  dcs:\n    synchronous_mode: ${mode}\n${extra}postgresql:\n  parameters:\n    synchronous_standby_names: pg-2\n`;

test('synchronous_mode on: the value is reported, at its key, in every release', () => {
  for (const patroniVersion of ['3.0.2', '3.3.11', '4.0.10', '4.1.4']) {
    assert.deepEqual(findings('synchronous-standby-names', config('true'), { patroniVersion }), [
      [7, 5, 'warning', 'postgresql.parameters.synchronous_standby_names: synchronous_mode is on, so Patroni manages synchronous_standby_names itself: it starts PostgreSQL without it and then sets it to the standbys it picks; the pg-2 here is never used, remove it'],
    ]);
  }
});

test('the mode is read per release: quorum, the text on, strict mode on 3.0', () => {
  const quorum = config('quorum');
  assert.equal(findings('synchronous-standby-names', quorum, { patroniVersion: '4.0.10' }).length, 1);
  assert.equal(findings('synchronous-standby-names', quorum, { patroniVersion: '3.3.11' }).length, 0, '3.3 reads quorum with parse_bool: not on');
  assert.equal(findings('synchronous-standby-names', quorum, { patroniVersion: '3.0.2' }).length, 1, '3.0 tests truthiness');
  assert.equal(findings('synchronous-standby-names', config("'off'"), { patroniVersion: '4.1.4' }).length, 0);
  assert.equal(findings('synchronous-standby-names', config("'off'"), { patroniVersion: '3.0.2' }).length, 1, "3.0: the text 'off' is truthy");
  assert.match(messages('synchronous-standby-names', config('true', '    synchronous_mode_strict: true\n'), { patroniVersion: '3.0.2' })[0]!, /starts PostgreSQL with '\*' \(any standby\)/);
});

test('no finding without the mode, in a standby cluster (3.3+), or when Patroni 3.0 cannot apply bootstrap.dcs', () => {
  assert.deepEqual(findings('synchronous-standby-names', config('false')), []);
  assert.deepEqual(findings('synchronous-standby-names', config('true', '    standby_cluster:\n      host: 10.0.0.9\n')), []);
  assert.deepEqual(findings('synchronous-standby-names', config('true', '    maximum_lag_on_failover: ${LAG}\n'), { patroniVersion: '3.0.2' }), []);
  assert.equal(findings('synchronous-standby-names', config('true', '    maximum_lag_on_failover: ${LAG}\n'), { patroniVersion: '4.1.4' }).length, 1);
});
