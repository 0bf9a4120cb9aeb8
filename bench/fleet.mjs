// A fleet's configs in one `lint` run: BENCH_FLEET (default 5,000) files, the real-world
// corpus copied over and over into a scratch directory, linted by one `patroni-plan lint`
// process with --jobs 1 and with the default (the number of cores), interleaved, the whole
// process timed (start-up included). BENCH_FLEET_ROUNDS (default 3) timed rounds after one
// warm-up round.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, envCount, fmt, interleave, isMain, met, report, table } from './lib.mjs';
import { readCorpus } from './throughput.mjs';

const MAX_SECONDS = 5;

export function fleet({ files = envCount('BENCH_FLEET', 5000), rounds = envCount('BENCH_FLEET_ROUNDS', 3) } = {}) {
  const corpus = readCorpus();
  const dir = mkdtempSync(join(tmpdir(), 'patroni-plan-fleet-'));
  try {
    const paths = Array.from({ length: files }, (_, i) => {
      const to = join(dir, `${String(i).padStart(5, '0')}-${corpus[i % corpus.length].file}`);
      copyFileSync(corpus[i % corpus.length].path, to);
      return to;
    });
    const lint = (jobs) => [process.execPath, CLI, 'lint', '--no-config', '--format', 'json', ...(jobs ? ['--jobs', String(jobs)] : []), ...paths];
    const commands = [
      { name: 'jobs1', label: '`lint --jobs 1`', argv: lint(1) },
      { name: 'default', label: `\`lint\` (--jobs ${cpus().length}, the default)`, argv: lint() },
    ];
    const results = interleave(commands, { rounds, warmup: 1 });
    const best = Math.min(...results.map((r) => r.median)) / 1000;
    return {
      files,
      rounds,
      results: results.map((r) => ({ ...r, argv: undefined, perSecond: files / (r.median / 1000) })),
      targets: { seconds: { target: `${files} files in ≤ ${MAX_SECONDS} s`, met: best <= MAX_SECONDS } },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function fleetMarkdown(r) {
  return [
    `### Many files (${r.files} config files in one \`lint\` run; ${r.rounds} interleaved rounds after one warm-up)`,
    '',
    table(['command', 'median s', 'p25–p75 s', 'files/s', 'exit'], r.results.map((x) => [x.label, fmt(x.median / 1000, 2), `${fmt(x.p25 / 1000, 2)}–${fmt(x.p75 / 1000, 2)}`, fmt(x.perSecond, 0), x.statuses.join(', ')])),
    '',
    `- target ${r.targets.seconds.target}: ${met(r.targets.seconds.met)}`,
  ].join('\n');
}

if (isMain(import.meta.url)) report(fleet(), fleetMarkdown);
