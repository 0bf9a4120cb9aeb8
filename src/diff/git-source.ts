/**
 * `diff --git REV FILE`: the file as it is at a git revision. `git show REV:./path` runs in the
 * file's directory (no shell), so the path resolves against the repository the file is in,
 * wherever the command runs from. A file that does not exist at REV is an absent config (a
 * pull request that adds one): the diff then shows every section as added. Not a repository,
 * an unknown revision or git missing are errors.
 */
import { spawnSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { UnreadableInput } from '../load/read-input.js';

export type GitFile = { bytes: Buffer; label: string } | { absent: true; label: string };

function git(cwd: string, args: string[]): { status: number | null; stdout: Buffer; stderr: string; error?: Error } {
  const r = spawnSync('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? Buffer.alloc(0), stderr: (r.stderr ?? Buffer.alloc(0)).toString('utf8').trim(), error: r.error };
}

export function readAtRevision(rev: string, file: string): GitFile {
  const abs = resolve(file);
  const cwd = dirname(abs);
  const label = `${rev}:${file}`;
  if (rev.startsWith('-')) throw new UnreadableInput(`--git: '${rev}' is not a revision`);
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (top.error) throw new UnreadableInput(`--git: cannot run git (${(top.error as NodeJS.ErrnoException).code ?? top.error.message})`);
  if (top.status !== 0) throw new UnreadableInput(`--git: ${file} is not inside a git repository`);
  const commit = git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  if (commit.status !== 0) throw new UnreadableInput(`--git: unknown revision '${rev}'`);
  const spec = `${commit.stdout.toString('utf8').trim()}:./${basename(abs)}`;
  const kind = git(cwd, ['cat-file', '-t', spec]);
  if (kind.status !== 0) return { absent: true, label };
  if (kind.stdout.toString('utf8').trim() !== 'blob') throw new UnreadableInput(`--git: ${label} is not a file`);
  const show = git(cwd, ['cat-file', 'blob', spec]);
  if (show.status !== 0) throw new UnreadableInput(`--git: cannot read ${label}: ${show.stderr}`);
  return { bytes: show.stdout, label };
}
