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

/** A path that names something other than a regular file (or that behaves like none): not read. */
export class NotRegularFile extends Error {
  constructor(readonly path: string, why: string) {
    super(`${path}: ${why}; not read (give a regular file or a directory, or - for standard input)`);
  }
}

const CHUNK = 64 * 1024;
const PROBE = 256;

/** A path, or an open file descriptor such as 0 (left open). */
export function readBounded(source: string | number, maxBytes: number): BoundedRead {
  if (typeof source === 'number') return readStream(source, maxBytes);
  refuseUnlessRegular(source, statSync(source));
  // O_NONBLOCK: a FIFO put at the path since the stat must not block the open.
  const fd = openSync(source, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    refuseUnlessRegular(source, stat);
    const state = { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
    if (stat.size > maxBytes) return { bytes: Buffer.alloc(0), tooLarge: true, size: stat.size, state };
    return { ...readExactly(fd, source, stat.size), tooLarge: false, state };
  } finally {
    closeSync(fd);
  }
}

function refuseUnlessRegular(path: string, s: Stats): void {
  if (s.isFile()) return;
  if (s.isDirectory()) throw new NotRegularFile(path, 'is a directory');
  if (s.isCharacterDevice() || s.isBlockDevice()) throw new NotRegularFile(path, 'is a device');
  if (s.isFIFO()) throw new NotRegularFile(path, 'is a FIFO');
  if (s.isSocket()) throw new NotRegularFile(path, 'is a socket');
  throw new NotRegularFile(path, 'is not a regular file');
}

/**
 * One read of the size stat gave, and one byte more to see the end. A file that gives more or
 * fewer bytes is a pseudo-file (or changed while being read): refused, never quoted.
 */
function readExactly(fd: number, path: string, size: number): { bytes: Buffer } {
  const buffer = Buffer.allocUnsafe(size + 1);
  let total = 0;
  for (let n = -1; n !== 0 && total < buffer.length; total += n) n = readChunk(fd, buffer.subarray(total));
  if (total !== size) throw new NotRegularFile(path, `gave ${total > size ? 'more' : 'fewer'} bytes than its size (${size}) says: a pseudo-file (as in /proc or /sys) or a file changing as it was read`);
  return { bytes: buffer.subarray(0, size) };
}

function readStream(fd: number, maxBytes: number): BoundedRead {
  const stat = fstatSync(fd);
  if (stat.isFile() && stat.size > maxBytes) return { bytes: Buffer.alloc(0), tooLarge: true, size: stat.size };
  // A redirected regular file says its size: one read of that much (and one byte more, to see
  // the end or a file that grew) instead of zeroed 64 KiB chunks.
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
