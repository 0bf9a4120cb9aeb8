/**
 * Whether a project file that lint found by itself, searching upwards from the working
 * directory, may be applied. A file there decides which rules run, which env file is read and
 * whether lint opens network connections (host-checks), so, like git's safe.directory, it
 * applies only when nobody but you (or root) could have written it: another user's
 * `/tmp/.patroni-plan.yml` with `ignore: [every rule]` must not silence root's lint under /tmp.
 * A file named with --config is your choice and is not checked here.
 */
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { readSmallFile } from '../load/read-bounded.js';

const STICKY = 0o1000;

/** You and root: root can rewrite any file anyway, and system directories belong to it. */
function trusted(uid: number, me: number): boolean {
  return uid === me || uid === 0;
}

/** Why the file at `path` must not be applied, or undefined when it may; checked before it is read. */
export function untrustedReason(path: string, me: number): string | undefined {
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch {
    return undefined; // reading it says why it cannot be read
  }
  if (link.isSymbolicLink() && !trusted(link.uid, me)) return `a symlink owned by ${who(link.uid)}, not by you (uid ${me})`;
  try {
    const real = link.isSymbolicLink() ? realpathSync(path) : path;
    return fileProblem(statSync(real), me) ?? directoryProblem(dirname(path), me) ?? (real === path ? undefined : directoryProblem(dirname(real), me));
  } catch {
    return undefined;
  }
}

/** The file itself: its owner, and whether its mode lets anyone else write it. Also checked on the descriptor read. */
export function fileProblem(st: Stats, me: number): string | undefined {
  if (!trusted(st.uid, me)) return `owned by ${who(st.uid)}, not by you (uid ${me})`;
  if (st.mode & 0o002) return 'writable by every user (chmod o-w to apply it)';
  if (st.mode & 0o020) return `writable by group ${st.gid} (chmod g-w to apply it)`;
  return undefined;
}

/** Whoever may write the directory may replace the file, unless the directory is sticky (as /tmp is). */
function directoryProblem(dir: string, me: number): string | undefined {
  const st = statSync(dir);
  if (!trusted(st.uid, me)) return `its directory ${dir} is owned by ${who(st.uid)}, not by you (uid ${me})`;
  if (st.mode & 0o022 && !(st.mode & STICKY)) return `its directory ${dir} is writable by ${st.mode & 0o002 ? 'every user' : `group ${st.gid}`} and not sticky, so another user could replace the file`;
  return undefined;
}

function who(uid: number): string {
  const name = (readSmallFile('/etc/passwd', 1024 * 1024) ?? '')
    .split('\n')
    .find((line) => line.split(':')[2] === String(uid))
    ?.split(':')[0];
  return name ? `uid ${uid} (${name})` : `uid ${uid}`;
}
