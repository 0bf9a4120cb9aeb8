// In-process throughput: the real-world corpus read into memory once, then load + lint + plan
// of its configs in turn until BENCH_CONFIGS (default 10,000) have been done, on the one
// JavaScript thread. Peak memory is this process's maximum resident set size at the end, so
// run it as a process of its own (bench/run.mjs does, pinned to one CPU when taskset exists).
// BENCH_CORPUS names another directory of configs.
import { readdirSync, readFileSync } from 'node:fs';
import { envCount, fmt, isMain, met, report, ROOT, table } from './lib.mjs';

const MIN_PER_SECOND = 1500;
const MAX_PEAK_MIB = 150;

export function readCorpus(dir = process.env.BENCH_CORPUS || `${ROOT}../shared/corpus/real/`) {
  const names = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  if (!names.length) throw new Error(`no .yml/.yaml files in ${dir}`);
  return names.map((name) => ({ file: name, path: `${dir}/${name}`, text: readFileSync(`${dir}/${name}`, 'utf8') }));
}

/** Load, lint and plan one config as the CLI does; a config that cannot be planned counts too. */
export function lintAndPlan(api, versions, { file, text }) {
  const loaded = api.loadConfigText(file, text);
  const findings = api.lintLoaded(loaded, versions).length;
  try {
    api.planLoaded(loaded, {});
    return { findings, planned: true };
  } catch (err) {
    if (err instanceof api.InputError || err instanceof api.UsageError) return { findings, planned: false };
    throw err;
  }
}

export async function throughput({ configs = envCount('BENCH_CONFIGS', 10000) } = {}) {
  const api = await import(`${ROOT}dist/src/index.js`);
  const corpus = readCorpus();
  const versions = api.resolveVersions({});
  let peakHeap = 0;
  let planned = 0;
  let findings = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < configs; i++) {
    const r = lintAndPlan(api, versions, corpus[i % corpus.length]);
    findings += r.findings;
    if (r.planned) planned++;
    if (i % 250 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const perSecond = configs / seconds;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  return {
    configs,
    corpusFiles: corpus.length,
    planned,
    findings,
    seconds,
    perSecond,
    peakRssMiB,
    peakHeapMiB: peakHeap / 2 ** 20,
    targets: {
      perSecond: { target: `≥ ${MIN_PER_SECOND} configs/s`, met: perSecond >= MIN_PER_SECOND },
      peakRss: { target: `≤ ${MAX_PEAK_MIB} MiB peak RSS`, met: peakRssMiB <= MAX_PEAK_MIB },
    },
  };
}

export function throughputMarkdown(r) {
  return [
    `### Throughput (${r.configs} configs: the ${r.corpusFiles} corpus files in turn; load + lint + plan in one process)`,
    '',
    table(
      ['configs', 'seconds', 'configs/s', 'peak RSS MiB', 'peak heap used MiB', 'planned', 'findings'],
      [[r.configs, fmt(r.seconds, 2), fmt(r.perSecond, 0), fmt(r.peakRssMiB), fmt(r.peakHeapMiB), r.planned, r.findings]],
    ),
    '',
    `- throughput: **${fmt(r.perSecond, 0)} configs/s** (target ${r.targets.perSecond.target}: ${met(r.targets.perSecond.met)})`,
    `- peak memory: **${fmt(r.peakRssMiB)} MiB** RSS (target ${r.targets.peakRss.target}: ${met(r.targets.peakRss.met)})`,
  ].join('\n');
}

if (isMain(import.meta.url)) report(await throughput(), throughputMarkdown);
