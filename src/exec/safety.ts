/**
 * The paths exec may remove or write. A plan is data that may come from anywhere, and a
 * wrong data_dir is one `rm -rf` away from a lost machine, so every path is checked before
 * anything runs, and again right before a removal.
 */
import { lstatSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, posix } from 'node:path';
import { realPathOf } from './real-path.js';

export class SafetyError extends Error {}

/** Facts about the machine the checks depend on; tests pass their own. */
export interface PathFacts {
  homes: () => string[];
  lstat: (path: string) => Stats | undefined;
  realpath: (path: string) => string;
  mountPoints: () => Set<string>;
}

export const systemFacts: PathFacts = {
  homes: () => [homedir(), ...passwdHomes()],
  lstat: (path) => {
    try {
      return lstatSync(path);
    } catch {
      return undefined;
    }
  },
  realpath: (path) => realpathSync(path),
  mountPoints,
};

/** Directories whose removal would break the machine even when no home lives below them. */
const SYSTEM_DIRS = new Set([
  '/bin', '/boot', '/dev', '/etc', '/home', '/lib', '/lib32', '/lib64', '/libx32', '/media', '/mnt', '/opt', '/proc',
  '/root', '/run', '/sbin', '/srv', '/sys', '/tmp', '/usr', '/usr/local', '/var', '/var/lib', '/var/tmp', '/var/run',
]);

/**
 * Trees that hold the system itself: nothing at or below them is a data directory
 * (`/usr/lib`, `/etc/ssh`, `/var/log`). `/usr/local` is left out: `/usr/local/pgsql/data` is
 * PostgreSQL's own default.
 */
const SYSTEM_TREES = ['/bin', '/boot', '/dev', '/etc', '/lib', '/lib32', '/lib64', '/libx32', '/proc', '/sbin', '/sys', '/usr', '/var/log', '/var/cache', '/var/spool', '/var/mail', '/var/backups'];

function inSystemTree(path: string): string | undefined {
  if (path === '/usr/local' || path.startsWith('/usr/local/')) return undefined;
  return SYSTEM_TREES.find((t) => path === t || path.startsWith(t + '/'));
}

/**
 * Why a directory may not be removed or written as a data directory, or [] when it may.
 * `what` names it in messages ("data directory", "WAL directory" ...). The checks apply to
 * the path as written and to its real path (through symlinked ancestors).
 */
export function directoryProblems(path: string | null | undefined, what: string, facts: PathFacts = systemFacts): string[] {
  if (!path) return [`there is no ${what} (postgresql.data_dir is not set)`];
  if (!posix.isAbsolute(path)) return [`${what} '${path}' is a relative path`];
  const normal = posix.resolve(path);
  const problems: string[] = [];
  if (normal !== path.replace(/(.)\/+$/, '$1')) problems.push(`${what} '${path}' is not a normalised path (it has '.', '..' or '//' in it)`);
  problems.push(...placeProblems(normal, what, facts));
  const real = realPathOf(normal, facts.realpath);
  if (real !== normal && facts.lstat(normal)?.isSymbolicLink() !== true) {
    problems.push(...placeProblems(real, what, facts).map((p) => `${p} (the real path of ${normal}, through a symlinked parent directory)`));
  }
  if (normal === '/' || real === '/') return problems;
  const st = facts.lstat(normal);
  if (st?.isSymbolicLink()) problems.push(`${what} ${normal} is a symlink (to ${safeRealpath(normal, facts)}): exec does not follow it`);
  else if (st && !st.isDirectory()) problems.push(`${what} ${normal} exists and is not a directory`);
  else if (st && isMountPoint(normal, st, facts)) problems.push(`${what} ${normal} is a mount point`);
  return problems;
}

/** What is wrong with the place itself: /, a system directory or tree, a home or a parent of one. */
function placeProblems(normal: string, what: string, facts: PathFacts): string[] {
  if (normal === '/') return [`${what} is /`];
  const problems: string[] = [];
  if (SYSTEM_DIRS.has(normal)) problems.push(`${what} ${normal} is a system directory`);
  else if (inSystemTree(normal)) problems.push(`${what} ${normal} is inside the system directory ${inSystemTree(normal)}`);
  for (const home of new Set(facts.homes().filter((h) => posix.isAbsolute(h) && h !== '/').map((h) => posix.resolve(h)))) {
    if (home === normal) problems.push(`${what} ${normal} is a home directory`);
    else if (home.startsWith(normal + '/')) problems.push(`${what} ${normal} contains the home directory ${home}`);
  }
  return problems;
}

function isMountPoint(path: string, st: Stats, facts: PathFacts): boolean {
  const parent = facts.lstat(dirname(path));
  return (parent !== undefined && parent.dev !== st.dev) || facts.mountPoints().has(path);
}

function safeRealpath(path: string, facts: PathFacts): string {
  try {
    return facts.realpath(path);
  } catch {
    return 'a missing target';
  }
}

/** Home directories of every account, so no data_dir can take one of them away. */
function passwdHomes(): string[] {
  try {
    return readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .map((line) => line.split(':')[5])
      .filter((h): h is string => !!h);
  } catch {
    return [];
  }
}

/** Mount points from /proc/self/mountinfo: a bind mount on the same device shows only there. */
function mountPoints(): Set<string> {
  try {
    return new Set(
      readFileSync('/proc/self/mountinfo', 'utf8')
        .split('\n')
        .map((line) => line.split(' ')[4])
        .filter((m): m is string => !!m)
        .map((m) => m.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)))),
    );
  } catch {
    return new Set();
  }
}

/**
 * Files exec may write or remove: the plan's pgpass file, its own temporary files, and files
 * directly inside the data directory (never below a link in it: writes use O_NOFOLLOW).
 */
export function filePathProblem(path: string, allowed: { dataDir: string; files: string[] }): string | undefined {
  if (!posix.isAbsolute(path)) return `'${path}' is a relative path`;
  if (posix.resolve(path) !== path) return `'${path}' is not a normalised path`;
  if (allowed.files.includes(path)) return undefined;
  if (dirname(path) === posix.resolve(allowed.dataDir)) return undefined;
  return `${path} is neither directly in the data directory ${allowed.dataDir} nor the pgpass file`;
}

/** `/pg/main/` and `/pg/main` are the same directory (`/` stays `/`). */
export const withoutTrailingSlash = (path: string): string => path.replace(/(.)\/+$/, '$1');
