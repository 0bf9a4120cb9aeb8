/**
 * What the end-to-end tests need around a real PostgreSQL 15: an unprivileged user to run
 * exec as (initdb refuses root), a scratch directory and a copy of patroni-plan that user
 * can reach wherever the checkout lives, free loopback ports, and servers that are always
 * stopped at the end.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

export const PG_BIN = '/usr/lib/postgresql/15/bin';

export interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

/** Why the end-to-end tests cannot run here, or undefined when they can. */
export function missingPrerequisite(): string | undefined {
  if (!existsSync(`${PG_BIN}/initdb`) || !existsSync(`${PG_BIN}/pg_basebackup`)) return `PostgreSQL 15 is not installed (no ${PG_BIN}/initdb): apt-get install postgresql-15`;
  if (process.getuid?.() === 0 && !passwdEntry('postgres')) return 'running as root and there is no postgres user to run initdb as';
  return undefined;
}

function passwdEntry(name: string): RunAs | undefined {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
  if (!line) return undefined;
  const f = line.split(':');
  return { name, uid: Number(f[2]), gid: Number(f[3]) };
}

/** The postgres user when the tests run as root, else the user running them. */
export function runAs(): RunAs {
  if (process.getuid!() === 0) return passwdEntry('postgres')!;
  return { uid: process.getuid!(), gid: process.getgid!(), name: 'current user' };
}

export class Scratch {
  readonly dir: string;
  readonly scripts: string;
  readonly app: string;
  readonly tmp: string;
  private readonly servers = new Set<string>();

  constructor(
    readonly user: RunAs,
    readonly ports: { primary: number; replica: number },
  ) {
    this.dir = mkdtempSync(join(tmpdir(), 'pp-exec-e2e-'));
    chmodSync(this.dir, 0o755);
    this.scripts = join(this.dir, 'scripts');
    this.app = join(this.dir, 'app');
    this.tmp = join(this.dir, 'tmp');
    mkdirSync(this.tmp);
    copyApp(this.app);
    this.copyScripts();
    this.giveAway(this.dir);
    ensureSocketDir(user);
    const node = this.cli(['schema', '--plan']);
    if (node.status !== 0) throw new Error(`${process.execPath} cannot run patroni-plan as ${user.name}: ${node.error?.message ?? node.stderr}`);
  }

  /** Everything under the scratch directory belongs to the user exec runs as. */
  giveAway(path: string): void {
    if (process.getuid!() !== 0) return;
    chownSync(path, this.user.uid, this.user.gid);
    if (statSync(path).isDirectory()) for (const e of readdirSync(path)) this.giveAway(join(path, e));
  }

  private copyScripts(): void {
    mkdirSync(this.scripts);
    for (const f of readdirSync(`${ROOT}fixtures/exec`).filter((x) => x.endsWith('.sh'))) {
      cpSync(`${ROOT}fixtures/exec/${f}`, join(this.scripts, f));
      chmodSync(join(this.scripts, f), 0o755);
    }
  }

  /** A fixture config with its {{...}} filled, written into the scratch directory; returns its name there. */
  config(name: string): string {
    const text = readFileSync(`${ROOT}fixtures/exec/${name}`, 'utf8')
      .replaceAll('{{scratch}}', this.dir)
      .replaceAll('{{scripts}}', this.scripts)
      .replaceAll('{{bin}}', PG_BIN)
      .replaceAll('{{primary_port}}', String(this.ports.primary))
      .replaceAll('{{replica_port}}', String(this.ports.replica));
    writeFileSync(join(this.dir, name), text);
    this.giveAway(join(this.dir, name));
    return name;
  }

  private env(): NodeJS.ProcessEnv {
    return { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: this.dir, TMPDIR: this.tmp };
  }

  private options(): { cwd: string; uid: number; gid: number; env: NodeJS.ProcessEnv } {
    return { cwd: this.dir, uid: this.user.uid, gid: this.user.gid, env: this.env() };
  }

  /** patroni-plan from the scratch copy, as the unprivileged user, in the scratch directory. */
  cli(args: string[], timeoutMs = 120_000): SpawnSyncReturns<string> {
    return spawnSync(process.execPath, [join(this.app, 'bin/patroni-plan.cjs'), ...args], { ...this.options(), encoding: 'utf8', timeout: timeoutMs });
  }

  cliAsync(args: string[]): ChildProcess {
    return spawn(process.execPath, [join(this.app, 'bin/patroni-plan.cjs'), ...args], { ...this.options(), stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Remembers a data directory whose server must be stopped at the end. */
  started(dataDir: string): void {
    this.servers.add(dataDir);
  }

  pgCtl(args: string[]): SpawnSyncReturns<string> {
    return spawnSync(`${PG_BIN}/pg_ctl`, args, { ...this.options(), encoding: 'utf8', timeout: 60_000 });
  }

  /** Stops every server the tests started, then removes the scratch directory. */
  dispose(): void {
    for (const dir of this.servers) if (existsSync(join(dir, 'postmaster.pid'))) this.pgCtl(['stop', '-D', dir, '-m', 'immediate', '-w']);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** psql over TCP as the superuser with a password, so a successful query proves the password works. */
export function psql(port: number, password: string, sql: string): SpawnSyncReturns<string> {
  return spawnSync(`${PG_BIN}/psql`, ['-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-c', sql], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'], PGPASSWORD: password, PGCONNECT_TIMEOUT: '5', PGPASSFILE: '/dev/null' },
    timeout: 30_000,
  });
}

/** A copy of the built patroni-plan with its runtime dependencies, readable by the user exec runs as. */
function copyApp(app: string): void {
  for (const part of ['bin', 'dist/src', 'schema', 'package.json']) cpSync(`${ROOT}${part}`, join(app, part), { recursive: true });
  const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  for (const [path, info] of Object.entries(lock.packages)) {
    if (path.startsWith('node_modules/') && !info.dev && existsSync(`${ROOT}${path}`)) cpSync(`${ROOT}${path}`, join(app, path), { recursive: true });
  }
}

/** Debian's PostgreSQL puts its sockets in /var/run/postgresql, which a fresh container may lack. */
function ensureSocketDir(user: RunAs): void {
  const dir = '/var/run/postgresql';
  if (existsSync(dir) || process.getuid!() !== 0) return;
  mkdirSync(dir, { recursive: true, mode: 0o2775 });
  chownSync(dir, user.uid, user.gid);
}

/** Free loopback ports in 5433-5499, away from Debian's own cluster on 5432. */
export async function freePorts(count: number): Promise<number[]> {
  const found: number[] = [];
  const start = 5433 + Math.floor(Math.random() * 40);
  for (let p = start; found.length < count && p < start + 67; p++) {
    const port = 5433 + ((p - 5433) % 67);
    if (await isFree(port)) found.push(port);
  }
  if (found.length < count) throw new Error('no free loopback ports in 5433-5499');
  return found;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Parsed `--log-format json` output. */
export function events(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
