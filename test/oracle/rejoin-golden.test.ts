/**
 * The differential test of the rejoin branch: every recorded rejoin in oracle/golden-rejoin/
 * (each fixture of fixtures/rejoin/ × PostgreSQL 9.6–18 × scenario, for Patroni 3.0.2, 3.3.11,
 * 4.0.10 and 4.1.4) is planned with the same inputs and must agree argv for argv.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';
import { compareRejoin } from './compare-rejoin.js';

const VERSIONS = ['3.0.2', '3.3.11', '4.0.10', '4.1.4'];

for (const version of VERSIONS) {
  test(`rejoin plans agree with what Patroni ${version} was recorded running`, () => {
    const dir = `${ROOT}oracle/golden-rejoin/${version}/`;
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 200, `${files.length} recordings`);
    const failures = files.map((f) => [f, compareRejoin(ROOT, dir + f)] as const).filter(([, d]) => d.length > 0);
    assert.deepEqual(failures.slice(0, 5).map(([f, d]) => `${f}\n  ${d.join('\n  ')}`), [], `${failures.length} recorded rejoins disagree`);
  });
}

test('the rejoin comparison fails when the plan takes another case than Patroni did', () => {
  // A recorded rewind compared as if the timelines had not diverged: the plan then shows no pg_rewind.
  const dir = mkdtempSync(join(tmpdir(), 'rejoin-golden-'));
  try {
    const trace = JSON.parse(readFileSync(`${ROOT}oracle/golden-rejoin/4.1.4/rewind-user.pg15.diverged.json`, 'utf8')) as { scenario: string };
    assert.deepEqual(compareRejoin(ROOT, `${ROOT}oracle/golden-rejoin/4.1.4/rewind-user.pg15.diverged.json`), []);
    writeFileSync(join(dir, 'x.json'), JSON.stringify({ ...trace, scenario: 'in-sync' }));
    const diffs = compareRejoin(ROOT, join(dir, 'x.json'));
    assert.equal(diffs.length, 1);
    assert.match(diffs[0]!, /patroni: .*rewinder/);
    // The leader queried with other credentials than the plan's.
    const other = JSON.parse(readFileSync(`${ROOT}oracle/golden-rejoin/4.1.4/rewind-user.pg15.diverged.json`, 'utf8')) as { rejoin: { events: { op: string; user?: string; replication?: boolean }[] } };
    for (const e of other.rejoin.events) if (e.op === 'connect' && !e.replication) e.user = 'postgres';
    writeFileSync(join(dir, 'y.json'), JSON.stringify(other));
    assert.deepEqual(compareRejoin(ROOT, join(dir, 'y.json')), ['Patroni queried the leader as postgres, postgres; the plan says rewind (rewinder)']);
    // Patroni archived two segments marked .ready; a harness that had left none would make the plan archive nothing.
    const archived = JSON.parse(readFileSync(`${ROOT}oracle/golden-rejoin/4.1.4/rewind-archive.pg15.diverged.json`, 'utf8')) as { harness: { wal: { segments: string[] } } };
    assert.deepEqual(compareRejoin(ROOT, `${ROOT}oracle/golden-rejoin/4.1.4/rewind-archive.pg15.diverged.json`), []);
    archived.harness.wal.segments = [];
    writeFileSync(join(dir, 'z.json'), JSON.stringify(archived));
    assert.match(compareRejoin(ROOT, join(dir, 'z.json'))[0]!, /plan: .*pgpass[\s\S]*patroni: .*\/bin\/sh","-c","test ! -f \/archive\/000000010000000000000002/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
