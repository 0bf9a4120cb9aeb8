/**
 * Reads a configuration file or standard input without ever holding more than the size
 * limit: `lint /dev/zero` or a runaway pipe must be refused, not read until memory runs out.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export interface BoundedRead {
  /** At most `maxBytes` bytes; empty when the input was refused for its size. */
  bytes: Buffer;
  /** The input is larger than `maxBytes`. */
  tooLarge: boolean;
  /** The size, when a regular file says it before being read. */
  size?: number;
}

const CHUNK = 64 * 1024;
const PROBE = 256;

/** A path, or an open file descriptor such as 0 (left open). */
export function readBounded(source: string | number, maxBytes: number): BoundedRead {
  const fd = typeof source === 'number' ? source : openRegularFile(source);
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > maxBytes) return { bytes: Buffer.alloc(0), tooLarge: true, size: stat.size };
    // A regular file says its size: one read of that much (and one byte more, to see the end
    // or a file that grew) instead of zeroed 64 KiB chunks, which cost a directory of
    // thousands of small files more than reading them.
    return readUpTo(fd, maxBytes, stat.isFile() ? stat.size + 1 : CHUNK);
  } finally {
    if (typeof source !== 'number') closeSync(fd);
  }
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
  ) {
    super(`${path}: ${kind}, not a regular file: patroni-plan reads only regular files (standard input: -)`);
  }
}

/** Opens without blocking on a FIFO (O_NONBLOCK) and checks what was opened (fstat, no race with a swapped path). */
export function openRegularFile(path: string): number {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  const stat = fstatSync(fd);
  if (stat.isFile()) return fd;
  closeSync(fd);
  throw new NotRegularFile(path, fileKind(stat));
}

function fileKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return stat.isDirectory() ? 'a directory' : 'not a file';
}

/** A regular file's bytes and its fstat (owner and mode, of the very file read), within maxBytes. */
export function readRegularFile(path: string, maxBytes: number): BoundedRead & { stat: Stats } {
  const fd = openRegularFile(path);
  try {
    const stat = fstatSync(fd);
    return { ...readBounded(fd, maxBytes), stat };
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
