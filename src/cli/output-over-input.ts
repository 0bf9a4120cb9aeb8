/**
 * `plan X -o X` would replace the configuration with its own plan, and `lint --fix X -o X`
 * would fix X and then write the report over it. An output that is one of the inputs (the
 * same device and inode, whatever path or symlink names it, a file of an input directory
 * included) is refused before anything is read or written; so is a new .yml/.yaml file in an
 * input configuration directory, which Patroni (and the next run) would read as one more
 * fragment of the configuration.
 */
import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { configFiles } from '../load/load-config.js';
import { UnwritableOutput } from './output-file.js';

export function refuseOutputOverInput(output: string | undefined, inputs: (string | undefined)[]): void {
  if (output === undefined) return;
  const out = identity(output);
  for (const input of out ? inputs : []) {
    if (input === undefined || input === '-') continue;
    const same = filesOf(input).find((file) => {
      const id = identity(file);
      return id !== undefined && id.dev === out!.dev && id.ino === out!.ino;
    });
    if (same !== undefined) throw new UnwritableOutput(`${output}: is the input ${same}; not written (name another file with -o)`);
  }
  refuseNewFragment(output, inputs);
}

/** Patroni reads every *.yml and *.yaml file of a configuration directory (configFiles): a plan there joins it. */
function refuseNewFragment(output: string, inputs: (string | undefined)[]): void {
  const name = basename(output);
  if (!name.endsWith('.yml') && !name.endsWith('.yaml')) return;
  const parent = identity(dirname(output));
  if (!parent) return;
  for (const input of inputs) {
    if (input === undefined || input === '-' || !isDirectory(input)) continue;
    const dir = identity(input);
    if (dir && dir.dev === parent.dev && dir.ino === parent.ino) {
      throw new UnwritableOutput(`${output}: is in the configuration directory ${input}, whose every .yml and .yaml file Patroni reads as part of the configuration; not written (write it outside ${input})`);
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function identity(path: string): { dev: number; ino: number } | undefined {
  try {
    const s = statSync(path);
    return { dev: s.dev, ino: s.ino };
  } catch {
    return undefined; // nothing there to replace, or an input the command will report
  }
}

function filesOf(input: string): string[] {
  try {
    return configFiles(input);
  } catch {
    return [];
  }
}
