/**
 * The differential test of the server parameters: every start recorded in oracle/golden/ (the bootstrap's start,
 * a standby leader's and a new replica's first start; each fixture x PostgreSQL 9.6-18 x clone source, for Patroni
 * 3.0.2, 3.3.11, 4.0.10 and 4.1.4) must carry, value for value, the postgresql.conf settings and postgres
 * command-line options Patroni was recorded writing, unless listed in SERVER_PARAMETER_GAPS.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';
import { compareServerParameters } from './compare-server-parameters.js';
import { SERVER_PARAMETER_GAPS } from './server-parameters-gaps.js';

const VERSIONS = ['3.0.2', '3.3.11', '4.0.10', '4.1.4'];

for (const version of VERSIONS) {
  test(`server parameters agree with what Patroni ${version} was recorded writing`, () => {
    const dir = `${ROOT}oracle/golden/${version}/`;
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    const failures: string[] = [];
    const gapsSeen = new Set<string>();
    let starts = 0;
    let unrecorded = 0;
    for (const file of files) {
      const fixture = file.replace(/\.pg[0-9.]+\.(url|none)\.json$/, '');
      const r = compareServerParameters(ROOT, dir + file);
      starts += r.starts;
      unrecorded += r.unrecorded;
      if (r.diffs.length === 0) continue;
      const gap = [`${version}/${fixture}`, fixture].find((k) => k in SERVER_PARAMETER_GAPS);
      if (gap) gapsSeen.add(gap);
      else failures.push(`${file}\n  ${r.diffs.join('\n  ')}`);
    }
    assert.equal(unrecorded, 0, `${unrecorded} recorded starts have no postgresql.conf record: re-record with oracle/record-all.sh`);
    assert.ok(starts >= 2000, `${starts} starts compared`);
    assert.deepEqual(failures.slice(0, 5), [], `${failures.length} recorded runs disagree`);
    const closed = Object.keys(SERVER_PARAMETER_GAPS).filter((k) => (k.includes('/') ? k.startsWith(`${version}/`) : true) && !gapsSeen.has(k));
    assert.deepEqual(closed, [], 'these known gaps now agree: remove them from SERVER_PARAMETER_GAPS');
  });
}
