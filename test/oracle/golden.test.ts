/**
 * The differential test against Patroni's recorded behaviour: every run recorded in
 * oracle/golden/ (each fixture × PostgreSQL 9.6–18 × clone source, for Patroni 3.0.2,
 * 3.3.11, 4.0.10 and 4.1.4) is planned with the same inputs and must agree event for event.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';
import { compareGolden } from './compare-golden.js';
import { KNOWN_GAPS } from './known-gaps.js';

const VERSIONS = ['3.0.2', '3.3.11', '4.0.10', '4.1.4'];

for (const version of VERSIONS) {
  test(`plans agree with what Patroni ${version} was recorded running`, () => {
    const dir = `${ROOT}oracle/golden/${version}/`;
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 1400, `${files.length} recordings`);
    const failures: string[] = [];
    const gapsSeen = new Set<string>();
    for (const file of files) {
      const fixture = file.replace(/\.pg[0-9.]+\.(url|none)\.json$/, '');
      const diffs = compareGolden(ROOT, dir + file);
      if (diffs.length === 0) continue;
      if (fixture in KNOWN_GAPS) gapsSeen.add(fixture);
      else failures.push(`${file}\n  ${diffs.join('\n  ')}`);
    }
    assert.deepEqual(failures.slice(0, 5), [], `${failures.length} recorded runs disagree`);
    const closed = Object.keys(KNOWN_GAPS).filter((f) => !gapsSeen.has(f));
    assert.deepEqual(closed, [], 'these known gaps now agree: remove them from KNOWN_GAPS');
  });
}
