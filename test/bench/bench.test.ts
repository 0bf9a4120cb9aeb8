/**
 * The benchmarks run and report, with counts small enough to take seconds. Benchmarks are not
 * tests: nothing here looks at a time, only at the report's shape and the work done.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';

const TINY = { BENCH_ROUNDS: '1', BENCH_WARMUP: '0', BENCH_CONFIGS: '20', BENCH_SIZES: '10,100', BENCH_SCALE_ROUNDS: '1', BENCH_SCALE_WARMUP_MS: '0', BENCH_FLEET: '6', BENCH_FLEET_ROUNDS: '1', BENCH_YAML_ROUNDS: '1', BENCH_YAML_WARMUP: '0', BENCH_FRAGMENT_SIZES: '5,20' };

function bench(script: string, args: string[] = []): string {
  const r = spawnSync(process.execPath, [`${ROOT}bench/${script}`, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...TINY } });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('npm run bench prints the machine, the targets and every table', () => {
  const out = bench('run.mjs');
  assert.match(out, /^- machine: .+, \d+ cores, /m);
  assert.match(out, /^- Node v\d+/m);
  const node = process.version;
  // The cold-start target is 2.0x node -e 0 on Node 20 and 1.5x on newer Nodes (bench/cold-start.mjs).
  const floor = Number(node.slice(1).split('.')[0]) === 20 ? '2.0' : '1.5';
  for (const target of [`cold lint ≤ ${floor}× node -e 0 (Node ${node})`, `cold lint faster than \`patroni --validate-config\` (Node ${node})`, `cold lint faster than \`yamllint\` (Node ${node})`, '6 files in ≤ 5 s', 'lint + plan ≥ 1500 configs/s', 'peak memory of the 20-config run', 'time linear in config size']) {
    assert.match(out, new RegExp(`^\\| ${target.replace(/[+.()`]/g, '\\$&')}.*\\| (met|not met|n/a) \\|$`, 'm'));
  }
  for (const section of ['### Cold start', '### Many files', '### Throughput', '### Scaling']) assert.ok(out.includes(section), section);
  assert.match(out, /^- a configuration directory of N one-parameter fragments \(load and merge\): 5 fragments .*, 20 fragments /m);
});

test('the throughput run lints and plans the corpus configs it is asked for', () => {
  const r = JSON.parse(bench('throughput.mjs', ['--json'])) as { configs: number; planned: number; peakRssMiB: number };
  assert.equal(r.configs, 20);
  assert.equal(r.planned, 20);
  assert.ok(r.peakRssMiB > 0);
});

test('the cold-start commands all succeed on the typical config', () => {
  const r = JSON.parse(bench('cold-start.mjs', ['--json'])) as { results: { name: string; statuses: (number | null)[] }[] };
  // yamllint's own rules find problems in the file (exit 1); that is its work done.
  for (const c of r.results.filter((x) => x.name !== 'patroni' && x.name !== 'yamllint')) assert.deepEqual(c.statuses, [0], c.name);
});

test('the fleet run lints the files in one process with --jobs 1 and the default', () => {
  const r = JSON.parse(bench('fleet.mjs', ['--json'])) as { files: number; results: { name: string; statuses: (number | null)[] }[] };
  assert.equal(r.files, 6);
  assert.deepEqual(r.results.map((x) => x.name), ['jobs1', 'default']);
  // The corpus has findings that fail a lint: exit 1, not 2 (unreadable) or a crash.
  for (const x of r.results) assert.deepEqual(x.statuses, [1], x.name);
});

test('the YAML paths run times both ways of reading YAML, alone and in the pipeline', () => {
  const r = JSON.parse(bench('yaml-paths.mjs', ['--json'])) as { rounds: number; results: { work: string; path: string; median: number }[]; speedup: Record<string, { median: number }> };
  assert.equal(r.rounds, 1);
  assert.deepEqual(r.results.map((x) => `${x.work} ${x.path}`), ['parse document', 'parse cst', 'pipeline document', 'pipeline cst']);
  for (const x of r.results) assert.ok(x.median > 0, `${x.work} ${x.path}`);
  assert.deepEqual(Object.keys(r.speedup), ['parse', 'pipeline']);
  assert.ok(bench('yaml-paths.mjs').includes('### Reading YAML'));
});
