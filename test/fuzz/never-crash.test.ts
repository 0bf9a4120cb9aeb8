import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { runJobs, type JobResult } from '../cli-batch.js';
import { cli, ROOT, SHARED } from '../helpers.js';
import { checkInput } from './check-input.js';
import { mutations } from './mutations.js';
import { generatedConfig } from './schema-arbitrary.js';
import { fuzzParameters, RUNS } from './settings.js';

const work = mkdtempSync(join(tmpdir(), 'patroni-plan-fuzz-'));
after(() => rmSync(work, { recursive: true, force: true }));

const corpus = [`${SHARED}corpus/real/`, `${ROOT}fixtures/plan/`, `${ROOT}fixtures/lint/`].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) })),
);

const mutated = fc.tuple(fc.constantFrom(...corpus), mutations).map(([c, m]) => ({ name: c.name, bytes: m(c.bytes) }));

test('lint and plan of damaged corpus configs never throw, every renderer runs, and every diagnostic lies inside the file', () => {
  fc.assert(
    fc.property(mutated, ({ bytes }) => checkInput('fuzz.yml', bytes)),
    fuzzParameters(),
  );
});

test('lint and plan of configs generated from the schema (valid and subtly invalid) never throw, and diagnostics lie inside the file', () => {
  fc.assert(
    fc.property(generatedConfig, ({ text }) => checkInput('generated.yml', Buffer.from(text))),
    fuzzParameters(),
  );
});

const STACK = /^\s+at .+:\d+:\d+\)?$/m;

test('the command line answers damaged and generated configs with exit 0, 1 or 2 and no stack trace, in every format', () => {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  const inputs = [
    ...fc.sample(mutated, { numRuns: Math.max(4, Math.round(RUNS / 2)), ...(seed !== undefined && { seed }) }).map((m) => m.bytes),
    ...fc.sample(generatedConfig, { numRuns: Math.max(4, Math.round(RUNS / 4)), ...(seed !== undefined && { seed }) }).map((g) => Buffer.from(g.text)),
  ];
  const jobs = inputs.flatMap((bytes, i) => {
    const file = join(work, `in${i}.yml`);
    writeFileSync(file, bytes);
    return [
      ...['text', 'json', 'github', 'sarif', 'gitlab'].map((f) => ({ args: ['lint', '--format', f, file], tokens: [], keepOutput: true })),
      { args: ['plan', '--patroni-version', '3.0', file], tokens: [], keepOutput: true },
      { args: ['plan', '--format', 'json', '--clone-from', 'postgres://10.0.0.12:5432/postgres', file], tokens: [], keepOutput: true },
      { args: ['diff', '--to-patroni-version', '3.3', file], tokens: [], keepOutput: true },
    ];
  });
  // In batches, each result checked and let go: the outputs of a long run (`npm run fuzz`: 120,000 commands)
  // held at once took the runner past its heap.
  const bad: JobResult[] = [];
  for (let i = 0; i < jobs.length; i += 2000) {
    bad.push(...runJobs(jobs.slice(i, i + 2000)).filter((r) => ![0, 1, 2].includes(r.code) || STACK.test(r.output ?? '')));
  }
  assert.deepEqual(bad.map((r) => `exit ${r.code}: patroni-plan ${r.args.join(' ')}\n${r.output}`), []);
  // Real processes for a few, standard input included: the in-process runs stand for these.
  for (const bytes of inputs.slice(0, 3)) {
    for (const args of [['lint', '-'], ['plan', '-']]) {
      const r = cli(args, bytes.toString('latin1'));
      assert.ok([0, 1, 2].includes(r.code ?? -1), `${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
      assert.doesNotMatch(r.stderr, STACK);
    }
  }
});
