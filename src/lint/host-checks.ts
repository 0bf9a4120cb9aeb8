/**
 * The checks of `patroni --validate-config` that depend on the machine they run on, run
 * only with `lint --host-checks`: the data directory, the PostgreSQL programs, whether the
 * listen ports are free and whether the DCS answers. Every result is a `host` diagnostic
 * at the value it concerns.
 */
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { readSmallFile } from '../load/read-bounded.js';
import { tcpConnects } from '../net/tcp-connects.js';
import { delimiter, join } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { dictGet, dictPath } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import type { PyDict, PyValue } from '../py/value.js';
import { hostOf } from '../rules/connect-address.js';

/** The programs --validate-config looks for in bin_dir (pg_rewind is optional). */
const PROGRAMS = ['pg_ctl', 'initdb', 'pg_controldata', 'pg_basebackup', 'postgres', 'pg_isready'];
const TIMEOUT_MS = 1500;

function finding(v: PyValue | undefined, file: string, message: string): Diagnostic {
  const s = v?.span;
  return { ruleId: 'host', severity: 'error', message, file: s?.file ?? file, line: s?.line ?? 1, col: s?.col ?? 1, ...(s?.envVar && { envVar: s.envVar }) };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function which(program: string, dirs: string[]): boolean {
  return program.includes('/') ? isExecutable(program) : dirs.some((d) => isExecutable(join(d, program)));
}

function dataDirChecks(pg: PyValue | undefined, file: string): Diagnostic[] {
  const v = dictGet(pg, 'data_dir');
  if (v?.kind !== 'str' || v.value === '') return [];
  const dir = v.value;
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [finding(v, file, `postgresql.data_dir ${dir} is not a directory`)];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [finding(v, file, `postgresql.data_dir ${dir} cannot be read by this user`)];
  }
  if (!entries.length) return [];
  if (!entries.includes('PG_VERSION')) return [finding(v, file, `postgresql.data_dir ${dir} is not empty but has no PG_VERSION: it does not look like a data directory`)];
  // data_dir comes from the configuration under review: PG_VERSION there may be a FIFO or a device.
  const version = (readSmallFile(join(dir, 'PG_VERSION'), 64) ?? '').trim();
  const wal = Number(version) >= 10 ? 'pg_wal' : 'pg_xlog';
  return entries.includes(wal) ? [] : [finding(v, file, `postgresql.data_dir ${dir} has no ${wal} directory`)];
}

function programChecks(pg: PyValue | undefined, file: string): Diagnostic[] {
  const binDir = dictGet(pg, 'bin_dir');
  const names = dictGet(pg, 'bin_name');
  const dirs = binDir?.kind === 'str' && binDir.value ? [binDir.value] : (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  if (binDir?.kind === 'str' && binDir.value && !existsSync(binDir.value)) return [finding(binDir, file, `postgresql.bin_dir ${binDir.value} does not exist`)];
  const out: Diagnostic[] = [];
  for (const program of PROGRAMS) {
    const custom = dictGet(names, program);
    const name = custom !== undefined && custom.kind !== 'none' ? pyStr(custom) : program;
    if (!which(name, dirs)) out.push(finding(custom ?? binDir, file, `${name} is not an executable in ${binDir?.kind === 'str' && binDir.value ? binDir.value : '$PATH'}`));
  }
  return out;
}

function hostPort(text: string): { host: string; port: number } | undefined {
  const m = /^(.*):\s*(\d{1,5})\s*$/.exec(text);
  return m ? { host: hostOf(text), port: Number(m[2]) } : undefined;
}

/** A wildcard listen address is reached on loopback. */
function canConnect(host: string, port: number): Promise<boolean> {
  return tcpConnects(host === '*' || host === '0.0.0.0' ? '127.0.0.1' : host, port, TIMEOUT_MS);
}

async function networkChecks(root: PyDict, file: string): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const path of ['restapi.listen', 'postgresql.listen']) {
    const v = dictPath(root, ...path.split('.'));
    const hp = v?.kind === 'str' ? hostPort(v.value.split(',').pop()!.trim()) : undefined;
    if (hp && (await canConnect(hp.host.split(',')[0]!, hp.port))) out.push(finding(v, file, `${path}: port ${hp.port} is already in use on this machine`));
  }
  for (const dcs of ['etcd', 'etcd3', 'consul', 'zookeeper']) {
    const section = dictGet(root, dcs);
    const hosts = dictGet(section, 'hosts') ?? dictGet(section, 'host');
    const list = hosts?.kind === 'list' ? hosts.items : hosts?.kind === 'str' ? hosts.value.split(',').map((h): PyValue => ({ ...hosts, value: h.trim() })) : [];
    for (const h of list) {
      const hp = h.kind === 'str' ? hostPort(h.value) : undefined;
      if (hp && !(await canConnect(hp.host, hp.port))) out.push(finding(h, file, `${dcs}: ${hp.host}:${hp.port} is not reachable from this machine`));
    }
  }
  return out;
}

export async function hostChecks(root: PyDict, file: string): Promise<Diagnostic[]> {
  const pg = dictGet(root, 'postgresql');
  return [...dataDirChecks(pg, file), ...programChecks(pg, file), ...(await networkChecks(root, file))];
}
