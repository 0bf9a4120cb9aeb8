/**
 * The benchmarks run and report, with counts small enough to take seconds. Benchmarks are not
 * tests: nothing here looks at a time, only at the report's shape and the work done.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';

const TINY = { BENCH_ROUNDS: '1', BENCH_WARMUP: '0', BENCH_CONFIGS: '20', BENCH_SIZES: '10,100', BENCH_SCALE_ROUNDS: '1', BENCH_SCALE_WARMUP_MS: '0' };

function bench(script: string, args: string[] = []): string {
  const r = spawnSync(process.execPath, [`${ROOT}bench/${script}`, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...TINY } });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('npm run bench prints the machine, the targets and every table', () => {
  const out = bench('run.mjs');
  assert.match(out, /^- machine: .+, \d+ cores, /m);
  assert.match(out, /^- Node v\d+/m);
  for (const target of ['cold lint ≤ 1.4×', 'lint + plan ≥ 2,000 configs/s', 'peak memory of the 20-config run', 'time linear in config size']) {
    assert.match(out, new RegExp(`^\\| ${target.replace(/[+.]/g, '\\$&')}.*\\| (met|not met|n/a) \\|$`, 'm'));
  }
  for (const section of ['### Cold start', '### Throughput', '### Scaling']) assert.ok(out.includes(section), section);
});

test('the throughput run lints and plans the corpus configs it is asked for', () => {
  const r = JSON.parse(bench('throughput.mjs', ['--json'])) as { configs: number; planned: number; peakRssMiB: number };
  assert.equal(r.configs, 20);
  assert.equal(r.planned, 20);
  assert.ok(r.peakRssMiB > 0);
});

test('the cold-start commands all succeed on the typical config', () => {
  const r = JSON.parse(bench('cold-start.mjs', ['--json'])) as { results: { name: string; statuses: (number | null)[] }[] };
  for (const c of r.results.filter((x) => x.name !== 'patroni')) assert.deepEqual(c.statuses, [0], c.name);
});
