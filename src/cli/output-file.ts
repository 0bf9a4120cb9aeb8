/**
 * `-o FILE` and `lint --fix`: the report, plan or fixed file goes to a file whole or not at
 * all, and the file keeps what made it the user's. A regular file (or a missing path) is
 * replaced atomically: a temporary file beside it takes the old file's mode and owner, then a
 * rename. A symlink is followed, and the file it points to is replaced the same way, so the
 * link stays a link; but not a symlink another user planted in /tmp (protected-symlinks.ts).
 * A FIFO is written through, as a shell's `>` would (a reader is waiting on it; there is
 * nothing to replace). Anything else (a device such as /dev/full, a socket, a directory, a
 * dangling symlink) is refused: renaming over it would destroy it. So is a read-only file:
 * the rename needs no permission on the file itself, and root has every permission
 * (docs/security.md, "Output files" and "Where -o and --fix write").
 */
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { crypto } from '../lazy-builtin.js';
import { PlantedSymlink, resolveRefusingPlantedSymlinks } from './protected-symlinks.js';
import { isStillAsRead, type ReadFile } from './unchanged-since-read.js';

/** Raised when the output cannot be written, or must not be: the CLI exits 2. */
export class UnwritableOutput extends Error {}

/** The file is no longer the one `unchangedSince` describes: nothing was written. */
export class ChangedSinceRead extends UnwritableOutput {}

export interface WriteOptions {
  /** Replace the file only if it is still exactly this (lint --fix: what it read). */
  unchangedSince?: ReadFile;
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a parent is not a directory',
  EISDIR: 'is a directory',
  EPIPE: 'the reader closed the pipe',
};

/** A write error in words, with its code for searching. */
export function writeErrorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (!code) return (err as Error).message;
  return REASONS[code] ? `${REASONS[code]} (${code})` : code;
}

export function writeOutputFile(path: string, content: string, options: WriteOptions = {}): void {
  const real = realTarget(path);
  const existing = statOrMissing(path);
  if (options.unchangedSince && (existing === 'missing' || !existing.isFile())) throw new ChangedSinceRead(`${path}: changed since it was read; nothing was written`);
  if (existing === 'missing') return replaceAtomically(real, content, undefined, options);
  if (existing.isFile()) {
    refuseReadOnly(path, existing);
    return replaceAtomically(real, content, existing, options);
  }
  if (existing.isFIFO()) return writeThrough(real, content);
  throw new UnwritableOutput(`${path}: ${refusal(existing)}; not written (-o writes a regular file or a FIFO: leave it out and redirect standard output instead)`);
}

function statOrMissing(path: string): Stats | 'missing' {
  try {
    return statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new UnwritableOutput(`${path}: cannot write: ${writeErrorReason(err)}`);
  }
  // stat follows symlinks: a link that leads nowhere is refused, not replaced by a file.
  if (isSymlink(path)) throw new UnwritableOutput(`${path}: is a symlink to a missing file; not written (name the file itself)`);
  return 'missing';
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function refusal(s: Stats): string {
  if (s.isDirectory()) return 'is a directory';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'is a device';
  if (s.isSocket()) return 'is a socket';
  return 'is not a regular file';
}

/**
 * Where the temporary file must go: beside the file the path leads to, so the rename replaces
 * that file and not a link to it; each link on the way checked as the kernel would.
 */
function realTarget(path: string): string {
  try {
    return resolveRefusingPlantedSymlinks(path);
  } catch (err) {
    if (err instanceof PlantedSymlink) throw new UnwritableOutput(err.message);
    throw new UnwritableOutput(`${path}: cannot write: ${writeErrorReason(err)}`);
  }
}

/** Root may write any file, and a rename needs no permission on the file at all: its mode alone says "keep". */
function refuseReadOnly(path: string, s: Stats): void {
  if ((s.mode & 0o222) === 0) throw new UnwritableOutput(`${path}: is read-only (mode ${(s.mode & 0o7777).toString(8).padStart(4, '0')}); not written`);
  try {
    accessSync(path, constants.W_OK);
  } catch (err) {
    throw new UnwritableOutput(`${path}: cannot write: ${writeErrorReason(err)}; not written`);
  }
}

function replaceAtomically(target: string, content: string, old: Stats | undefined, options: WriteOptions): void {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${crypto().randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    // O_EXCL: never write into a file someone else put at the temporary name.
    fd = openSync(tmp, 'wx', 0o600);
    writeAll(fd, content);
    if (old) keepModeAndOwner(fd, old, target);
    else fchmodSync(fd, 0o666 & ~process.umask());
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.unchangedSince) checkAsRead(target, options.unchangedSince);
    else checkUnchanged(target, old);
    renameSync(tmp, target);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(tmp);
    if (err instanceof UnwritableOutput) throw err;
    throw new UnwritableOutput(`${target}: cannot write: ${writeErrorReason(err)}; nothing was written`);
  }
}

function writeAll(fd: number, content: string): void {
  const bytes = Buffer.from(content, 'utf8');
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

function keepModeAndOwner(fd: number, old: Stats, target: string): void {
  fchmodSync(fd, old.mode & 0o7777);
  if (typeof process.getuid === 'function' && (old.uid !== process.getuid() || old.gid !== process.getgid?.())) {
    try {
      fchownSync(fd, old.uid, old.gid);
    } catch (err) {
      throw new UnwritableOutput(`${target}: cannot keep its owner (uid ${old.uid}, gid ${old.gid}): ${writeErrorReason(err)}; not written`);
    }
    // chown clears the set-id bits: put the mode back.
    fchmodSync(fd, old.mode & 0o7777);
  }
}

/** The path must still be what was checked: a file swapped for a device or a link meanwhile is not replaced. */
function checkUnchanged(target: string, old: Stats | undefined): void {
  let now: Stats | undefined;
  try {
    now = lstatSync(target);
  } catch {
    now = undefined;
  }
  const same = old === undefined ? now === undefined : now !== undefined && now.isFile() && now.ino === old.ino && now.dev === old.dev;
  if (!same) throw new UnwritableOutput(`${target}: changed while the output was being written; not written`);
}

/** Last thing before the rename: an edit made since the read must not be lost. */
function checkAsRead(target: string, read: ReadFile): void {
  if (!isStillAsRead(target, read)) throw new ChangedSinceRead(`${target}: changed since it was read; nothing was written`);
}

function writeThrough(path: string, content: string): void {
  try {
    writeFileSync(path, content, { flag: 'a' });
  } catch (err) {
    throw new UnwritableOutput(`${path}: cannot write: ${writeErrorReason(err)}`);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // the temporary file was never created
  }
}
