// Cold start: `patroni-plan lint` and `plan` of one typical config as whole processes,
// against `node -e 0` of the same Node (the floor: what any Node program pays), and against
// `patroni --validate-config` and `yamllint` of the same file when they are installed, all
// interleaved round-robin. BENCH_NODES adds other Node binaries (comma-separated paths, e.g.
// one installed with `npm install --no-save node@22` into a scratch directory); the Node that
// runs this script is always the first. The code cache lives in a scratch cache directory,
// written by the warm-up rounds, as a user's is after the first run.
// BENCH_ROUNDS (default 40) and BENCH_WARMUP (default 5) set the counts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, envCount, findPatroni, findProgram, fmt, interleave, isMain, met, patroniVersion, report, table } from './lib.mjs';

export const CONFIG = 'bench/typical.yml';
/** Issue 16's targets: cold lint over `node -e 0` of the same Node. */
const LINT_VS_FLOOR = { 20: 2.0, newer: 1.5 };

function nodeVersion(exe) {
  return spawnSync(exe, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

function nodes() {
  const extra = (process.env.BENCH_NODES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return [process.execPath, ...extra].map((exe) => ({ exe, version: nodeVersion(exe) }));
}

const major = (version) => Number(/^v(\d+)/.exec(version)?.[1]);

export function coldStart({ rounds = envCount('BENCH_ROUNDS', 40), warmup = envCount('BENCH_WARMUP', 5) } = {}) {
  const runtimes = nodes();
  const commands = [];
  for (const { exe, version } of runtimes) {
    const v = `Node ${major(version)}`;
    commands.push(
      { name: `floor ${version}`, node: version, label: `\`node -e 0\` (${v})`, argv: [exe, '-e', '0'] },
      { name: `lint ${version}`, node: version, label: `\`patroni-plan lint ${CONFIG}\` (${v})`, argv: [exe, CLI, 'lint', CONFIG] },
      { name: `plan ${version}`, node: version, label: `\`patroni-plan plan ${CONFIG}\` (${v})`, argv: [exe, CLI, 'plan', CONFIG] },
    );
  }
  const patroni = findPatroni();
  if (patroni) commands.push({ name: 'patroni', label: `\`patroni --validate-config ${CONFIG}\``, argv: [patroni, '--validate-config', CONFIG] });
  const yamllint = findProgram('yamllint');
  if (yamllint) commands.push({ name: 'yamllint', label: `\`yamllint ${CONFIG}\``, argv: [yamllint, CONFIG] });
  const cache = mkdtempSync(join(tmpdir(), 'patroni-plan-bench-cache-'));
  let results;
  try {
    results = interleave(commands, { rounds, warmup, env: { ...process.env, XDG_CACHE_HOME: cache } });
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
  const by = Object.fromEntries(results.map((r) => [r.name, r]));
  const perNode = runtimes.map(({ version }) => {
    const floor = by[`floor ${version}`].median;
    const lint = by[`lint ${version}`].median;
    const target = major(version) <= 20 ? LINT_VS_FLOOR[20] : LINT_VS_FLOOR.newer;
    const lintVsFloor = lint / floor;
    const patroniVsLint = by.patroni ? by.patroni.median / lint : undefined;
    const yamllintVsLint = by.yamllint ? by.yamllint.median / lint : undefined;
    return {
      node: version,
      lintVsFloor,
      planVsFloor: by[`plan ${version}`].median / floor,
      patroniVsLint,
      yamllintVsLint,
      targets: {
        lintVsFloor: { target: `≤ ${target.toFixed(1)}× node -e 0`, met: lintVsFloor <= target },
        fasterThanPatroni: { target: 'faster than patroni --validate-config', met: patroniVsLint === undefined ? undefined : patroniVsLint > 1 },
        fasterThanYamllint: { target: 'faster than yamllint', met: yamllintVsLint === undefined ? undefined : yamllintVsLint > 1 },
      },
    };
  });
  return {
    rounds,
    warmup,
    config: CONFIG,
    patroni: patroni && { version: patroniVersion(patroni) },
    yamllint: yamllint && { version: spawnSync(yamllint, ['--version'], { encoding: 'utf8' }).stdout.trim() },
    results,
    perNode,
    // The first Node's, for a one-line summary.
    lintVsFloor: perNode[0].lintVsFloor,
  };
}

export function coldStartMarkdown(r) {
  const floorOf = (x) => (x.node ? r.results.find((y) => y.name === `floor ${x.node}`).median : undefined);
  const firstFloor = floorOf(r.results[0]);
  const rows = r.results.map((x) => [x.label, fmt(x.median), `${fmt(x.p25)}–${fmt(x.p75)}`, `${fmt(x.median / (floorOf(x) ?? firstFloor), 2)}×${x.node ? '' : ` (of ${r.perNode[0].node})`}`, x.statuses.join(', ')]);
  const others = [r.patroni ? `Patroni ${r.patroni.version}` : 'Patroni not installed', r.yamllint ? r.yamllint.version : 'yamllint not installed'].join('; ');
  const perNode = r.perNode.map((n) => [
    n.node,
    `${fmt(n.lintVsFloor, 2)}× (${n.targets.lintVsFloor.target}: ${met(n.targets.lintVsFloor.met)})`,
    `${fmt(n.planVsFloor, 2)}×`,
    n.patroniVsLint === undefined ? '–' : `${fmt(n.patroniVsLint, 2)}× (${met(n.targets.fasterThanPatroni.met)})`,
    n.yamllintVsLint === undefined ? '–' : `${fmt(n.yamllintVsLint, 2)}× (${met(n.targets.fasterThanYamllint.met)})`,
  ]);
  return [
    `### Cold start (${r.rounds} interleaved rounds after ${r.warmup} warm-up rounds; ${others})`,
    '',
    table(['command', 'median ms', 'p25–p75 ms', 'vs node -e 0', 'exit'], rows),
    '',
    table(['Node', 'lint / node -e 0', 'plan / node -e 0', 'patroni --validate-config / lint', 'yamllint / lint'], perNode),
  ].join('\n');
}

if (isMain(import.meta.url)) report(coldStart(), coldStartMarkdown);
