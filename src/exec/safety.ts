/**
 * The paths exec may remove or write. A plan is data that may come from anywhere, and a
 * wrong data_dir is one `rm -rf` away from a lost machine, so every path is checked before
 * anything runs, and again right before a removal.
 */
import { lstatSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, posix } from 'node:path';

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
 * Why a directory may not be removed or written as a data directory, or [] when it may.
 * `what` names it in messages ("data directory", "WAL directory" ...).
 */
export function directoryProblems(path: string | null | undefined, what: string, facts: PathFacts = systemFacts): string[] {
  if (!path) return [`there is no ${what} (postgresql.data_dir is not set)`];
  if (!posix.isAbsolute(path)) return [`${what} '${path}' is a relative path`];
  const normal = posix.resolve(path);
  const problems: string[] = [];
  if (normal !== path.replace(/(.)\/+$/, '$1')) problems.push(`${what} '${path}' is not a normalised path (it has '.', '..' or '//' in it)`);
  if (normal === '/') return [`${what} is /`];
  if (SYSTEM_DIRS.has(normal)) problems.push(`${what} ${normal} is a system directory`);
  for (const home of new Set(facts.homes().filter((h) => posix.isAbsolute(h) && h !== '/').map((h) => posix.resolve(h)))) {
    if (home === normal) problems.push(`${what} ${normal} is a home directory`);
    else if (home.startsWith(normal + '/')) problems.push(`${what} ${normal} contains the home directory ${home}`);
  }
  const st = facts.lstat(normal);
  if (st?.isSymbolicLink()) problems.push(`${what} ${normal} is a symlink (to ${safeRealpath(normal, facts)}): exec does not follow it`);
  else if (st && !st.isDirectory()) problems.push(`${what} ${normal} exists and is not a directory`);
  else if (st && isMountPoint(normal, st, facts)) problems.push(`${what} ${normal} is a mount point`);
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
