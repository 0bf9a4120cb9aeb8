import { statSync, type Stats } from 'node:fs';
import { DEFAULT_PARSE_LIMITS, tooLargeMessage } from './parse-source.js';
import { NotRegularFile, readRegularFile } from './read-bounded.js';
import { loadConfigPath, loadConfigSources, readSource, type LoadedConfig, type RawSource } from './load-config.js';

/** Raised for input that cannot be read at all: the CLI exits 2. */
export class UnreadableInput extends Error {}

export function loadInput(path: string): LoadedConfig {
  if (path === '-') {
    let source: RawSource;
    try {
      source = readSource('<stdin>', 0);
    } catch (err) {
      throw new UnreadableInput(`<stdin>: cannot read standard input (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    return loadConfigSources('-', [source]);
  }
  try {
    statSync(path);
    return loadConfigPath(path);
  } catch (err) {
    if (err instanceof NotRegularFile) throw new UnreadableInput(err.message);
    const code = (err as NodeJS.ErrnoException).code;
    // In a directory, name the file that could not be read, not the directory.
    const where = (err as NodeJS.ErrnoException).path ?? path;
    if (code === 'ENOENT') throw new UnreadableInput(`${where}: no such file or directory`);
    if (code === 'EACCES') throw new UnreadableInput(`${where}: permission denied`);
    if (code === 'EISDIR' || code === 'ENOTDIR') throw new UnreadableInput(`${where}: not a readable file`);
    if (code) throw new UnreadableInput(`${where}: cannot read (${code})`);
    throw err;
  }
}

/**
 * A side file the run reads whole (an env file, the project file): a regular file within the
 * size limit, or one line saying why not. `what` names the file in that line.
 */
export function readSideFile(path: string, what: string): { text: string; stat: Stats } {
  let read;
  try {
    read = readRegularFile(path, DEFAULT_PARSE_LIMITS.maxBytes);
  } catch (err) {
    if (err instanceof NotRegularFile) throw new UnreadableInput(`${path}: cannot read ${what}: ${err.why}`);
    throw new UnreadableInput(`${path}: cannot read ${what} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (read.tooLarge) throw new UnreadableInput(`${path}: cannot read ${what}: ${tooLargeMessage(DEFAULT_PARSE_LIMITS.maxBytes, read.size)}`);
  return { text: read.bytes.toString('utf8'), stat: read.stat };
}
