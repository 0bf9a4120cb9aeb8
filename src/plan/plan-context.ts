/**
 * Everything a branch builder needs: the versions, the effective configuration and the
 * node facts Patroni derives from it once (scope, data dir, program paths, pgpass).
 */
import { normpath, posixJoin } from '../py/path.js';
import type { PatroniVersion } from '../facts/patroni-versions.js';
import type { EffectiveConfig } from '../normalise/effective-config.js';
import { dictGet, strValue } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import type { PyDict, PyValue } from '../py/value.js';
import type { CloneSource } from './plan-types.js';

export interface PlanContext {
  patroni: PatroniVersion;
  /** PostgreSQL major as a number: 9.6, 10 ... 18. */
  pgMajor: number;
  config: EffectiveConfig;
  clone: CloneSource;
  /** The member followed after the clone when it is known to differ from the clone source (a running cluster's leader). */
  follow?: CloneSource;
  /** Placeholder names the builders used, so the plan lists exactly those. */
  used: Set<string>;
}

export const pg = (ctx: Pick<PlanContext, 'config'>, key: string): PyValue | undefined => dictGet(ctx.config.postgresql, key);

export function dataDir(ctx: PlanContext): string {
  const v = pg(ctx, 'data_dir');
  return v === undefined ? '' : pyStr(v);
}

export function scope(ctx: PlanContext): string {
  const v = ctx.config.scope;
  return v === undefined ? '' : pyStr(v);
}

export function memberName(ctx: PlanContext): string {
  const v = ctx.config.name;
  return v === undefined ? '' : pyStr(v);
}

/** `os.path.join(bin_dir, bin_name.get(cmd, cmd))`. */
export function programPath(ctx: PlanContext, cmd: string, binNameKnown: boolean): string {
  const binDir = strValue(pg(ctx, 'bin_dir')) ?? '';
  const names = pg(ctx, 'bin_name');
  const custom = binNameKnown && names?.kind === 'dict' ? dictGet(names, cmd) : undefined;
  return pathJoin(binDir, custom !== undefined && custom.kind !== 'none' ? pyStr(custom) : cmd);
}

/** Python's posixpath.join for two parts. */
export function pathJoin(a: string, b: string): string {
  return posixJoin(a, b);
}

export function authentication(ctx: PlanContext, role: 'superuser' | 'replication'): PyDict {
  const auth = dictGet(pg(ctx, 'authentication'), role);
  return auth?.kind === 'dict' ? auth : { kind: 'dict', entries: [] };
}

/** `os.path.abspath`: a relative path is resolved against Patroni's working directory, `${cwd}`. */
export function absPath(ctx: Pick<PlanContext, 'used'> | { used?: Set<string> }, path: string): string {
  if (path.startsWith('/')) return normpath(path);
  const relative = normpath(path);
  return relative === '.' ? placeholder(ctx, 'cwd') : `${placeholder(ctx, 'cwd')}/${relative}`;
}

/**
 * Where a file Patroni writes into the data directory lands: Patroni joins the configured
 * data_dir as it is, so a relative one is relative to its working directory (every release 3.0–4.1).
 */
export function dataDirFile(ctx: PlanContext, name: string): string {
  const dir = dataDir(ctx);
  return pathJoin(dir === '' || dir.startsWith('/') ? dir : absPath(ctx, dir), name);
}

/** `postgresql.pgpass` made absolute (os.path.abspath), else `~/pgpass` (Patroni's default name has no dot). */
export function pgpassPath(ctx: PlanContext): string {
  const v = pg(ctx, 'pgpass');
  if (v !== undefined && v.kind !== 'none' && pyStr(v) !== '') return absPath(ctx, pyStr(v));
  ctx.used.add('home');
  return '${home}/pgpass';
}

export function placeholder(ctx: Pick<PlanContext, 'used'> | { used?: Set<string> }, name: string): string {
  ctx.used?.add(name);
  return '${' + name + '}';
}

/** Environment additions in name order, so a plan's JSON never depends on the order they were set in. */
export function sortedEnv(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `postgresql.database`, the database Patroni connects to (default postgres). */
export function database(ctx: PlanContext): string {
  const v = pg(ctx, 'database');
  return v === undefined || v.kind === 'none' ? 'postgres' : pyStr(v);
}
