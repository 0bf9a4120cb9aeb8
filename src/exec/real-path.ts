/**
 * Where a path really leads. A symlinked ancestor (`/tmp/x -> /`, data_dir `/tmp/x/etc`)
 * turns an innocent-looking path into a system directory, so every safety check looks at
 * the real path too, and a removal compares the directory's identity (device and inode)
 * right before it happens with the one the checks saw.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * The real path of `path`, also when it does not exist yet: the real path of its deepest
 * existing ancestor with the missing components appended.
 */
export function realPathOf(path: string, realpath: (p: string) => string = realpathSync): string {
  const missing: string[] = [];
  let head = posix.resolve(path);
  for (;;) {
    try {
      return posix.join(realpath(head), ...missing.reverse());
    } catch {
      if (head === '/') return posix.resolve(path);
      missing.push(posix.basename(head));
      head = posix.dirname(head);
    }
  }
}

export interface DirIdentity {
  dev: number;
  ino: number;
  uid: number;
}

/** The identity of what is at `path` itself (a link is not followed), or undefined when nothing is. */
export function identityOf(path: string): (DirIdentity & { isDirectory: boolean }) | undefined {
  try {
    const st = lstatSync(path);
    return { dev: st.dev, ino: st.ino, uid: st.uid, isDirectory: st.isDirectory() };
  } catch {
    return undefined;
  }
}

export const sameIdentity = (a: DirIdentity | undefined, b: DirIdentity | undefined): boolean => a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
