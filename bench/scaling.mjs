// How time grows with config size: generated configs with N pg_hba lines and N
// postgresql.parameters (BENCH_SIZES, default 10,100,1000), each loaded, linted and planned
// in process, BENCH_SCALE_ROUNDS (default 15) timed rounds after BENCH_SCALE_WARMUP_MS (default
// 500) of warm-up per size. Linear growth shows
// as a steady cost per line from one size to the next. Then one mapping of BENCH_WIDE_SIZES
// (default 10000,40000) keys, with the ratio of the largest size's time to the smallest's.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envCount, fmt, isMain, median, report, ROOT, table } from './lib.mjs';
import { lintAndPlan } from './throughput.mjs';

/** Time may grow this much more than the lines do before the growth counts as more than linear: noise. */
const LINEAR_SLACK = 1.2;
const REAL_SETTINGS = ['max_connections', 'shared_buffers', 'work_mem', 'maintenance_work_mem', 'effective_cache_size', 'wal_level', 'max_wal_senders', 'checkpoint_timeout'];

/** A valid config with n pg_hba lines and n parameters (a few real settings, the rest custom ones). */
export function generatedConfig(n) {
  const hba = Array.from({ length: n }, (_, i) => `    - host all app_${i} 10.${(i >> 8) & 255}.${i & 255}.0/24 scram-sha-256`);
  const params = Array.from({ length: n }, (_, i) => (i < REAL_SETTINGS.length ? `    ${REAL_SETTINGS[i]}: '${i + 1}'` : `    app.setting_${i}: 'value ${i}'`));
  return [
    'scope: orders',
    'name: pg-1',
    'restapi:',
    '  listen: 0.0.0.0:8008',
    '  connect_address: 10.0.0.11:8008',
    'etcd3:',
    '  hosts: [10.0.0.2:2379, 10.0.0.3:2379]',
    'bootstrap:',
    '  dcs:',
    '    ttl: 30',
    'postgresql:',
    '  listen: 0.0.0.0:5432',
    '  connect_address: 10.0.0.11:5432',
    '  data_dir: /var/lib/postgresql/16/main',
    '  authentication:',
    '    superuser: {username: postgres, password: change-me}',
    '    replication: {username: replicator, password: change-me}',
    '  pg_hba:',
    ...hba,
    '  parameters:',
    ...params,
    '',
  ].join('\n');
}

/**
 * A config whose postgresql section has n keys of its own and a one-line flow mapping of n
 * tags: the shapes where one mapping's keys once cost n^2 (each set copied the entry list).
 */
export function wideMappingConfig(n) {
  const keys = Array.from({ length: n }, (_, i) => `custom_key_${i}`);
  return [
    'scope: orders',
    'name: pg-1',
    'restapi: {listen: 0.0.0.0:8008, connect_address: 10.0.0.11:8008}',
    'etcd3: {hosts: [10.0.0.2:2379]}',
    `tags: {${keys.map((k) => `${k}: v`).join(', ')}}`,
    'postgresql:',
    '  listen: 0.0.0.0:5432',
    '  connect_address: 10.0.0.11:5432',
    '  data_dir: /var/lib/postgresql/16/main',
    ...keys.map((k) => `  ${k}: v`),
    '',
  ].join('\n');
}

/** Milliseconds to load, lint and plan one wide mapping per size (BENCH_WIDE_SIZES, default 10000,40000), median of a few rounds. */
function wideMapping(api, versions, rounds) {
  const raw = process.env.BENCH_WIDE_SIZES || '10000,40000';
  const rows = raw.split(',').map((x) => {
    const n = Number(x);
    const input = { file: `wide-${n}.yml`, text: wideMappingConfig(n) };
    lintAndPlan(api, versions, input);
    const times = Array.from({ length: Math.max(1, Math.min(rounds, 3)) }, () => {
      const start = process.hrtime.bigint();
      lintAndPlan(api, versions, input);
      return Number(process.hrtime.bigint() - start) / 1e6;
    });
    return { n, ms: median(times) };
  });
  const first = rows[0];
  const last = rows.at(-1);
  return { rows, ratio: last.ms / first.ms, keysRatio: last.n / first.n };
}

/**
 * Milliseconds to load a configuration directory of N one-parameter fragments (BENCH_FRAGMENT_SIZES, default
 * 1000,4000), median of a few rounds: merging file by file into a fresh copy of the growing mapping was once
 * quadratic (33-44 s for 5,000 fragments; test/load/limits.test.ts checks the merged result, not the time).
 */
