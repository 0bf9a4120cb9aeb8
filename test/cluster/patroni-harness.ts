/**
 * A real Patroni cluster on loopback for the end-to-end tests and for recording REST answers:
 * one etcd, Patroni members with PostgreSQL 15, all run as an unprivileged user in a scratch
 * directory, on ports the system hands out. Everything it starts is stopped by PID in stop().
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PG_BIN = '/usr/lib/postgresql/15/bin';

/** How to start Patroni and patronictl: Debian's programs, or a release's source tree with python3. */
export interface PatroniCommand {
  patroni: string[];
  patronictl: string[];
  env: Record<string, string>;
}

export const DEBIAN_PATRONI: PatroniCommand = { patroni: ['/usr/bin/patroni'], patronictl: ['/usr/bin/patronictl'], env: {} };

/** A release's source tree (PYTHONPATH) run with Debian's python3, which has Patroni's dependencies. */
export function patroniFromSource(tree: string): PatroniCommand {
  return { patroni: ['/usr/bin/python3', '-m', 'patroni'], patronictl: ['/usr/bin/python3', '-c', 'import sys; from patroni.ctl import ctl; sys.argv[0] = "patronictl"; ctl()'], env: { PYTHONPATH: tree } };
}

/** Why a real cluster cannot run here, or undefined. */
export function missingClusterPrerequisite(cmd: PatroniCommand = DEBIAN_PATRONI): string | undefined {
  if (!existsSync(cmd.patroni[0]!)) return `${cmd.patroni[0]} is not installed (apt-get install patroni)`;
  if (!existsSync('/usr/bin/etcd')) return 'etcd is not installed (apt-get install etcd-server)';
  if (!existsSync(`${PG_BIN}/initdb`)) return `PostgreSQL 15 is not installed (no ${PG_BIN}/initdb): apt-get install postgresql-15`;
  if (process.getuid?.() === 0 && !postgresUser()) return 'running as root and there is no postgres user to run PostgreSQL as';
  return undefined;
}

function postgresUser(): { uid: number; gid: number } | undefined {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) return undefined;
  const f = line.split(':');
  return { uid: Number(f[2]), gid: Number(f[3]) };
}

/** A port the system hands out on loopback, released for the caller to bind. */
export function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port, timeout: 1000 });
    const done = (ok: boolean): void => {
      s.destroy();
      resolve(ok);
    };
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
    s.once('timeout', () => done(false));
  });
}

export interface MemberPorts {
  rest: number;
  pg: number;
}

export interface Member {
  name: string;
  config: string;
  dataDir: string;
  ports: MemberPorts;
  log: string;
  process?: ChildProcess;
}

export interface MemberOptions {
  /** bootstrap.dcs.postgresql.parameters written in the file. */
  dcsParameters?: Record<string, string | number>;
  /** postgresql.parameters of the node itself. */
  localParameters?: Record<string, string | number>;
  tags?: Record<string, string | boolean>;
}

export class PatroniLab {
  readonly dir: string;
  readonly members = new Map<string, Member>();
  private etcd?: ChildProcess;
  private etcdPort = 0;
  private readonly owner = process.getuid?.() === 0 ? postgresUser() : undefined;

