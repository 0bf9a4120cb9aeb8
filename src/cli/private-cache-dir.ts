/**
 * The files of the code cache (load-bundle.ts) are compiled code that patroni-plan runs, and
 * V8 checks little of them (its version, flags and the source's length, not the contents), so
 * whoever can write them can make patroni-plan run their code, as whoever runs it (root in
 * CI). This module hands out the cache directory only when nobody else can write there, and
 * reads and writes its files only when nobody else can have made them:
 * - `$XDG_CACHE_HOME` must be absolute (the XDG base directory spec: a relative one is
 *   ignored, as a repository could ship it); `~/.cache` otherwise.
 * - every directory of its real path: owned by us or root, and not writable by group or
 *   others unless sticky (`/tmp`), where only an entry's owner may rename or remove it.
 * - `patroni-plan/` and `compile-cache/`: created 0700 (the umask can only take bits away),
 *   not a symlink, ours, not writable by group or others; 0700 exactly in a shared parent or
 *   when Node writes inside it with the umask's modes (the compile cache).
 * - a cache file: opened without following a symlink and without waiting (a FIFO), then,
 *   on the open file, a regular file of ours not writable by group or others, and no larger
 *   than the caller's cap; written to a new file (`O_EXCL|O_NOFOLLOW`, 0600), then renamed.
 * Anything else is ignored: the cache only ever changes how fast patroni-plan starts.
 *
 * On Windows there is no uid and no mode to check (process.geteuid is undefined): the
 * directory is %LOCALAPPDATA%'s, which its ACL keeps to the user, and only the symlink and
 * regular-file checks apply.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, renameSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';

const UID = process.geteuid?.();
// Undefined on Windows, where there is nothing to follow or wait for in the same way.
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const DIRECTORY = constants.O_DIRECTORY ?? 0;
const GROUP_OTHER_WRITE = 0o022;
const GROUP_OTHER_ANY = 0o077;
const STICKY = 0o1000;

/** `$XDG_CACHE_HOME/patroni-plan` or `~/.cache/patroni-plan`, created if missing; undefined when not safe to use. */
export function privateCacheDir(): string | undefined {
  const base = cacheBase();
  if (base === undefined) return undefined;
  try {
    if (UID === undefined) return privateDir(join(base, 'patroni-plan'), false);
    const real = realBase(base);
    const shared = sharedOrTrusted(real);
    return shared === undefined ? undefined : privateDir(join(real, 'patroni-plan'), shared);
  } catch {
    return undefined;
  }
}

/** A directory of its own under a private cache directory, for a cache that another writes (Node's compile cache). */
export function privateSubdir(dir: string, name: string): string | undefined {
  try {
    return privateDir(join(dir, name), true);
  } catch {
    return undefined;
  }
}

function cacheBase(): string | undefined {
  if (process.platform === 'win32') return absolute(process.env.LOCALAPPDATA);
  return absolute(process.env.XDG_CACHE_HOME) ?? homeCache();
}

function absolute(path: string | undefined): string | undefined {
  return path && isAbsolute(path) ? path : undefined;
}

function homeCache(): string | undefined {
  try {
    return absolute(join(homedir(), '.cache'));
  } catch {
    return undefined;
  }
}

/** The base's real path (created 0700 if missing): from here on, a symlink swapped in above it changes nothing. */
function realBase(base: string): string {
  try {
    return realpathSync.native(base);
  } catch {
    mkdirSync(base, { recursive: true, mode: 0o700 });
    return realpathSync.native(base);
  }
}

/**
 * Whether the real path can be trusted, from the root down: undefined if not; otherwise
 * whether the base itself is shared (writable by group or others, and sticky), so that what
 * is put into it must be private.
 */
function sharedOrTrusted(real: string): boolean | undefined {
  let shared = false;
  for (let path = real, parent = dirname(real); ; path = parent, parent = dirname(path)) {
    const st = lstatSync(path);
    if (!st.isDirectory() || (st.uid !== UID && st.uid !== 0)) return undefined;
    if (st.mode & GROUP_OTHER_WRITE) {
      if (!(st.mode & STICKY)) return undefined;
      if (path === real) shared = true;
    }
    if (parent === path) return shared;
  }
}

/** `dir` created 0700 if missing, then checked: not a symlink, ours, not writable by others (private: 0700). */
function privateDir(dir: string, mustBePrivate: boolean): string | undefined {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    // made by an earlier run, or a concurrent one: checked below like any other
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const st = lstatSync(dir);
  if (!st.isDirectory() || !ours(st, mustBePrivate ? GROUP_OTHER_ANY : GROUP_OTHER_WRITE)) return undefined;
  if (UID === undefined) return dir;
  // The directory checked is the directory opened: nothing was swapped in between.
  const fd = openSync(dir, constants.O_RDONLY | DIRECTORY | NOFOLLOW);
  try {
    const opened = fstatSync(fd);
    return opened.dev === st.dev && opened.ino === st.ino ? dir : undefined;
  } finally {
    closeSync(fd);
  }
}

/** Owned by the running user, with none of `bits` set; no check where there is no uid (Windows). */
function ours(st: Stats, bits: number): boolean {
  return UID === undefined || (st.uid === UID && (st.mode & bits) === 0);
}

/** The file's bytes if it is a regular file of ours, not writable by others, of at most `cap` bytes. */
export function readPrivateFile(path: string, cap: number): Buffer | undefined {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO opens at once (and is then refused) instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || !ours(st, GROUP_OTHER_WRITE) || st.size > cap) return undefined;
    const bytes = Buffer.allocUnsafe(st.size);
    let got = 0;
    for (let n = -1; got < bytes.length && n !== 0; got += n) n = readSync(fd, bytes, got, bytes.length - got, got);
    return bytes.subarray(0, got);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Written to a new file of its own (never one that was there, nor through a symlink), then
 * renamed over `file`: a concurrent run reads the old or the new, never half. False if not written.
 */
export function writePrivateFile(file: string, data: Buffer): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  let fd: number;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o600);
  } catch {
    return false;
  }
  let written = false;
  try {
    for (let done = 0; done < data.length; ) done += writeSync(fd, data, done, data.length - done);
    written = true;
  } catch {
    // a full disk, a quota: no cache this time
  }
  try {
    closeSync(fd);
    if (written) {
      renameSync(tmp, file);
      return true;
    }
  } catch {
    // as above
  }
  try {
    unlinkSync(tmp);
  } catch {
    // already gone
  }
  return false;
}

/** Removes `path` if it is a regular file of ours (not a symlink, not another user's) and `stale` says so. */
export function removePrivateFile(path: string, stale: (mtimeMs: number) => boolean): void {
  try {
    const st = lstatSync(path);
    if (st.isFile() && ours(st, 0) && stale(st.mtimeMs)) unlinkSync(path);
  } catch {
    // another run removed it
  }
}
