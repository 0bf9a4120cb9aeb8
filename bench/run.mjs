// `npm run bench`: every benchmark, each in a process of its own (so one's memory is not
// another's peak), then one markdown report: the machine, the command, each table, and each
// target met or not. The in-process ones run pinned to one CPU when taskset exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { coldStartMarkdown } from './cold-start.mjs';
import { fmt, machine, met, ROOT, table } from './lib.mjs';
import { linearity, scalingMarkdown } from './scaling.mjs';
import { throughputMarkdown } from './throughput.mjs';

const TASKSET = ['/usr/bin/taskset', '/bin/taskset'].find((p) => existsSync(p));

function runJson(script, { oneCpu = false } = {}) {
  const argv = [process.execPath, `${ROOT}bench/${script}`, '--json'];
  const full = oneCpu && TASKSET ? [TASKSET, '-c', '0', ...argv] : argv;
  const r = spawnSync(full[0], full.slice(1), { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench/${script} failed (exit ${r.status ?? r.signal})`);
  return JSON.parse(r.stdout);
}

function summary(cold, through, scale) {
  const l = linearity(scale);
  return table(
    ['target', 'measured', 'result'],
    [
      ['cold lint ≤ 1.4× `node -e 0`', `${fmt(cold.lintVsFloor, 2)}×`, met(cold.targets.lintVsFloor.met)],
      ['cold lint ≥ 3× faster than `patroni --validate-config`', cold.patroniVsLint === undefined ? 'Patroni not installed' : `${fmt(cold.patroniVsLint, 2)}×`, met(cold.targets.patroniVsLint.met)],
      ['lint + plan ≥ 2,000 configs/s on one core', `${fmt(through.perSecond, 0)} configs/s`, met(through.targets.perSecond.met)],
      [`peak memory of the ${through.configs}-config run < 150 MiB`, `${fmt(through.peakRssMiB)} MiB RSS`, met(through.targets.peakRss.met)],
      ['time linear in config size', l ? `×${fmt(l.timeRatio, 2)} time for ×${fmt(l.linesRatio, 2)} lines (N ${l.from}→${l.to})` : '–', met(l?.linear)],
    ],
  );
}

function main() {
  const m = machine();
  const cold = runJson('cold-start.mjs');
  const through = runJson('throughput.mjs', { oneCpu: true });
  const scale = runJson('scaling.mjs', { oneCpu: true });
  const env = Object.entries(process.env).filter(([k]) => k.startsWith('BENCH_')).map(([k, v]) => `${k}=${v} `).join('');
  const out = [
    `## patroni-plan benchmarks, ${m.date}`,
    '',
    `- machine: ${m.cpu}, ${m.cores} cores, ${m.memGiB} GiB RAM, ${m.os}`,
    `- Node ${m.node}; command: \`${env}npm run bench\`${TASKSET ? '; throughput and scaling pinned to one CPU with `taskset -c 0`' : '; taskset not found: throughput and scaling ran on one thread, not pinned'}`,
    '',
    summary(cold, through, scale),
    '',
    coldStartMarkdown(cold),
    '',
    throughputMarkdown(through),
    '',
    scalingMarkdown(scale),
    '',
  ];
  process.stdout.write(out.join('\n'));
}

main();
