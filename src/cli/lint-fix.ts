/**
 * `lint --fix` and `--fix-dry-run` (`--diff`): each file is fixed before it is linted, then
 * rewritten in place, or its diff printed. What the lint report then shows, and the exit
 * code, is what is left. A configuration directory and a --patroni-env file are never rewritten.
 * A file is read once (readForFix) and replaced only if it is still what was read
 * (writeFixed): an edit saved meanwhile is never lost.
 */
import { statSync } from 'node:fs';
import { UsageError } from '../diagnostic.js';
import { fix } from '../fix/fix.js';
import { maskedUnifiedDiff } from '../fix/masked-diff.js';
import type { LintOptions } from '../lint/lint-options.js';
import { decodeUtf8 } from '../load/decode.js';
import { DEFAULT_PARSE_LIMITS } from '../load/parse-source.js';
import { readBounded, type BoundedRead } from '../load/read-bounded.js';
import { UnreadableInput } from '../load/read-input.js';
import { ChangedSinceRead, UnwritableOutput, writeOutputFile } from './output-file.js';
import type { ReadFile } from './unchanged-since-read.js';

export interface FixRunOptions {
  dryRun: boolean;
  patroniVersion?: string;
  pgVersion?: string;
  lint: LintOptions;
  envFile?: string;
}

/** A file as --fix read it: the text to fix, and what to check before replacing it. */
export interface ReadForFix {
  text: string;
  bom: boolean;
  /** Absent for standard input, which is never rewritten. */
  read?: ReadFile;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const STDIN = '<stdin>';

/** undefined when the file cannot be read as text: lint then reports why. */
export function readForFix(file: string, from: string | number = file): ReadForFix | undefined {
  let raw: BoundedRead;
  try {
    raw = readBounded(from, DEFAULT_PARSE_LIMITS.maxBytes);
  } catch {
    return undefined;
  }
  if (raw.tooLarge) return undefined;
  const decoded = decodeUtf8(file, raw.bytes);
  if ('diagnostic' in decoded) return undefined;
  const bom = raw.bytes.subarray(0, 3).equals(BOM);
  return { text: decoded.text, bom, read: raw.state && { state: raw.state, bytes: raw.bytes } };
}

/** Through the same all-or-nothing writer as `-o`, which keeps the file's mode and owner and a symlink a link. */
export function writeFixed(path: string, before: ReadForFix, text: string): void {
  if (!before.read) throw new UnreadableInput(`${path}: not a file that was read, not rewritten`);
  try {
    writeOutputFile(path, (before.bom ? '\uFEFF' : '') + text, { unchangedSince: before.read });
  } catch (err) {
    if (err instanceof ChangedSinceRead) throw new UnreadableInput(`${path}: changed while it was being fixed; nothing was written (run lint --fix again)`);
    if (err instanceof UnwritableOutput) throw new UnreadableInput(`${err.message}; the file is unchanged`);
    throw err;
  }
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
    const read = readForFix(file, path === '-' ? 0 : path);
    if (path === '-' && !read) throw new UnreadableInput(`${STDIN}: cannot read standard input`);
    if (!read) continue;
    const result = fix(read.text, { file, patroniVersion: o.patroniVersion, pgVersion: o.pgVersion, lint: o.lint });
    if (o.dryRun || path === '-') inMemory.set(path, result.text);
    if (o.dryRun) process.stdout.write(maskedUnifiedDiff(file, read.text, result.text));
    else if (result.text !== read.text) writeFixed(path, read, result.text);
    // "fixed" only once the file holds the fixes.
    for (const a of result.applied) process.stderr.write(`${file}: ${o.dryRun ? 'would fix' : 'fixed'} ${a.ruleId}: ${a.description}\n`);
  }
  return inMemory;
}
