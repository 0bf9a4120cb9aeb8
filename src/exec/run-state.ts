/**
 * What a run leaves behind that must not outlive it: the temporary password file and the
 * pgpass file, both holding secrets. Exec writes a secret only into a file it creates itself
 * (O_EXCL: never over a file that was there, never through a symlink), remembers the file's
 * identity, and at the end removes exactly that file, whatever happened (a failed step, an
 * exception, a signal). A user's own file is never opened for writing, so no crash (not
 * even kill -9) can leave it replaced.
 */
import { closeSync, constants, fchmodSync, fstatSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { identityOf, sameIdentity, type DirIdentity } from './real-path.js';

export class RunState {
  private tempDir: string | undefined;
  private readonly created = new Map<string, DirIdentity>();
  /** The data directory of a server exec started, so a failed bootstrap can stop it. */
  startedServer: string | undefined;

  /** `${pwfile}`: like Patroni's tempfile.mkstemp, in a directory only this user can enter. */
  pwfile(): string {
    this.tempDir ??= mkdtempSync(join(tmpdir(), 'patroni-plan-exec-'));
    return join(this.tempDir, 'pwfile');
  }

  /** Writes a file holding a secret: a new file, or one this run created (checked by identity). */
  writeSecretFile(path: string, content: string, mode: number): void {
    const mine = this.created.get(path);
    const flags = constants.O_WRONLY | constants.O_NOFOLLOW | (mine ? constants.O_TRUNC : constants.O_CREAT | constants.O_EXCL);
    let fd: number;
    try {
      fd = openSync(path, flags, mode);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ELOOP') throw new Error(`${path} appeared during the run (${code}): exec writes secrets only into a file it creates, so it leaves that one alone`);
      throw err;
    }
    try {
      const st = fstatSync(fd);
      if (mine && !sameIdentity(mine, st)) throw new Error(`${path} was replaced during the run: exec does not write into a file it did not create`);
      this.created.set(path, { dev: st.dev, ino: st.ino, uid: st.uid });
      writeAll(fd, content, mode);
    } finally {
      closeSync(fd);
    }
  }

  /** A plan step removed the file. */
  forget(path: string): void {
    this.created.delete(path);
  }

  /** Removes every secret file the run created, except those in `keep`; returns what it did. */
  cleanup(keep: Map<string, string>): string[] {
    const done: string[] = [];
    for (const [path, identity] of this.created) {
      const why = keep.get(path);
      if (why !== undefined) done.push(`kept ${path} (${why})`);
      else done.push(removeIfSame(path, identity));
    }
    this.created.clear();
    if (this.tempDir) {
      rmSync(this.tempDir, { recursive: true, force: true });
      done.push(`removed the temporary directory ${this.tempDir}`);
      this.tempDir = undefined;
    }
    return done;
  }
}

/** Removes the file the run created; a file someone put in its place is left alone. */
function removeIfSame(path: string, identity: DirIdentity): string {
  const now = identityOf(path);
  if (!now) return `${path} was already gone`;
  if (!sameIdentity(identity, now)) return `${path} is no longer the file the run created: left in place`;
  try {
    unlinkSync(path);
    return `removed ${path}`;
  } catch (err) {
    return `could not remove ${path}: ${(err as NodeJS.ErrnoException).code ?? err}`;
  }
}

function writeAll(fd: number, content: string | Buffer, mode: number): void {
  fchmodSync(fd, mode);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off);
}

/** Never through a symlink planted at the path, and with exactly the mode asked for whatever the umask. */
export function writeFileNoFollow(path: string, content: string | Buffer, mode: number): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, mode);
  try {
    writeAll(fd, content, mode);
  } finally {
    closeSync(fd);
  }
}
