/**
 * `lint --fix` reads a file, computes the fixes, then replaces it. An edit saved in between
 * (an editor, a `git checkout`) would be lost without a word, so the file is replaced only if
 * it is still the one read, byte for byte: same device and inode, size and modification time,
 * and the same content read again right before the rename.
 */
import { lstatSync } from 'node:fs';
import { readBounded, type FileState } from '../load/read-bounded.js';

/** A file as it was read: what identified it, and its bytes. */
export interface ReadFile {
  state: FileState;
  bytes: Uint8Array;
}

export function isStillAsRead(path: string, read: ReadFile): boolean {
  const s = read.state;
  try {
    const now = lstatSync(path);
    if (!now.isFile() || now.dev !== s.dev || now.ino !== s.ino || now.size !== s.size || now.mtimeMs !== s.mtimeMs) return false;
    const again = readBounded(path, s.size);
    return !again.tooLarge && again.bytes.equals(read.bytes);
  } catch {
    // Gone, unreadable, or no longer a regular file: not what was read.
    return false;
  }
}
