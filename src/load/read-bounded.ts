/**
 * Reads a configuration file or standard input without ever holding more than the size
 * limit: a runaway pipe must be refused, not read until memory runs out.
 *
 * A named path must be a regular file that gives exactly the bytes its size says. Devices,
 * FIFOs and sockets are refused before they are read (opening a FIFO would wait for a writer;
 * /dev/zero never ends), and so are pseudo-files such as /proc/self/environ, which stat calls
 * regular files of size 0 (or 4096 under /sys) and which then yield whatever the kernel
 * holds: lint would quote it under a diagnostic (docs/security.md, "What lint reads").
 * Standard input is read whatever it is: the user chose what to give it.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** What identifies the file that was read, as it was when the read began. */
export interface FileState {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

export interface BoundedRead {
  /** At most `maxBytes` bytes; empty when the input was refused for its size. */
  bytes: Buffer;
  /** The input is larger than `maxBytes`. */
  tooLarge: boolean;
  /** The size, when a regular file says it before being read. */
  size?: number;
  /** For a path: the file read (lint --fix checks it is still that file before replacing it). */
  state?: FileState;
}

const CHUNK = 64 * 1024;
const PROBE = 256;

/** A path, or an open file descriptor such as 0 (left open). */
export function readBounded(source: string | number, maxBytes: number): BoundedRead {
  return typeof source === 'number' ? readStream(source, maxBytes) : readRegularFile(source, maxBytes);
}

/** A regular file's bytes and its fstat (owner and mode, of the very file read), within maxBytes. */
export function readRegularFile(path: string, maxBytes: number): BoundedRead & { stat: Stats } {
  const fd = openRegularFile(path);
  try {
    const stat = fstatSync(fd);
    const state = { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
    if (stat.size > maxBytes) return { bytes: Buffer.alloc(0), tooLarge: true, size: stat.size, state, stat };
    return { bytes: readExactly(fd, path, stat.size), tooLarge: false, state, stat };
  } finally {
    closeSync(fd);
  }
}

/** A small regular file's text (PG_VERSION, postmaster.pid), or undefined when it cannot be read, is no regular file or is larger. */
export function readSmallFile(path: string, maxBytes: number): string | undefined {
  try {
    const read = readRegularFile(path, maxBytes);
    return read.tooLarge ? undefined : read.bytes.toString('utf8');
  } catch {
    return undefined;
  }
}

/**
 * A named file is read only when it is a regular file: a FIFO without a writer blocks open()
 * forever, a device (/dev/zero, a tty) never ends or waits for a person, and a symlink in a
 * checked-out repository can lead to either. Standard input (`-`) is read whatever it is.
 */
export class NotRegularFile extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly path: string,
    readonly kind: string,
    readonly why = `${kind}, not a regular file`,
  ) {
    super(`${path}: ${why}: patroni-plan reads only regular files (standard input: -)`);
  }
}

/**
 * Refused by stat before the open (opening a device can do things: a tape rewinds), opened
 * without blocking on a FIFO put there since (O_NONBLOCK), and checked again on what was opened
 * (fstat, no race with a swapped path).
 */
export function openRegularFile(path: string): number {
  refuseUnlessRegular(path, statSync(path));
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    refuseUnlessRegular(path, fstatSync(fd));
    return fd;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

function refuseUnlessRegular(path: string, stat: Stats): void {
  if (!stat.isFile()) throw new NotRegularFile(path, fileKind(stat));
}

function fileKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return stat.isDirectory() ? 'a directory' : 'not a file';
}

/**
 * One read of the size stat gave, and one byte more to see the end. A file that gives more or
 * fewer bytes is a pseudo-file (or changed while being read): refused, never quoted.
 */
function readExactly(fd: number, path: string, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size + 1);
  let total = 0;
  for (let n = -1; n !== 0 && total < buffer.length; total += n) n = readChunk(fd, buffer.subarray(total));
  if (total !== size) throw new NotRegularFile(path, 'a pseudo-file', `gave ${total > size ? 'more' : 'fewer'} bytes than its size (${size}) says: a pseudo-file (as in /proc or /sys) or a file changing as it was read`);
  return buffer.subarray(0, size);
}

function readStream(fd: number, maxBytes: number): BoundedRead {
  const stat = fstatSync(fd);
  if (stat.isFile() && stat.size > maxBytes) return { bytes: Buffer.alloc(0), tooLarge: true, size: stat.size };
  // A redirected regular file says its size: one read of that much (and one byte more, to see
  // the end or a file that grew) instead of zeroed 64 KiB chunks, which cost a directory of
  // thousands of small files more than reading them.
  return readUpTo(fd, maxBytes, stat.isFile() ? stat.size + 1 : CHUNK);
}

function readUpTo(fd: number, maxBytes: number, first: number): BoundedRead {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let size = first; ; ) {
    const chunk = Buffer.allocUnsafe(Math.min(size, maxBytes + 1 - total));
    const n = readChunk(fd, chunk);
    if (n === 0) break;
    // After a short read, most likely the end: ask for a little (from Node's buffer pool).
    size = n < chunk.length ? PROBE : CHUNK;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) return { bytes: Buffer.alloc(0), tooLarge: true };
  }
  return { bytes: Buffer.concat(chunks, total), tooLarge: false };
}

/** readSync, waiting out EAGAIN from a non-blocking pipe on standard input. */
function readChunk(fd: number, into: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, into, 0, into.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EOF') return 0;
      if (code !== 'EAGAIN') throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}
