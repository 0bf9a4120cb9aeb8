/**
 * How the data directory is removed, as Patroni removes it
 * (Postgresql.remove_data_directory, which also empties the targets of a pg_wal link and of
 * tablespace links; exec does the same but says so, and checks each target first).
 */
import { existsSync, lstatSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { identityOf } from './real-path.js';
import { directoryProblems, SafetyError, systemFacts, type PathFacts } from './safety.js';
import { walLinks, walTargetProblem } from './wal-dir.js';
import { markRemoved, wipeRecheck, type WipeGrant } from './wipe-policy.js';

/** What was in the data directory before the run, so a failed bootstrap removes only what it created. */
export interface DataDirSnapshot {
  existed: boolean;
  entries: Set<string>;
}

export function snapshotDataDir(path: string): DataDirSnapshot {
  if (!existsSync(path)) return { existed: false, entries: new Set() };
  return { existed: true, entries: new Set(readdirSync(path)) };
}

/** Removes what the run added: the directory itself when it did not exist, else the new entries. */
export function removeCreated(path: string, before: DataDirSnapshot, say: (message: string) => void, grant: WipeGrant | undefined): void {
  if (!existsSync(path)) return;
  if (!before.existed) {
    removeDataDir(path, say, grant);
    return;
  }
  const changed = grant && wipeRecheck(path, grant);
  if (changed) {
    say(`${changed}: what the run created in it is left in place`);
    return;
  }
  const added = readdirSync(path).filter((n) => !before.entries.has(n));
  for (const name of added) rmSync(join(path, name), { recursive: true, force: true });
  say(`removed ${added.length} entr${added.length === 1 ? 'y' : 'ies'} the run created in ${path} (the directory existed before, so it stays)`);
}

/** The links Patroni follows when it removes a data directory: pg_wal/pg_xlog and numeric pg_tblspc entries. */
export function followedLinks(path: string): { link: string; target: string; what: string }[] {
  const links: { link: string; target: string; what: string }[] = walLinks(path).map((l) => ({ ...l, what: 'WAL directory' }));
  const tblspc = join(path, 'pg_tblspc');
  if (existsSync(tblspc) && !isSymlink(tblspc)) {
    for (const name of readdirSync(tblspc)) {
      const link = join(tblspc, name);
      if (/^[1-9][0-9]*$/.test(name) && isSymlink(link) && existsSync(link)) links.push({ link, target: realpathSync(link), what: 'tablespace directory' });
    }
  }
  return links;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Removes the data directory as Patroni does. Every directory it would remove is checked
 * first, and nothing is removed when one of them is unsafe. With a grant (see
 * wipe-policy.ts), the directory must still be the one the checks before the run saw.
 */
export function removeDataDir(path: string, say: (message: string) => void, grant: WipeGrant | undefined, facts: PathFacts = systemFacts): void {
  const problems = directoryProblems(path, 'data directory', facts);
  if (problems.length) throw new SafetyError(problems.join('; '));
  if (!grant) throw new SafetyError(`exec did not check ${path} for removal before the run: it is not removed`);
  const changed = wipeRecheck(path, grant);
  if (changed) throw new SafetyError(`${changed}: it is not removed`);
  if (!existsSync(grant.real)) {
    say(`${path} does not exist: nothing to remove`);
    return;
  }
  const links = followedLinks(grant.real).filter((l) => l.target !== grant.real && !l.target.startsWith(grant.real + '/'));
  for (const l of links) {
    const p = directoryProblems(l.target, l.what, facts);
    const owner = identityOf(l.target)?.uid;
    if (owner !== grant.uid) p.push(`it belongs to another user (uid ${owner})`);
    const notWal = l.what === 'WAL directory' ? walTargetProblem(l.target, grant.allowWipe) : undefined;
    if (notWal) p.push(notWal);
    if (p.length) throw new SafetyError(`${l.link} links to ${l.target}, which Patroni would remove too: ${p.join('; ')}`);
  }
  for (const l of links) {
    say(`following the symlink ${l.link} out of the data directory: removing ${l.target} (${l.what}), as Patroni does`);
    rmSync(l.target, { recursive: true, force: true });
  }
  // The last look before the removal: a directory swapped in since the checks is left alone.
  const last = wipeRecheck(path, grant);
  if (last) throw new SafetyError(`${last}: it is not removed`);
  rmSync(grant.real, { recursive: true, force: true });
  markRemoved(grant);
  say(`removed ${path}`);
}
