/**
 * Which data directory exec may empty. Patroni never wipes an existing cluster to clone over
 * it (it starts it instead), so exec removes only what it can prove is safe to lose:
 *
 * - a directory that did not exist or was empty (as Patroni counts it) when the run began:
 *   whatever is in it later, the run put there;
 * - a PostgreSQL data directory of this plan's major version (`PG_VERSION`), owned by the
 *   user running exec and not in use by a server;
 * - a directory the user named with `--allow-wipe DIR` (the same real path).
 *
 * Anything else is refused before the first step, and so is a pg_wal link whose target holds
 * anything but WAL (wal-dir.ts), unless --allow-wipe names that target too. The grant remembers
 * the real path and the identity (device, inode) the checks saw, and every removal checks both
 * again right before it. A directory that appears during the run is the run's own only when
 * one of its programs made it; one that appears between them is never removed.
 */
import { basename } from 'node:path';
import { readSmallFile } from '../load/read-bounded.js';
import { isDataDirEmpty, runningPostmaster } from './data-dir-state.js';
import { identityOf, realPathOf, sameIdentity, type DirIdentity } from './real-path.js';
import { walLinks, walTargetProblem } from './wal-dir.js';

export interface WipeGrant {
  /** Why the directory may be removed. */
  kind: 'absent' | 'empty' | 'cluster' | 'allowed';
  /** The real path the checks saw. */
  real: string;
  /** The directory as it was when checked; absent when it did not exist yet. */
  identity?: DirIdentity;
  /** The user the run's children create files as. */
  uid: number;
  /** The real paths the user named with --allow-wipe: a linked WAL directory among them is removed whatever it holds. */
  allowWipe: string[];
}

export interface WipeInput {
  dataDir: string;
  pgVersion: string;
  allowWipe: string[];
  uid: number;
}

export function decideWipe(input: WipeInput): { grant: WipeGrant } | { problem: string } {
  const real = realPathOf(input.dataDir);
  const identity = identityOf(real);
  const base = { real, uid: input.uid, allowWipe: input.allowWipe.map((d) => realPathOf(d)) };
  if (!identity) return { grant: { kind: 'absent', ...base } };
  const decided = existingKind(real, identity, input, base.allowWipe);
  if ('problem' in decided) return decided;
  const wal = linkedWalProblem(input.dataDir, real, base.allowWipe);
  return wal ? { problem: wal } : { grant: { kind: decided.kind, identity, ...base } };
}

function existingKind(real: string, identity: DirIdentity, input: WipeInput, allowed: string[]): { kind: WipeGrant['kind'] } | { problem: string } {
  if (isDataDirEmpty(real)) return { kind: 'empty' };
  if (allowed.includes(real)) return { kind: 'allowed' };
  const why = notOurCluster(real, identity, input);
  if (why === undefined) return { kind: 'cluster' };
  return {
    problem:
      `the data directory ${input.dataDir} is not empty and exec may have to remove it, but ${why}: exec removes only a directory it creates, ` +
      `an empty one, or a PostgreSQL ${input.pgVersion} data directory of the user running it; name it with --allow-wipe ${real} to remove it anyway`,
  };
}

/** A pg_wal link out of the data directory whose target holds more than WAL: Patroni would remove that too. */
function linkedWalProblem(dataDir: string, real: string, allowed: string[]): string | undefined {
  for (const l of walLinks(real)) {
    if (l.target === real || l.target.startsWith(real + '/')) continue;
    const why = walTargetProblem(l.target, allowed);
    if (why) return `the data directory ${dataDir} has a ${basename(l.link)} symlink to ${l.target}, which Patroni removes with the data directory, but ${why}`;
  }
  return undefined;
}

/** Why a non-empty directory is not provably a data directory of this configuration, or undefined when it is. */
function notOurCluster(real: string, identity: DirIdentity, input: WipeInput): string | undefined {
  if (identity.uid !== input.uid) return `it belongs to another user (uid ${identity.uid})`;
  // A FIFO or a device named PG_VERSION must not hang or flood exec.
  const version = readSmallFile(`${real}/PG_VERSION`, 64)?.trim();
  if (version === undefined) return 'it has no PG_VERSION file, so it is not a PostgreSQL data directory';
  if (version !== input.pgVersion) return `it is a PostgreSQL ${version} data directory, and the plan is for PostgreSQL ${input.pgVersion}`;
  const pid = runningPostmaster(real);
  if (pid !== undefined) return `a server (pid ${pid}) is running on it`;
  return undefined;
}

/** After the run removed the directory, whatever appears there later is the run's own. */
export function markRemoved(grant: WipeGrant): void {
  grant.kind = 'absent';
  delete grant.identity;
}

/**
 * Checked right before a removal: still the same real path, and still the directory the
 * checks saw (or, for one the run created, one the running user owns). Returns why not.
 */
export function wipeRecheck(dataDir: string, grant: WipeGrant): string | undefined {
  const real = realPathOf(dataDir);
  if (real !== grant.real) return `${dataDir} now leads to ${real}, not to ${grant.real} as when it was checked`;
  const now = identityOf(real);
  if (!now) return undefined;
  if (!now.isDirectory) return `${real} is no longer a directory`;
  if (grant.identity) return sameIdentity(grant.identity, now) ? undefined : `${real} was replaced since it was checked`;
  if (now.uid !== grant.uid) return `${real} was created by another user (uid ${now.uid}) during the run`;
  return (
    `${real} appeared during the run, but not while one of the run's programs ran (someone made it between two steps, ` +
    `such as the wait between pg_basebackup attempts), so it is not the run's to remove; move it away and run exec again`
  );
}

/**
 * Runs one of the run's programs. What it leaves at the data directory's path becomes the
 * run's own when the path was missing before it, or held the directory the grant covers: the
 * program made it (pg_basebackup, initdb, a restore script). A directory that was already
 * there and is not the granted one stays someone else's.
 */
export async function runAdopting<T>(grant: WipeGrant | undefined, program: () => Promise<T>): Promise<T> {
  if (!grant) return program();
  const before = identityOf(grant.real);
  try {
    return await program();
  } finally {
    const now = identityOf(grant.real);
    const ours = before === undefined || sameIdentity(before, grant.identity);
    if (ours && now?.isDirectory && now.uid === grant.uid) grant.identity = now;
  }
}
