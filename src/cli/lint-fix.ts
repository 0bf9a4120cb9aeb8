/**
 * `lint --fix` and `--fix-dry-run` (`--diff`): each file is fixed before it is linted, then
 * rewritten in place, or its diff printed. What the lint report then shows, and the exit
 * code, is what is left. A configuration directory and a --patroni-env file are never rewritten.
 */
import { statSync } from 'node:fs';
import { UsageError } from '../diagnostic.js';
import { fix } from '../fix/fix.js';
import { maskedUnifiedDiff } from '../fix/masked-diff.js';
import type { LintOptions } from '../lint/lint-options.js';
import { decodeUtf8 } from '../load/decode.js';
import { readSource } from '../load/load-config.js';
import { UnreadableInput } from '../load/read-input.js';
import { UnwritableOutput, writeOutputFile } from './output-file.js';

export interface FixRunOptions {
  dryRun: boolean;
  patroniVersion?: string;
  pgVersion?: string;
  lint: LintOptions;
  envFile?: string;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const STDIN = '<stdin>';

function readText(file: string, from: string | number): { text: string; bom: boolean } | undefined {
  let raw;
  try {
    raw = readSource(file, from);
  } catch {
    return undefined; // lint reports what cannot be read
  }
  if (raw.tooLarge) return undefined;
  const decoded = decodeUtf8(file, raw.bytes);
  if ('diagnostic' in decoded) return undefined;
  return { text: decoded.text, bom: Buffer.from(raw.bytes.subarray(0, 3)).equals(BOM) };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Fixes every input; returns the fixed text of each input that lint must read from memory
 * (standard input, and every file of a dry run), by the name lint reports it under.
 */
export function fixInputs(files: string[], o: FixRunOptions): Map<string, string> {
  const inMemory = new Map<string, string>();
  if (o.envFile !== undefined) process.stderr.write(`${o.envFile}: the env file is not rewritten; fixes are computed from the configuration files alone\n`);
  for (const path of files.length ? files : ['-']) {
    if (path === '-' && !o.dryRun) throw new UsageError('lint --fix rewrites files: for standard input use --fix-dry-run');
    if (path !== '-' && isDirectory(path)) {
      process.stderr.write(`${path}: a configuration directory is not rewritten by --fix (fix its files one by one)\n`);
      continue;
    }
    const file = path === '-' ? STDIN : path;
    const read = readText(file, path === '-' ? 0 : path);
    if (path === '-' && !read) throw new UnreadableInput(`${STDIN}: cannot read standard input`);
    if (!read) continue;
    const result = fix(read.text, { file, patroniVersion: o.patroniVersion, pgVersion: o.pgVersion, lint: o.lint });
    if (o.dryRun || path === '-') inMemory.set(path, result.text);
    if (o.dryRun) process.stdout.write(maskedUnifiedDiff(file, read.text, result.text));
    else if (result.text !== read.text) write(path, result.text, read.bom);
    // "fixed" only once the file holds the fixes.
    for (const a of result.applied) process.stderr.write(`${file}: ${o.dryRun ? 'would fix' : 'fixed'} ${a.ruleId}: ${a.description}\n`);
  }
  return inMemory;
}

/** Through the same all-or-nothing writer as `-o`, which keeps the file's mode and owner and a symlink a link. */
function write(path: string, text: string, bom: boolean): void {
  if (!statSync(path).isFile()) throw new UnreadableInput(`${path}: not a regular file, not rewritten`);
  try {
    writeOutputFile(path, (bom ? '\uFEFF' : '') + text);
  } catch (err) {
    if (err instanceof UnwritableOutput) throw new UnreadableInput(`${err.message}; the file is unchanged`);
    throw err;
  }
}