async function fragments(rounds) {
  const { loadConfigPath } = await import(`${ROOT}dist/src/load/load-config.js`);
  const raw = process.env.BENCH_FRAGMENT_SIZES || '1000,4000';
  const scratch = mkdtempSync(join(tmpdir(), 'patroni-plan-bench-fragments-'));
  try {
    const rows = raw.split(',').map((x) => {
      const n = Number(x);
      const dir = join(scratch, `conf-${n}.d`);
      mkdirSync(dir);
      writeFileSync(join(dir, '00000-base.yml'), 'scope: s\nname: n\npostgresql:\n  data_dir: /var/lib/pg\n');
      for (let i = 1; i <= n; i++) writeFileSync(join(dir, `p${String(i).padStart(5, '0')}.yml`), `postgresql:\n  parameters:\n    custom.p${i}: v\n`);
      loadConfigPath(dir);
      const times = Array.from({ length: Math.max(1, Math.min(rounds, 3)) }, () => {
        const start = process.hrtime.bigint();
        loadConfigPath(dir);
        return Number(process.hrtime.bigint() - start) / 1e6;
      });
      return { n, ms: median(times) };
    });
    return { rows, ratio: rows.at(-1).ms / rows[0].ms, countRatio: rows.at(-1).n / rows[0].n };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function sizes() {
  const raw = process.env.BENCH_SIZES || '10,100,1000';
  return raw.split(',').map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_SIZES takes whole numbers, not '${s}'`);
    return n;
  });
}

/** Runs `once` for about `ms` milliseconds, so the JIT has seen this shape of config. */
function warm(once, ms) {
  const end = process.hrtime.bigint() + BigInt(Math.round(ms * 1e6));
  let n = 0;
  while (process.hrtime.bigint() < end || n < 3) {
    once();
    n++;
  }
  return n;
}

/**
 * Milliseconds per config, median of the rounds; the sizes take turns within each round so
 * noise from the machine falls on all of them, and each round of a size repeats it for a few
 * milliseconds so that a small config is not timed at the clock's resolution.
 */
export async function scaling({ rounds = envCount('BENCH_SCALE_ROUNDS', 15), warmupMs = envCount('BENCH_SCALE_WARMUP_MS', 500) } = {}) {
  const api = await import(`${ROOT}dist/src/index.js`);
  const versions = api.resolveVersions({});
  const cases = sizes().map((n) => {
    const text = generatedConfig(n);
    const once = () => lintAndPlan(api, versions, { file: `generated-${n}.yml`, text });
    const done = warm(once, warmupMs);
    const reps = Math.max(1, Math.round(done / Math.max(1, warmupMs / 5)));
    return { n, lines: text.split('\n').length - 1, bytes: text.length, once, reps, times: [] };
  });
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < c.reps; i++) c.once();
      c.times.push(Number(process.hrtime.bigint() - start) / 1e6 / c.reps);
    }
  }
  const rows = cases.map(({ n, lines, bytes, times }) => ({ n, lines, bytes, ms: median(times) }));
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    b.ratio = b.ms / a.ms;
    b.linesRatio = b.lines / a.lines;
    b.usPerLine = ((b.ms - a.ms) * 1000) / (b.lines - a.lines);
  }
  return { rounds, rows, wide: wideMapping(api, versions, rounds), fragments: await fragments(rounds) };
}

export function scalingMarkdown(r) {
  const rows = r.rows.map((x) => [x.n, x.lines, x.bytes, fmt(x.ms, 3), x.ratio === undefined ? '–' : `${fmt(x.ratio, 2)}× (lines ${fmt(x.linesRatio, 2)}×)`, x.usPerLine === undefined ? '–' : fmt(x.usPerLine, 2)]);
  const l = linearity(r);
  return [
    `### Scaling (generated configs: N pg_hba lines and N parameters; load + lint + plan; median of ${r.rounds} rounds)`,
    '',
    table(['N', 'lines', 'bytes', 'ms per config', 'vs previous size', 'µs per added line'], rows),
    '',
    l === undefined
      ? '- give at least two sizes to compare'
      : `- from N=${l.from} to N=${l.to} the time grows **${fmt(l.timeRatio, 2)}×** for ${fmt(l.linesRatio, 2)}× the lines: ${l.linear ? 'linear' : 'faster than linear'} (linear means at most ${LINEAR_SLACK}× the growth in lines; fixed costs make the time grow less than the lines)`,
    ...(r.wide ? [wideMarkdown(r.wide)] : []),
    ...(r.fragments ? [fragmentsMarkdown(r.fragments)] : []),
  ].join('\n');
}

function wideMarkdown(w) {
  const sizes = w.rows.map((x) => `${x.n} keys ${fmt(x.ms, 0)} ms`).join(', ');
  return `- one mapping of N keys (a postgresql section and a flow mapping of tags, N each; load + lint + plan): ${sizes}; **${fmt(w.ratio, 2)}×** the time for ${fmt(w.keysRatio, 2)}× the keys: ${w.ratio <= w.keysRatio * LINEAR_SLACK ? 'linear' : 'faster than linear'}`;
}

function fragmentsMarkdown(f) {
  const sizes = f.rows.map((x) => `${x.n} fragments ${fmt(x.ms, 0)} ms`).join(', ');
  return `- a configuration directory of N one-parameter fragments (load and merge): ${sizes}; **${fmt(f.ratio, 2)}×** the time for ${fmt(f.countRatio, 2)}× the fragments: ${f.ratio <= f.countRatio * LINEAR_SLACK ? 'linear' : 'faster than linear'}`;
}

/** Over the last step: time growth against line growth. */
export function linearity(r) {
  const last = r.rows.at(-1);
  if (!last || last.ratio === undefined) return undefined;
  return { from: r.rows.at(-2).n, to: last.n, timeRatio: last.ratio, linesRatio: last.linesRatio, linear: last.ratio <= last.linesRatio * LINEAR_SLACK };
}

if (isMain(import.meta.url)) report(await scaling(), scalingMarkdown);
