/**
 * The plan of a new member of a running cluster: the file's local settings with the
 * cluster's dynamic configuration, clone source, followed member and versions.
 */
import { UsageError } from '../diagnostic.js';
import { formatVersion, NEWEST_SUPPORTED, OLDEST_SUPPORTED, resolvePatroniVersion } from '../facts/patroni-versions.js';
import { buildPlan, DEFAULT_PG_VERSION, parseCloneFrom, parsePgVersion, type PlanTarget } from '../plan/build-plan.js';
import type { Plan } from '../plan/plan-types.js';
import type { PyDict } from '../py/value.js';
import { clusterTarget } from './cluster-target.js';
import { inClusterTerms } from './cluster-terms.js';
import type { ClusterSnapshot } from './snapshot.js';

export interface ClusterPlanOptions {
  patroniVersion?: string;
  pgVersion?: string;
  cloneFrom?: string;
}

export function planForCluster(root: PyDict, files: string[], snapshot: ClusterSnapshot, options: ClusterPlanOptions): Plan {
  const t = clusterTarget(root, snapshot);
  const notes: string[] = [];
  const versions = targetVersions(t.patroniVersion, t.pgVersion, options, notes);
  let clone = t.clone;
  if (options.cloneFrom !== undefined) {
    const given = parseCloneFrom(options.cloneFrom);
    if ('error' in given) throw new UsageError(given.error);
    clone = given;
    notes.push(`--clone-from ${options.cloneFrom} replaces the member Patroni would pick`);
  }
  const target: PlanTarget = { ...versions, clone, cluster: { follow: t.follow, bootstrapNote: t.bootstrapNote, replicaNotes: [...t.replicaNotes, ...notes] } };
  return inClusterTerms(buildPlan(t.root, files, target));
}

/** The flags win; what the member reports fills in the rest, with a note where the two disagree. */
function targetVersions(running: string, runningPg: string | undefined, options: ClusterPlanOptions, notes: string[]): Pick<PlanTarget, 'patroni' | 'patroniRecorded' | 'pgVersion'> {
  const patroniText = options.patroniVersion ?? running;
  const patroni = resolvePatroniVersion(patroniText);
  if (!patroni) {
    if (options.patroniVersion !== undefined) throw new UsageError(`unsupported --patroni-version '${options.patroniVersion}': use 3.0, 3.3, 4.0, 4.1 or a release between 3.0.0 and 4.1.4`);
    throw new UsageError(`the cluster runs Patroni ${running}, which patroni-plan has no facts for (${OLDEST_SUPPORTED} to ${NEWEST_SUPPORTED}): give --patroni-version`);
  }
  if (options.patroniVersion !== undefined && formatVersion(patroni.version) !== running) notes.push(`planned for Patroni ${formatVersion(patroni.version)} as --patroni-version says; the member asked runs ${running}`);
  const pgText = options.pgVersion ?? runningPg ?? DEFAULT_PG_VERSION;
  const pgVersion = parsePgVersion(pgText);
  if (!pgVersion) {
    if (options.pgVersion !== undefined) throw new UsageError(`unsupported --pg-version '${options.pgVersion}': use 9.6 or 10 to 18`);
    throw new UsageError(`the cluster runs PostgreSQL ${pgText}, which patroni-plan has no facts for: give --pg-version`);
  }
  if (options.pgVersion !== undefined && runningPg !== undefined && pgVersion !== runningPg) notes.push(`planned for PostgreSQL ${pgVersion} as --pg-version says; the member asked runs PostgreSQL ${runningPg}`);
  if (runningPg === undefined && options.pgVersion === undefined) notes.push(`the member asked did not report its PostgreSQL version (not running?): planned for PostgreSQL ${pgVersion}`);
  return { patroni: patroni.version, patroniRecorded: patroni.recorded, pgVersion };
}
