// Cold start: `patroni-plan lint` and `plan` of one typical config as whole processes,
// against `node -e 0` (the floor: what any Node program pays) and `patroni --validate-config`
// of the same file when Patroni is installed, interleaved round-robin.
// BENCH_ROUNDS (default 40) and BENCH_WARMUP (default 5) set the counts.
import { CLI, envCount, findPatroni, fmt, interleave, isMain, met, patroniVersion, report, table } from './lib.mjs';

export const CONFIG = 'bench/typical.yml';
const LINT_VS_FLOOR = 1.4;
const PATRONI_VS_LINT = 3;

export function coldStart({ rounds = envCount('BENCH_ROUNDS', 40), warmup = envCount('BENCH_WARMUP', 5) } = {}) {
  const node = process.execPath;
  const commands = [
    { name: 'floor', label: '`node -e 0`', argv: [node, '-e', '0'] },
    { name: 'lint', label: `\`patroni-plan lint ${CONFIG}\``, argv: [node, CLI, 'lint', CONFIG] },
    { name: 'plan', label: `\`patroni-plan plan ${CONFIG}\``, argv: [node, CLI, 'plan', CONFIG] },
  ];
  const patroni = findPatroni();
  if (patroni) commands.push({ name: 'patroni', label: `\`patroni --validate-config ${CONFIG}\``, argv: [patroni, '--validate-config', CONFIG] });
  const results = interleave(commands, { rounds, warmup });
  const by = Object.fromEntries(results.map((r) => [r.name, r]));
  const lintVsFloor = by.lint.median / by.floor.median;
  const patroniVsLint = by.patroni ? by.patroni.median / by.lint.median : undefined;
  return {
    rounds,
    warmup,
    config: CONFIG,
    patroni: patroni && { version: patroniVersion(patroni) },
    results,
    lintVsFloor,
    planVsFloor: by.plan.median / by.floor.median,
    patroniVsLint,
    targets: {
      lintVsFloor: { target: `≤ ${LINT_VS_FLOOR}× node -e 0`, met: lintVsFloor <= LINT_VS_FLOOR },
      patroniVsLint: { target: `≥ ${PATRONI_VS_LINT}× faster than patroni --validate-config`, met: patroniVsLint === undefined ? undefined : patroniVsLint >= PATRONI_VS_LINT },
    },
  };
}

export function coldStartMarkdown(r) {
  const floor = r.results.find((x) => x.name === 'floor').median;
  const rows = r.results.map((x) => [x.label, fmt(x.median), `${fmt(x.p25)}–${fmt(x.p75)}`, `${fmt(x.median / floor, 2)}×`, x.statuses.join(', ')]);
  const patroni = r.patroni ? `Patroni ${r.patroni.version}` : 'Patroni is not installed: no comparison';
  return [
    `### Cold start (${r.rounds} interleaved rounds after ${r.warmup} warm-up rounds; ${patroni})`,
    '',
    table(['command', 'median ms', 'p25–p75 ms', 'vs node -e 0', 'exit'], rows),
    '',
    `- lint / node -e 0: **${fmt(r.lintVsFloor, 2)}×** (target ${r.targets.lintVsFloor.target}: ${met(r.targets.lintVsFloor.met)})`,
    `- patroni --validate-config / lint: **${fmt(r.patroniVsLint, 2)}×** (target ${r.targets.patroniVsLint.target}: ${met(r.targets.patroniVsLint.met)})`,
  ].join('\n');
}

if (isMain(import.meta.url)) report(coldStart(), coldStartMarkdown);
