/**
 * What a run leaves behind that must not outlive it: the temporary password file and the
 * pgpass file, both holding secrets. Whatever happens (a failed step, an exception, SIGINT),
 * `cleanup` removes them, or puts back a pgpass file that was there before the run.
 */
import { closeSync, constants, fchmodSync, lstatSync, mkdtempSync, openSync, readFileSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Saved {
  existed: boolean;
  bytes?: Buffer;
  mode?: number;
}

export class RunState {
  private tempDir: string | undefined;
  private readonly secretFiles = new Map<string, Saved>();
  /** The data directory of a server exec started, so a failed bootstrap can stop it. */
  startedServer: string | undefined;

  /** `${pwfile}`: like Patroni's tempfile.mkstemp, in a directory only this user can enter. */
  pwfile(): string {
    this.tempDir ??= mkdtempSync(join(tmpdir(), 'patroni-plan-exec-'));
    return join(this.tempDir, 'pwfile');
  }

  /** Writes a file holding a secret; remembers what was there, to put it back afterwards. */
  writeSecretFile(path: string, content: string, mode: number): void {
    if (!this.secretFiles.has(path)) this.secretFiles.set(path, saveExisting(path));
    writeFileNoFollow(path, content, mode);
  }

  forget(path: string): void {
    if (this.secretFiles.get(path)?.existed === false) this.secretFiles.delete(path);
  }

  /** Removes every secret file the run wrote (or restores it) except those in `keep`; returns what it did. */
  cleanup(keep: Set<string>): string[] {
    const done: string[] = [];
    for (const [path, saved] of this.secretFiles) {
      if (keep.has(path)) {
        done.push(`kept ${path} (--keep-pgpass)`);
        continue;
      }
      try {
        if (saved.existed) {
          // Something that was not a plain file (a link) was never written through: leave it.
          if (saved.bytes) writeFileNoFollow(path, saved.bytes, saved.mode ?? 0o600);
          if (saved.bytes) done.push(`put back ${path} as it was before the run`);
        } else {
          unlinkSync(path);
          done.push(`removed ${path}`);
        }
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') done.push(`could not remove ${path}: ${(err as NodeJS.ErrnoException).code ?? err}`);
      }
    }
    this.secretFiles.clear();
    if (this.tempDir) {
      rmSync(this.tempDir, { recursive: true, force: true });
      done.push(`removed the temporary directory ${this.tempDir}`);
      this.tempDir = undefined;
    }
    return done;
  }
}

function saveExisting(path: string): Saved {
  try {
    const st = lstatSync(path);
    if (!st.isFile()) return { existed: true };
    return { existed: true, bytes: readFileSync(path), mode: st.mode & 0o777 };
  } catch {
    return { existed: false };
  }
}

/** Never through a symlink planted at the path, and with exactly the mode asked for whatever the umask. */
export function writeFileNoFollow(path: string, content: string | Buffer, mode: number): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, mode);
  try {
    fchmodSync(fd, mode);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off);
  } finally {
    closeSync(fd);
  }
}
