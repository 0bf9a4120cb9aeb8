// `npm run bench`: every benchmark, each in a process of its own (so one's memory is not
// another's peak), then one markdown report: the machine, the command, each table, and each
// target met or not. The in-process ones run pinned to one CPU when taskset exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { coldStartMarkdown } from './cold-start.mjs';
import { fleetMarkdown } from './fleet.mjs';
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

function summary(cold, fleet, through, scale) {
  const l = linearity(scale);
  const rows = [];
  for (const n of cold.perNode) {
    rows.push([`cold lint ${n.targets.lintVsFloor.target} (Node ${n.node})`, `${fmt(n.lintVsFloor, 2)}×`, met(n.targets.lintVsFloor.met)]);
  }
  for (const n of cold.perNode) {
    rows.push([`cold lint faster than \`patroni --validate-config\` (Node ${n.node})`, n.patroniVsLint === undefined ? 'Patroni not installed' : `${fmt(n.patroniVsLint, 2)}× faster`, met(n.targets.fasterThanPatroni.met)]);
    rows.push([`cold lint faster than \`yamllint\` (Node ${n.node})`, n.yamllintVsLint === undefined ? 'yamllint not installed' : `${fmt(n.yamllintVsLint, 2)}× faster`, met(n.targets.fasterThanYamllint.met)]);
  }
  const best = Math.min(...fleet.results.map((r) => r.median)) / 1000;
  rows.push([`${fleet.targets.seconds.target} (one \`lint\` run)`, `${fmt(best, 2)} s`, met(fleet.targets.seconds.met)]);
  rows.push([`lint + plan ${through.targets.perSecond.target} in one process (one core)`, `${fmt(through.perSecond, 0)} configs/s`, met(through.targets.perSecond.met)]);
  rows.push([`peak memory of the ${through.configs}-config run ${through.targets.peakRss.target.replace(/^< /, '≤ ')}`, `${fmt(through.peakRssMiB)} MiB RSS`, met(through.targets.peakRss.met)]);
  rows.push(['time linear in config size', l ? `×${fmt(l.timeRatio, 2)} time for ×${fmt(l.linesRatio, 2)} lines (N ${l.from}→${l.to})` : '–', met(l?.linear)]);
  return table(['target', 'measured', 'result'], rows);
}

function main() {
  const m = machine();
  const cold = runJson('cold-start.mjs');
  const fleet = runJson('fleet.mjs');
  const through = runJson('throughput.mjs', { oneCpu: true });
  const scale = runJson('scaling.mjs', { oneCpu: true });
  const env = Object.entries(process.env).filter(([k]) => k.startsWith('BENCH_')).map(([k, v]) => `${k}=${v} `).join('');
  const out = [
    `## patroni-plan benchmarks, ${m.date}`,
    '',
    `- machine: ${m.cpu}, ${m.cores} cores, ${m.memGiB} GiB RAM, ${m.os}`,
    `- load average at the start: ${m.load}`,
    `- Node ${m.node}${process.env.BENCH_NODES ? ` (and BENCH_NODES: ${cold.perNode.slice(1).map((n) => n.node).join(', ')})` : ''}; command: \`${env}npm run bench\`${TASKSET ? '; throughput and scaling pinned to one CPU with `taskset -c 0`' : '; taskset not found: throughput and scaling ran on one thread, not pinned'}`,
    '',
    summary(cold, fleet, through, scale),
    '',
    coldStartMarkdown(cold),
    '',
    fleetMarkdown(fleet),
    '',
    throughputMarkdown(through),
    '',
    scalingMarkdown(scale),
    '',
  ];
  process.stdout.write(out.join('\n'));
}

main();
