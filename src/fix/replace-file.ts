/**
 * Rewrites a file all or nothing: the new content goes to a temporary file beside the real
 * one (a symlink is followed, so the link stays a link), gets the original's mode and owner,
 * and is renamed over it. A file whose owner cannot be kept is left as it is.
 */
import { chownSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class ReplaceError extends Error {}

export function replaceFile(path: string, content: Uint8Array): void {
  const real = realpathSync(path);
  const st = statSync(real);
  if (!st.isFile()) throw new ReplaceError(`${path}: not a regular file, not rewritten`);
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.fix.tmp`);
  try {
    const fd = openSync(tmp, 'wx', st.mode & 0o7777);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (st.uid !== process.getuid?.() || st.gid !== process.getgid?.()) chownSync(tmp, st.uid, st.gid);
    renameSync(tmp, real);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw new ReplaceError(`${path}: cannot rewrite (${(err as NodeJS.ErrnoException).code ?? 'error'}); the file is unchanged`);
  }
}
