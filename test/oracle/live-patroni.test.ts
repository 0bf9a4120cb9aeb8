/**
 * The live differential test: record what the Patroni that Debian installs (3.0.2) runs for
 * every fixture, now, with oracle/record.py, and check that (1) the committed goldens are
 * exactly those recordings and (2) the plans for profile 3.0 agree with them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';
import { compareGolden } from './compare-golden.js';
import { KNOWN_GAPS } from './known-gaps.js';

const DEBIAN_PATRONI = '/usr/lib/python3/dist-packages/patroni/__init__.py';
/** A spread that covers recovery.conf with an inline password (9.6), recovery.conf (11), signal files (12) and 16's dropped trigger file. */
const PG_VERSIONS = '9.6 11 12 16';

const installed = existsSync(DEBIAN_PATRONI);
// CI installs Debian's patroni (.ci/run), so there the test must run; elsewhere it may be absent.
const skip = !installed && process.env['CI'] !== 'true' ? "Debian's patroni package is not installed (apt-get install patroni)" : false;

test('the installed Patroni 3.0.2 runs exactly what the goldens and the plans say', { skip, timeout: 20 * 60_000 }, () => {
  assert.ok(installed, `${DEBIAN_PATRONI} is missing: .ci/run must install Debian's patroni`);
  const out = mkdtempSync(join(tmpdir(), 'pp-live-'));
  try {
    const r = spawnSync('sh', [`${ROOT}oracle/record-all.sh`, 'debian'], {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: out, PG_VERSIONS, JOBS: '2' },
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const files = readdirSync(out).filter((f) => f.endsWith('.json')).sort();
    assert.ok(files.length >= 500, `${files.length} runs recorded`);
    const disagree: string[] = [];
    for (const f of files) {
      const live = readFileSync(join(out, f), 'utf8');
      assert.equal(live, readFileSync(`${ROOT}oracle/golden/3.0.2/${f}`, 'utf8'), `${f}: the committed golden differs from Patroni's live recording`);
      const fixture = f.replace(/\.pg[0-9.]+\.(url|none)\.json$/, '');
      const diffs = compareGolden(ROOT, join(out, f));
      if (diffs.length && !(fixture in KNOWN_GAPS)) disagree.push(`${f}\n  ${diffs.join('\n  ')}`);
    }
    assert.deepEqual(disagree.slice(0, 5), [], `${disagree.length} live runs disagree with the plan`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
