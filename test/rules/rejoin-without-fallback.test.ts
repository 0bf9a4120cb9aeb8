import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

test('neither rewind nor removal on diverged timelines: a diverged former primary cannot rejoin', () => {
  const f = findings('rejoin-without-fallback', 'postgresql:\n  data_dir: /d\n  use_pg_rewind: false\n');
  assert.equal(f.length, 1);
  assert.deepEqual(f[0]!.slice(0, 3), [3, 18, 'warning']);
  assert.match(f[0]![3], /^use_pg_rewind is off and remove_data_directory_on_diverged_timelines is not set: .*stays behind until reinitialized by hand \(patronictl reinit\)/);
  assert.match(messages('rejoin-without-fallback', 'postgresql:\n  data_dir: /d\n  remove_data_directory_on_rewind_failure: true\n')[0]!, /^use_pg_rewind is not set .*does nothing without use_pg_rewind/);
});

test('either option, from bootstrap.dcs or local, is no finding', () => {
  assert.deepEqual(findings('rejoin-without-fallback', 'bootstrap:\n  dcs:\n    postgresql:\n      use_pg_rewind: true\npostgresql:\n  data_dir: /d\n'), []);
  assert.deepEqual(findings('rejoin-without-fallback', 'postgresql:\n  data_dir: /d\n  remove_data_directory_on_diverged_timelines: true\n'), []);
});