  constructor(
    readonly cmd: PatroniCommand,
    readonly scope: string,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), 'pp-cluster-'));
    chmodSync(this.dir, 0o755);
    this.giveAway(this.dir);
  }

  private giveAway(path: string): void {
    if (this.owner) chownSync(path, this.owner.uid, this.owner.gid);
  }

  private spawnAs(argv: string[], log: string, env: Record<string, string> = {}): ChildProcess {
    const out = join(this.dir, log);
    writeFileSync(out, '');
    this.giveAway(out);
    return spawn(argv[0]!, argv.slice(1), {
      cwd: this.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(this.owner && { uid: this.owner.uid, gid: this.owner.gid }),
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: this.dir, ...this.cmd.env, ...env },
    });
  }

  private logTo(child: ChildProcess, log: string): void {
    const path = join(this.dir, log);
    const append = (d: Buffer): void => writeFileSync(path, d, { flag: 'a' });
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
  }

  async startEtcd(): Promise<void> {
    this.etcdPort = await freePort();
    const peer = await freePort();
    const child = this.spawnAs(['/usr/bin/etcd', '--name', 'pp', '--data-dir', join(this.dir, 'etcd'), '--listen-client-urls', `http://127.0.0.1:${this.etcdPort}`, '--advertise-client-urls', `http://127.0.0.1:${this.etcdPort}`, '--listen-peer-urls', `http://127.0.0.1:${peer}`, '--initial-advertise-peer-urls', `http://127.0.0.1:${peer}`, '--initial-cluster', `pp=http://127.0.0.1:${peer}`], 'etcd.log');
    this.logTo(child, 'etcd.log');
    this.etcd = child;
    await this.until(() => tcpOpen(this.etcdPort), 'etcd to listen');
  }

  /** Writes a member's configuration; its name is also its data directory's. */
  async addMember(name: string, opts: MemberOptions = {}): Promise<Member> {
    const ports = { rest: await freePort(), pg: await freePort() };
    const dataDir = join(this.dir, name);
    const params = (p: Record<string, string | number> | undefined, indent: string): string => Object.entries(p ?? {}).map(([k, v]) => `${indent}${k}: ${v}\n`).join('');
    const tags = Object.entries(opts.tags ?? {}).map(([k, v]) => `  ${k}: ${v}\n`).join('');
    const text = `scope: ${this.scope}
name: ${name}
restapi:
  listen: 127.0.0.1:${ports.rest}
  connect_address: 127.0.0.1:${ports.rest}
etcd3:
  hosts: 127.0.0.1:${this.etcdPort}
bootstrap:
  dcs:
    ttl: 30
    loop_wait: 2
    retry_timeout: 10
    postgresql:
      use_pg_rewind: false
      parameters:
${params(opts.dcsParameters, '        ')}  initdb:
  - encoding: UTF8
postgresql:
  listen: 127.0.0.1:${ports.pg}
  connect_address: 127.0.0.1:${ports.pg}
  data_dir: ${dataDir}
  bin_dir: ${PG_BIN}
  pgpass: ${join(this.dir, `pgpass-${name}`)}
  authentication:
    replication:
      username: replicator
      password: rep-secret-pw
    superuser:
      username: postgres
      password: su-secret-pw
  parameters:
    unix_socket_directories: ${this.dir}
${params(opts.localParameters, '    ')}${tags ? `tags:\n${tags}` : ''}`;
    const config = join(this.dir, `${name}.yml`);
    writeFileSync(config, text);
    this.giveAway(config);
    const member: Member = { name, config, dataDir, ports, log: join(this.dir, `${name}.log`) };
    this.members.set(name, member);
    return member;
  }

  startMember(member: Member): void {
    const child = this.spawnAs([...this.cmd.patroni, member.config], `${member.name}.log`);
    this.logTo(child, `${member.name}.log`);
    member.process = child;
  }

  restUrl(member: Member): string {
    return `http://127.0.0.1:${member.ports.rest}`;
  }

  /** GET a REST path of a member as parsed JSON, or undefined while it does not answer. */
  async get(member: Member, path: string): Promise<Record<string, unknown> | undefined> {
    try {
      const res = await fetch(`${this.restUrl(member)}${path}`, { signal: AbortSignal.timeout(3000) });
      return res.ok ? ((await res.json()) as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Waits until the member's PostgreSQL runs in the given role (as /patroni names it). */
  async waitRunning(member: Member, roles: string[]): Promise<void> {
    await this.until(async () => {
      const s = await this.get(member, '/patroni');
      return s?.['state'] === 'running' && roles.includes(String(s['role']));
    }, `${member.name} to run as ${roles.join('/')} (log: ${member.log})`);
  }

  patronictl(member: Member, args: string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(this.cmd.patronictl[0]!, [...this.cmd.patronictl.slice(1), '-c', member.config, ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      timeout: 60_000,
      ...(this.owner && { uid: this.owner.uid, gid: this.owner.gid }),
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: this.dir, ...this.cmd.env },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  /** Polls `check` until it holds; a cluster that never gets there fails the test with what it waited for. */
  async until(check: () => Promise<boolean>, what: string, limitMs = 90_000): Promise<void> {
    const deadline = Date.now() + limitMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
      await sleep(300);
    }
  }

  /** Stops every Patroni (which stops its PostgreSQL), any PostgreSQL left, then etcd; removes the directory. */
  async stop(keep = false): Promise<void> {
    for (const m of [...this.members.values()].reverse()) await stopChild(m.process);
    for (const m of this.members.values()) {
      if (existsSync(join(m.dataDir, 'postmaster.pid'))) spawnSync(`${PG_BIN}/pg_ctl`, ['stop', '-D', m.dataDir, '-m', 'immediate', '-w'], { timeout: 60_000, ...(this.owner && { uid: this.owner.uid, gid: this.owner.gid }) });
    }
    await stopChild(this.etcd);
    if (!keep) rmSync(this.dir, { recursive: true, force: true });
  }
}

/** SIGTERM by PID, then SIGKILL if it has not exited within 30 s. */
async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  process.kill(child.pid, 'SIGTERM');
  const timer = new Promise<'late'>((r) => setTimeout(() => r('late'), 30_000).unref());
  if ((await Promise.race([exited.then(() => 'ok' as const), timer])) === 'late') {
    process.kill(child.pid, 'SIGKILL');
    await exited;
  }
}

/** A postgresql.conf Patroni wrote, as name → value (quotes removed, '' unescaped); the include line is skipped. */
export function readPostgresqlConf(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^\s*([A-Za-z_][\w.]*)\s*=\s*'((?:[^']|'')*)'\s*$/.exec(line);
    if (m) out[m[1]!] = m[2]!.replaceAll("''", "'").replaceAll('\\\\', '\\');
  }
  return out;
}

/** postmaster.opts: the postgres command line after --config-file, as Patroni started it. */
export function readPostmasterOpts(dataDir: string): string[] {
  const text = readFileSync(join(dataDir, 'postmaster.opts'), 'utf8').trim();
  const args = [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
  const at = args.findIndex((a) => a.startsWith('--config-file='));
  return at < 0 ? args.slice(1) : args.slice(at + 1);
}
