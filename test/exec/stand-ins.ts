/**
 * A scratch directory for exec tests without PostgreSQL: stand-in programs (shell scripts
 * named initdb, pg_basebackup ...), a configuration pointing at them, and exec run as a CLI.
 * When the tests run as root, exec runs as the postgres user (it refuses root for initdb and
 * pg_ctl), and the scratch directory is handed to that user first.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, lchownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { runAs } from './pg-harness.js';

export const PASSWORD = 'Sup3r:secret\\pw';

export interface ExecRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export class StandIns {
  readonly dir: string;
  readonly tmp: string;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'pp-exec-standin-'));
    chmodSync(this.dir, 0o755);
    mkdirSync(join(this.dir, 'bin'));
    this.tmp = join(this.dir, 'tmp');
    mkdirSync(this.tmp);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  program(name: string, body: string): void {
    writeFileSync(join(this.dir, 'bin', name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(this.dir, 'bin', name), 0o755);
  }

  /** A configuration with stand-in programs; `extra` goes into postgresql:, `bootstrap` into bootstrap:. */
  config(opts: { dataDir?: string; extra?: string; bootstrap?: string; name?: string; password?: string; pgpass?: string } = {}): string {
    const path = join(this.dir, opts.name ?? 'patroni.yml');
    const password = opts.password ?? PASSWORD;
    writeFileSync(
      path,
      `scope: drill\nname: node-1\nbootstrap:\n  initdb: [{encoding: UTF8}]\n${opts.bootstrap ?? ''}postgresql:\n  listen: 127.0.0.1:5499\n` +
        `  data_dir: '${opts.dataDir ?? join(this.dir, 'data')}'\n  bin_dir: '${this.dir}/bin'\n  pgpass: '${opts.pgpass ?? join(this.dir, 'pgpass')}'\n` +
        `  authentication:\n    superuser: {username: postgres, password: '${password}'}\n    replication: {username: rep, password: '${password}'}\n${opts.extra ?? ''}`,
    );
    return path;
  }

  /** The user exec runs as: postgres when the tests run as root. */
  user(): { uid: number; gid: number } {
    return process.getuid!() === 0 ? runAs() : { uid: process.getuid!(), gid: process.getgid!() };
  }

  private options(): { cwd: string; env: NodeJS.ProcessEnv; uid?: number; gid?: number } {
    const base = { cwd: this.dir, env: { ...process.env, TMPDIR: this.tmp } };
    if (process.getuid!() !== 0) return base;
    const { uid, gid } = this.user();
    handOver(this.dir, uid, gid);
    return { ...base, uid, gid };
  }

  /** `stdio`: where exec's standard output and error go (file descriptors), instead of pipes the test reads. */
  exec(args: string[], timeoutMs = 60_000, stdio: { stdout?: number; stderr?: number } = {}): ExecRun {
    const r = spawnSync(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, 'exec', ...args], {
      ...this.options(),
      encoding: 'utf8',
      timeout: timeoutMs,
      stdio: ['ignore', stdio.stdout ?? 'pipe', stdio.stderr ?? 'pipe'],
    });
    return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  }

  spawnExec(args: string[]): ChildProcess {
    return spawn(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, 'exec', ...args], { ...this.options(), stdio: ['ignore', 'pipe', 'pipe'] });
  }
}

/** Gives a path (and everything below it) to the user exec runs as. */
export function handOver(path: string, uid: number, gid: number): void {
  lchownSync(path, uid, gid);
  if (lstatSync(path).isDirectory() && !lstatSync(path).isSymbolicLink()) for (const e of readdirSync(path)) handOver(join(path, e), uid, gid);
}

/** A stand-in pg_basebackup that builds a data directory of PostgreSQL `version` and exits 0. */
export const BASEBACKUP_OK = (version = '15'): string => `for a; do case "$a" in --pgdata=*) d=\${a#--pgdata=};; esac; done\nmkdir -p "$d"; echo ${version} > "$d/PG_VERSION"`;

export async function until(condition: () => boolean, message: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((r) => setTimeout(r, 50));
  }
}
