/**
 * What a WAL directory (pg_wal; pg_xlog before PostgreSQL 10) may hold. Patroni removes the
 * target of a pg_wal symlink with the data directory, whatever it holds. A link that leads to
 * something else (a mistyped `initdb --waldir ~/docs`, a link to a shared directory) would take
 * a user's files with it, so exec removes a linked WAL directory only when it holds nothing but
 * what PostgreSQL writes there, or the user named it with --allow-wipe.
 */
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

const SEGMENT = '[0-9A-F]{24}';
const TIMELINE = '[0-9A-F]{8}';
/** Files PostgreSQL (and pg_receivewal, restore_command's copies) write directly into pg_wal. */
const WAL_FILES = new RegExp(
  `^(?:${SEGMENT}(?:\\.partial|\\.[0-9A-F]{8}\\.backup)?|${TIMELINE}\\.history|xlogtemp\\.[0-9]+|RECOVERYXLOG|RECOVERYHISTORY)$`,
);
/** The subdirectories PostgreSQL keeps in pg_wal, each with the names of the files it holds. */
const WAL_SUBDIRS: Record<string, RegExp> = {
  archive_status: new RegExp(`^(?:${SEGMENT}(?:\\.partial|\\.[0-9A-F]{8}\\.backup)?|${TIMELINE}\\.history)\\.(?:ready|done)$`),
  // PostgreSQL 17's WAL summaries: timeline, start and end LSN; temp.summary while one is written.
  summaries: /^(?:[0-9A-F]{40}|temp)\.summary$/,
};
/** How many stray names a message quotes. */
const QUOTED = 5;

/** The pg_wal and pg_xlog symlinks of a data directory that lead to an existing directory, with their real targets. */
export function walLinks(dataDir: string): { link: string; target: string }[] {
  const links: { link: string; target: string }[] = [];
  for (const name of ['pg_xlog', 'pg_wal']) {
    const link = join(dataDir, name);
    if (isSymlink(link) && existsSync(link)) links.push({ link, target: realpathSync(link) });
  }
  return links;
}

/** Entries of a WAL directory that PostgreSQL does not write there (paths relative to it). */
export function strayWalEntries(dir: string): string[] {
  const stray: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (WAL_FILES.test(name) && isFile(path)) continue;
    const inside = WAL_SUBDIRS[name];
    if (inside && isRealDirectory(path)) stray.push(...readdirSync(path).filter((n) => !(inside.test(n) && isFile(join(path, n)))).map((n) => `${name}/${n}`));
    else stray.push(name);
  }
  return stray;
}

/**
 * Why the WAL directory a pg_wal link leads to may not be removed with the data directory,
 * or undefined when it holds only WAL or the user named it (`allowed`: real paths of --allow-wipe).
 */
export function walTargetProblem(target: string, allowed: readonly string[]): string | undefined {
  if (allowed.includes(target)) return undefined;
  let stray: string[];
  try {
    stray = strayWalEntries(target);
  } catch (err) {
    return `it cannot be read (${(err as NodeJS.ErrnoException).code ?? err}), so exec cannot tell that it holds only WAL; name it with --allow-wipe ${target} to remove it anyway`;
  }
  if (stray.length === 0) return undefined;
  const quoted = stray.slice(0, QUOTED).join(', ') + (stray.length > QUOTED ? ` and ${stray.length - QUOTED} more` : '');
  return `it holds files that are not WAL (${quoted}): exec removes a linked WAL directory only when it holds nothing else; name it with --allow-wipe ${target} to remove it anyway`;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

function isRealDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
