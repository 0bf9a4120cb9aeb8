import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadConfigPath, loadConfigSources, type LoadedConfig } from '../load/load-config.js';

/** Raised for input that cannot be read at all: the CLI exits 2. */
export class UnreadableInput extends Error {}

export function loadInput(path: string): LoadedConfig {
  if (path === '-') {
    let bytes: Buffer;
    try {
      bytes = readFileSync(0);
    } catch (err) {
      throw new UnreadableInput(`<stdin>: cannot read standard input (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    return loadConfigSources('-', [{ file: '<stdin>', bytes }]);
  }
  try {
    statSync(path);
    return loadConfigPath(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnreadableInput(`${path}: no such file or directory`);
    if (code === 'EACCES') throw new UnreadableInput(`${path}: permission denied`);
    if (code === 'EISDIR' || code === 'ENOTDIR') throw new UnreadableInput(`${path}: not a readable file`);
    if (code) throw new UnreadableInput(`${path}: cannot read (${code})`);
    throw err;
  }
}

/** Writes all or nothing: a temporary file in the same directory, then a rename. */
export function writeAtomically(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content, { mode: 0o644 });
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw new UnreadableInput(`${path}: cannot write (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
