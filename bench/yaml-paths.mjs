// The two ways of reading YAML side by side in one process (issue 16, item 3): every file
// through the `yaml` Document (the old path), or plain files straight from the CST tokens
// (src/load/cst-to-python.ts) with the Document for the rest. Interleaved rounds over the
// real-world corpus, each round running both paths in turn (the order alternating), for
// parseSource alone and for load + lint + plan as bench/throughput.mjs does it.
// BENCH_YAML_ROUNDS rounds (default 30) after BENCH_YAML_WARMUP (default 5) discarded ones.
import { fmt, isMain, report, ROOT, spread, table, envCount } from './lib.mjs';
import { lintAndPlan, readCorpus } from './throughput.mjs';

export async function yamlPaths({ rounds = envCount('BENCH_YAML_ROUNDS', 30), warmup = envCount('BENCH_YAML_WARMUP', 5) } = {}) {
  const api = await import(`${ROOT}dist/src/index.js`);
  const { parseSource, setCstPath } = await import(`${ROOT}dist/src/load/parse-source.js`);
  const corpus = readCorpus();
  const versions = api.resolveVersions({});
  const work = {
    parse: ({ file, text }) => parseSource(file, text),
    pipeline: (c) => lintAndPlan(api, versions, c),
  };
  const runs = Object.keys(work).flatMap((w) => ['document', 'cst'].map((path) => ({ work: w, path, ms: [] })));
  const was = setCstPath(true);
  try {
    for (let r = 0; r < warmup + rounds; r++) {
      const order = r % 2 ? [...runs].reverse() : runs;
      for (const run of order) {
        setCstPath(run.path === 'cst');
        const f = work[run.work];
        const t0 = process.hrtime.bigint();
        for (const c of corpus) f(c);
        const ms = Number(process.hrtime.bigint() - t0) / 1e6 / corpus.length;
        if (r >= warmup) run.ms.push(ms);
      }
    }
  } finally {
    setCstPath(was);
  }
  const results = runs.map((r) => ({ work: r.work, path: r.path, ...spread(r.ms) }));
  // Each round's Document time over its CST time: the machine's load changes between rounds
  // far more than within one, so the ratio of a round is steadier than the ratio of medians.
  const speedup = {};
  for (const w of Object.keys(work)) {
    const [doc, cst] = ['document', 'cst'].map((p) => runs.find((r) => r.work === w && r.path === p).ms);
    speedup[w] = spread(doc.map((d, i) => d / cst[i]));
  }
  return { corpusFiles: corpus.length, rounds, warmup, results, speedup };
}

export function yamlPathsMarkdown(r) {
  return [
    `### Reading YAML: Document path and CST path side by side (${r.rounds} interleaved rounds of the ${r.corpusFiles} corpus files after ${r.warmup} warm-up rounds)`,
    '',
    table(
      ['work', 'path', 'median ms per config', 'p25–p75 ms'],
      r.results.map((x) => [x.work === 'parse' ? 'parseSource' : 'load + lint + plan', x.path, fmt(x.median, 4), `${fmt(x.p25, 4)}–${fmt(x.p75, 4)}`]),
    ),
    '',
    `- parseSource: the CST path is **${fmt(r.speedup.parse.median, 2)}×** as fast as the Document path (median of the rounds' ratios; p25–p75 ${fmt(r.speedup.parse.p25, 2)}–${fmt(r.speedup.parse.p75, 2)}×)`,
    `- load + lint + plan: **${fmt(r.speedup.pipeline.median, 2)}×** (p25–p75 ${fmt(r.speedup.pipeline.p25, 2)}–${fmt(r.speedup.pipeline.p75, 2)}×)`,
  ].join('\n');
}

if (isMain(import.meta.url)) report(await yamlPaths(), yamlPathsMarkdown);
