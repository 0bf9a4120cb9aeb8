// What every benchmark shares: counts from the environment, interleaved process timing,
// quantiles, the machine, and markdown tables. Run against dist/ (npm run build first).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = `${ROOT}bin/patroni-plan.cjs`;

/** A positive whole number from the environment, so a quick run can ask for less. */
export function envCount(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not '${raw}'`);
  return n;
}

export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.ceil(at)] - s[lo]) * (at - lo);
}

export const median = (values) => quantile(values, 0.5);

export function spread(values) {
  return { median: median(values), p25: quantile(values, 0.25), p75: quantile(values, 0.75), n: values.length };
}

/** Wall time of one run of a command, in milliseconds, and how it exited. */
export function timeOnce(cmd, env = process.env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd.argv[0], cmd.argv.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'ignore'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, status: r.status, error: r.error };
}

/**
 * Runs the commands round-robin, `rounds` times after `warmup` discarded rounds, each round
 * starting one command further along, so that a noisy neighbour or a warming disk cache
 * lands on every command alike. Returns each command's times.
 */
export function interleave(commands, { rounds, warmup, env = process.env }) {
  const times = commands.map(() => []);
  const statuses = commands.map(() => new Set());
  for (let r = 0; r < warmup + rounds; r++) {
    for (let k = 0; k < commands.length; k++) {
      const i = (r + k) % commands.length;
      const { ms, status, error } = timeOnce(commands[i], env);
      if (error) throw new Error(`${commands[i].name}: ${error.message}`);
      statuses[i].add(status);
      if (r >= warmup) times[i].push(ms);
    }
  }
  return commands.map((c, i) => ({ ...c, ...spread(times[i]), statuses: [...statuses[i]] }));
}

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1].trim();
  } catch {}
  return cpus()[0]?.model ?? 'unknown';
}

function osName() {
  try {
    const m = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (m) return m[1];
  } catch {}
  return process.platform;
}

export function machine() {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    load: loadavg().map((x) => x.toFixed(1)).join(', '),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

/** The Patroni executable, if one is installed: /usr/bin/patroni or the first on PATH. */
export function findPatroni() {
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(':').filter(Boolean)];
  for (const d of dirs) if (existsSync(`${d}/patroni`)) return `${d}/patroni`;
  return undefined;
}

/** A program on PATH (or in /usr/bin), if there is one. */
export function findProgram(name) {
  const dirs = [...(process.env.PATH ?? '').split(':').filter(Boolean), '/usr/bin'];
  for (const d of dirs) if (existsSync(`${d}/${name}`)) return `${d}/${name}`;
  return undefined;
}

export function patroniVersion(exe) {
  const r = spawnSync(exe, ['--version'], { encoding: 'utf8' });
  return (r.stdout || r.stderr || '').trim().replace(/^patroni\s*/i, '') || 'unknown';
}

export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
export const met = (ok) => (ok === undefined ? 'n/a' : ok ? 'met' : 'not met');

/** `--json` prints the result for bench/run.mjs; otherwise the markdown. */
export function report(result, markdown) {
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(result)}\n` : `${markdown(result)}\n`);
}

export const isMain = (url) => url === `file://${process.argv[1]}`;
