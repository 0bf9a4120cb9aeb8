/**
 * `plan X -o X` would replace the configuration with its own plan, and `lint --fix X -o X`
 * would fix X and then write the report over it. An output that is one of the inputs (the
 * same device and inode, whatever path or symlink names it, a file of an input directory
 * included) is refused before anything is read or written.
 */
import { statSync } from 'node:fs';
import { configFiles } from '../load/load-config.js';
import { UnwritableOutput } from './output-file.js';

export function refuseOutputOverInput(output: string | undefined, inputs: (string | undefined)[]): void {
  if (output === undefined) return;
  const out = identity(output);
  if (!out) return;
  for (const input of inputs) {
    if (input === undefined || input === '-') continue;
    const same = filesOf(input).find((file) => {
      const id = identity(file);
      return id !== undefined && id.dev === out.dev && id.ino === out.ino;
    });
    if (same !== undefined) throw new UnwritableOutput(`${output}: is the input ${same}; not written (name another file with -o)`);
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
