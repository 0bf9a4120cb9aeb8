/**
 * `lint --jobs`: many paths linted on worker threads give the same bytes and exit code as
 * --jobs 1, in every format, and the same error for a path that cannot be read.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { workersFor } from '../../src/cli/lint-parallel.js';
import { cli, SHARED } from '../helpers.js';

const work = mkdtempSync(join(tmpdir(), 'patroni-plan-jobs-'));
after(() => rmSync(work, { recursive: true, force: true }));

// The real-world corpus twice over, with a secret-bearing and a broken file among them: enough
// paths for workers to start, and files whose findings and masked quotes differ.
const corpus = readdirSync(join(SHARED, 'corpus/real')).filter((f) => /\.ya?ml$/.test(f)).sort();
const paths: string[] = [];
for (const round of [1, 2]) {
  for (const f of corpus) {
    const to = join(work, `${round}-${f}`);
    copyFileSync(join(SHARED, 'corpus/real', f), to);
    paths.push(to);
  }
}
paths.splice(17, 0, join(work, 'broken.yml'));
writeFileSync(join(work, 'broken.yml'), 'scope: [unclosed\npostgresql:\n  authentication:\n    superuser:\n      password: hunter2\n');

test('enough paths start workers; few paths, standard input or --jobs 1 do not', () => {
  assert.ok(workersFor(paths, 2) === 2, 'two workers for the corpus twice over');
  assert.equal(workersFor(paths, 1), 0);
  assert.equal(workersFor(paths.slice(0, 10), 8), 0);
  assert.equal(workersFor([...paths, '-'], 2), 0);
});

test('--jobs 2 gives the same report as --jobs 1, in the formats that quote sources or carry positions; --jobs 3 too', () => {
  // github and gitlab render the same sorted list as json does.
  for (const [format, jobs] of [['text', ['2']], ['json', ['2', '3']], ['sarif', ['2']]] as const) {
    const one = cli(['lint', '--no-config', '--format', format, '--jobs', '1', ...paths]);
    assert.equal(one.code, 1, `${format}: ${one.stderr}`);
    assert.ok(one.stdout.length > 1000, format);
    for (const n of jobs) assert.deepEqual(cli(['lint', '--no-config', '--format', format, '--jobs', n, ...paths]), one, `${format} with --jobs ${n}`);
  }
});

test('an unreadable path among many is the same error with workers as without', () => {
  const withMissing = [...paths.slice(0, 150), join(work, 'missing.yml'), ...paths.slice(150)];
  const one = cli(['lint', '--jobs', '1', ...withMissing]);
  assert.equal(one.code, 2);
  assert.match(one.stderr, /missing\.yml: no such file or directory/);
  assert.deepEqual(cli(['lint', '--jobs', '2', ...withMissing]), one);
});

test('--jobs takes a whole number from 1', () => {
  for (const bad of ['0', '-1', 'two', '1.5']) {
    const r = cli(['lint', '--jobs', bad, paths[0]!]);
    assert.equal(r.code, 2, bad);
    assert.match(r.stderr, /--jobs takes a whole number from 1/);
  }
});
