/**
 * Reads a configuration the way Patroni's Config class does: one file, or every `.yml` /
 * `.yaml` file of a directory in sorted order, each merged into an empty dict with
 * `patch_config` (Patroni 3.0–4.1 alike).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { isFile } from '../py/path.js';
import type { PyDict } from '../py/value.js';
import { decodeUtf8 } from './decode.js';
import { maskSecretsInMessages } from './secret-messages.js';
import { DEFAULT_PARSE_LIMITS, parseSource, tooLargeMessage, type ParsedSource } from './parse-source.js';
import { readBounded } from './read-bounded.js';
import { mergeConfigs } from './merge-configs.js';

export interface LoadedConfig {
  /** The merged configuration; null when no file could be read as a mapping. */
  root: PyDict | null;
  sources: ParsedSource[];
  diagnostics: Diagnostic[];
  /** What the user named: a file, a directory, or `-` for standard input. */
  origin: string;
}

/** Files Patroni would read for a path, in its order. */
export function configFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => (f.endsWith('.yml') || f.endsWith('.yaml')) && isFile(join(path, f)))
    .sort(comparePythonStrings)
    .map((f) => join(path, f));
}


/** Python sorts strings by code point; JS's default sort compares UTF-16 units, which differs above U+FFFF. */
function comparePythonStrings(a: string, b: string): number {
  const ca = [...a].map((c) => c.codePointAt(0)!);
  const cb = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) if (ca[i] !== cb[i]) return ca[i]! - cb[i]!;
  return ca.length - cb.length;
}

export interface RawSource {
  file: string;
  bytes: Uint8Array;
  /** Set when the input was refused unread for its size (see readBounded). */
  tooLarge?: { size?: number };
  /** Set, to the bytes read so far, on the file of a directory that took the total over MAX_DIRECTORY_BYTES. */
  directoryTotal?: number;
}

export function loadConfigSources(origin: string, raw: RawSource[]): LoadedConfig {
  const sources = raw.map(({ file, bytes, tooLarge, directoryTotal }): ParsedSource => {
    if (tooLarge) return refusedForSize(file, tooLarge.size);
    if (directoryTotal !== undefined) return refused(file, directoryTooLargeMessage(directoryTotal));
    const decoded = decodeUtf8(file, bytes);
    if ('diagnostic' in decoded) return { file, text: '', value: null, diagnostics: [decoded.diagnostic] };
    return parseSource(file, decoded.text);
  });
  const diagnostics = sources.flatMap((s) => maskSecretsInMessages(s.diagnostics, s.text));
  // Patroni merges each file into the result of the ones before; one that is not a mapping
  // leaves no configuration at all.
  const dicts: PyDict[] = [];
  let whole = true;
  for (const source of sources) {
    if (!source.value) {
      whole = false;
      continue;
    }
    if (source.value.kind !== 'dict') {
      diagnostics.push({
        ruleId: 'config-not-mapping',
        severity: 'error',
        message: `a Patroni configuration must be a mapping at the top level, not ${describeKind(source.value.kind)}`,
        file: source.file,
        line: source.value.span?.line ?? 1,
        col: source.value.span?.col ?? 1,
      });
      whole = false;
      continue;
    }
    dicts.push(source.value);
  }
  return { root: whole ? mergeConfigs(dicts) : null, sources, diagnostics, origin };
}

function describeKind(kind: string): string {
  return kind === 'none' ? 'an empty document' : `a ${kind}`;
}

function refusedForSize(file: string, size: number | undefined): ParsedSource {
  return refused(file, tooLargeMessage(DEFAULT_PARSE_LIMITS.maxBytes, size));
}

function refused(file: string, message: string): ParsedSource {
  return { file, text: '', value: null, diagnostics: [{ ruleId: 'input-too-large', severity: 'error', message, file, line: 1, col: 1 }] };
}

/** One input read for loading: never more than the size limit in memory. */
export function readSource(file: string, from: string | number = file): RawSource {
  const r = readBounded(from, DEFAULT_PARSE_LIMITS.maxBytes);
  return r.tooLarge ? { file, bytes: r.bytes, tooLarge: r.size === undefined ? {} : { size: r.size } } : { file, bytes: r.bytes };
}

/**
 * What one configuration directory may hold in all: eight files at the per-file limit. Without
 * it, 60 files just under 4 MiB each were 240 MiB of text, and more than a gigabyte once parsed.
 */
export const MAX_DIRECTORY_BYTES = 8 * DEFAULT_PARSE_LIMITS.maxBytes;

export function loadConfigPath(path: string): LoadedConfig {
  return loadConfigSources(path, readWithin(configFiles(path), MAX_DIRECTORY_BYTES));
}

/**
 * The files in order, or, when their total passes the limit, only the refusal at the file that
 * passed it: those after it are not read and those before it not parsed (seconds each at 4 MiB),
 * since a directory that cannot be read whole is no configuration.
 */
function readWithin(files: string[], maxTotal: number): RawSource[] {
  const out: RawSource[] = [];
  let total = 0;
  for (const file of files) {
    const raw = readSource(file);
    total += raw.bytes.length;
    if (total > maxTotal) return [{ file, bytes: new Uint8Array(), directoryTotal: total }];
    out.push(raw);
  }
  return out;
}

function directoryTooLargeMessage(total: number): string {
  return `the configuration directory's files up to this one are ${total} bytes, over the limit of ${MAX_DIRECTORY_BYTES / (1024 * 1024)} MiB for a directory: patroni-plan does not read it`;
}

export function loadConfigText(file: string, text: string): LoadedConfig {
  return loadConfigSources(file, [{ file, bytes: Buffer.from(text, 'utf8') }]);
}
