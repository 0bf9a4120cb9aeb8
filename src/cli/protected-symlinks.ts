/**
 * Where a path leads, refusing the symlinks the kernel's fs.protected_symlinks refuses to
 * follow: in a sticky world-writable directory (/tmp), a symlink is followed only if the one
 * following it owns it or the directory's owner does. Otherwise anyone could plant
 * `/tmp/report.sarif -> /root/.bashrc` and have root's `-o /tmp/report.sarif` replace root's
 * file. Many systems leave the sysctl off (containers inherit 0), and Node's realpath reads
 * links without following them, so the kernel would not step in even where it is on: every
 * link on the way is checked here (docs/security.md, "Where -o and --fix write").
 */
import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';

/** A symlink the kernel's rule would not follow; the message is one line for the user. */
export class PlantedSymlink extends Error {}

/** Linux's limit on the symlinks one lookup follows (ELOOP beyond). */
const MAX_LINKS = 40;

/**
 * The real path `path` leads to, with the kernel's semantics (`..` after a link goes up from
 * the link's target). The last component may be missing (a new file); a missing directory
 * on the way throws ENOENT as lstat does.
 */
export function resolveRefusingPlantedSymlinks(path: string): string {
  let current = path.startsWith('/') ? '/' : process.cwd();
  let rest = path.split('/');
  for (let links = 0; rest.length > 0; ) {
    const name = rest.shift()!;
    if (name === '' || name === '.') continue;
    if (name === '..') {
      current = dirname(current);
      continue;
    }
    const next = join(current, name);
    const link = lstatOrMissing(next, rest.length === 0);
    if (!link?.isSymbolicLink()) {
      current = next;
      continue;
    }
    if (++links > MAX_LINKS) throw new PlantedSymlink(`${path}: too many levels of symbolic links (ELOOP)`);
    refuseIfPlanted(path, next, link, current);
    const target = readlinkSync(next);
    if (target.startsWith('/')) current = '/';
    rest = [...target.split('/'), ...rest];
  }
  return current;
}

function lstatOrMissing(path: string, last: boolean): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (err) {
    if (last && (err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function refuseIfPlanted(path: string, link: string, linkStat: Stats, dir: string): void {
  const d = statSync(dir);
  const stickyWorldWritable = (d.mode & 0o1000) !== 0 && (d.mode & 0o002) !== 0;
  if (!stickyWorldWritable || linkStat.uid === process.geteuid?.() || linkStat.uid === d.uid) return;
  throw new PlantedSymlink(
    `${path}: ${link} is a symlink of uid ${linkStat.uid} in the sticky world-writable directory ${dir} (of uid ${d.uid}): not followed, as the kernel's fs.protected_symlinks would refuse; nothing was written`,
  );
}
