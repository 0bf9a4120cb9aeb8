/**
 * The plan stage's entry point: an effective configuration and the target versions in, a
 * deterministic Plan out. Nothing here reads the clock, the environment or the disk.
 */
import type { PatroniVersion } from '../facts/patroni-versions.js';
import { formatVersion } from '../facts/patroni-versions.js';
import { effectiveConfig } from '../normalise/effective-config.js';
import type { PyDict } from '../py/value.js';
import { sealPlan } from './seal.js';
import { buildBootstrapBranch } from './bootstrap-branch.js';
import { dataDir, memberName, pgpassPath, scope, type PlanContext } from './plan-context.js';
import { PLACEHOLDERS, PLAN_FORMAT_VERSION, type CloneSource, type PlaceholderName, type Plan } from './plan-types.js';
import { buildRejoinBranch } from './rejoin-branch.js';
import { buildReplicaBranch } from './replica-branch.js';

export interface PlanTarget {
  patroni: PatroniVersion;
  patroniRecorded: boolean;
  pgVersion: PgVersion;
  clone: CloneSource;
  /** Set when the plan is for a new member of a running cluster (src/cluster/cluster-target.ts). */
  cluster?: ClusterFacts;
}

/** What a running cluster decides for a new member that the file alone cannot. */
export interface ClusterFacts {
  /** The member followed after the clone (the leader, or the replicatefrom member). */
  follow: CloneSource;
  /** Why the bootstrap branch does not run. */
  bootstrapNote: string;
  replicaNotes: string[];
}

export function buildPlan(root: PyDict, files: string[], target: PlanTarget): Plan {
  const ctx: PlanContext = {
    patroni: target.patroni,
    pgMajor: Number(target.pgVersion),
    config: effectiveConfig(root, target.patroni),
    clone: target.clone,
    ...(target.cluster && { follow: target.cluster.follow }),
    used: new Set(),
  };
  // An initialized cluster is never bootstrapped again: its new members only clone.
  const bootstrap = target.cluster ? { method: 'none', kind: 'none' as const, notes: [target.cluster.bootstrapNote], steps: [] } : buildBootstrapBranch(ctx);
  const replica = buildReplicaBranch(ctx);
  if (target.cluster) replica.notes.unshift(...target.cluster.replicaNotes);
  const rejoin = buildRejoinBranch(ctx);
  const rejected = ctx.config.dynamicRejected;
  if (rejected) {
    // Config.set_dynamic_configuration logs the exception and keeps only the defaults and the local settings.
    const note = `${rejected.why}, so Patroni ignores the whole bootstrap.dcs: slots, server parameters, synchronous_mode and the other dynamic settings come from Patroni's defaults and the local configuration`;
    for (const branch of [bootstrap, replica, rejoin]) branch.notes.unshift(note);
  }
  const node = {
    name: ctx.config.name === undefined ? null : memberName(ctx),
    scope: ctx.config.scope === undefined ? null : scope(ctx),
    data_dir: dataDir(ctx) || null,
    pgpass: pgpassPath(ctx),
  };
  const placeholders: Plan['placeholders'] = {};
  for (const name of [...ctx.used].sort()) {
    if (name in PLACEHOLDERS) placeholders[name as PlaceholderName] = PLACEHOLDERS[name as PlaceholderName];
  }
  return sealPlan({
    format_version: PLAN_FORMAT_VERSION,
    patroni_version: formatVersion(target.patroni),
    patroni_version_recorded: target.patroniRecorded,
    postgresql_version: target.pgVersion,
    config_files: files,
    node,
    clone_from: target.clone,
    placeholders,
    bootstrap,
    replica,
    rejoin,
  });
}

/** `--clone-from`: a URL as Patroni publishes it in the DCS, `none`, or absent (symbolic). */
export function parseCloneFrom(value: string | undefined): CloneSource | { error: string } {
  if (value === undefined) return { kind: 'symbolic' };
  if (value === 'none') return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: `--clone-from must be a URL like postgres://10.0.0.5:5432/postgres, or none; got '${value}'` };
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    return { error: `--clone-from must use the postgres:// scheme; got '${url.protocol}'` };
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return { kind: 'url', url: value, host, port: url.port || '5432', dbname: decodeURIComponent(url.pathname.replace(/^\//, '')) };
}

export const PG_VERSIONS = ['9.6', '10', '11', '12', '13', '14', '15', '16', '17', '18'] as const;
export type PgVersion = (typeof PG_VERSIONS)[number];
export const DEFAULT_PG_VERSION: PgVersion = '17';

export function parsePgVersion(value: string): PgVersion | undefined {
  const v = value.trim();
  return (PG_VERSIONS as readonly string[]).includes(v) ? (v as PgVersion) : undefined;
}
