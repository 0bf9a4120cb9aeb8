/**
 * Turns a parsed YAML document into the Python values PyYAML's safe_load would build,
 * keeping every value's position. Mapping semantics follow PyYAML: `<<` merges are
 * flattened in front of the mapping's own pairs (a merged sequence is applied last-first,
 * so its first mapping wins), and a repeated key keeps its first position with the last value.
 */
import { Alias, isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type Scalar } from 'yaml';
import type { Diagnostic } from '../diagnostic.js';
import { pyEq, pyKey, UnhashableKey } from '../py/truth.js';
import type { PyDict, PyEntry, PyValue, Span } from '../py/value.js';
import { constructScalar, explicitScalarTag, implicitTag, IntTooLongToUse, ScalarConstructError, type ScalarTag } from './pyyaml-scalars.js';

export interface ConvertLimits {
  /** Values built in all, counting every expansion of an alias: the guard against alias bombs. */
  maxNodes: number;
  maxDepth: number;
}

export const DEFAULT_LIMITS: ConvertLimits = { maxNodes: 200_000, maxDepth: 200 };

/** A limit that stops reading; `at` is where it was crossed, so the message can point there. */
export class LoadLimitExceeded extends Error {
  constructor(
    message: string,
    readonly at?: { line: number; col: number },
  ) {
    super(message);
  }
}

function limitAt(ctx: Context, node: Node): { line: number; col: number } | undefined {
  const span = spanOf(ctx, node.range);
  return span && { line: span.line, col: span.col };
}

interface Context {
  file: string;
  doc: Document;
  lines: LineCounter;
  limits: ConvertLimits;
  nodes: number;
  diagnostics: Diagnostic[];
  /** Anchored values and how many values each counted for, so every alias use costs its full size. */
  anchors: Map<Node, { value: PyValue; size: number }>;
}

export function documentToPython(
  doc: Document,
  file: string,
  lines: LineCounter,
  limits: ConvertLimits = DEFAULT_LIMITS,
): { value: PyValue; diagnostics: Diagnostic[] } {
  const ctx: Context = { file, doc, lines, limits, nodes: 0, diagnostics: [], anchors: new Map() };
  const contents = doc.contents as Node | null;
  const value: PyValue = contents ? convert(ctx, contents, 0) : { kind: 'none' };
  return { value, diagnostics: ctx.diagnostics };
}

export function spanOf(ctx: { file: string; lines: LineCounter }, range: readonly number[] | null | undefined): Span | undefined {
  if (!range) return undefined;
  const [start, end] = [range[0] ?? 0, range[1] ?? range[0] ?? 0];
  const a = ctx.lines.linePos(start);
  const b = ctx.lines.linePos(end);
  return { file: ctx.file, line: a.line, col: a.col, endLine: b.line, endCol: b.col, offset: start, endOffset: end };
}

function fail(ctx: Context, node: Node | Pair | undefined, ruleId: string, message: string): never {
  const range = node && 'range' in node ? node.range : isPair(node) ? (node.key as Node | null)?.range : undefined;
  const span = spanOf(ctx, range);
  throw new ConvertError({
    ruleId,
    severity: 'error',
    message,
    file: ctx.file,
    line: span?.line ?? 1,
    col: span?.col ?? 1,
  });
}

export class ConvertError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

function convert(ctx: Context, node: Node, depth: number): PyValue {
  if (++ctx.nodes > ctx.limits.maxNodes) {
    throw new LoadLimitExceeded(`more than ${ctx.limits.maxNodes} values after expanding aliases (an alias bomb?)`, limitAt(ctx, node));
  }
  if (depth > ctx.limits.maxDepth) throw new LoadLimitExceeded(`nesting deeper than ${ctx.limits.maxDepth} levels`, limitAt(ctx, node));
  if (isAlias(node)) return convertAlias(ctx, node, depth);
  const before = ctx.nodes;
  const value = isScalar(node) ? convertScalar(ctx, node) : isMap(node) ? convertMap(ctx, node, depth) : isSeq(node) ? convertSeq(ctx, node, depth) : fail(ctx, node, 'yaml-syntax', 'unsupported YAML node');
  if ((node as { anchor?: string }).anchor) ctx.anchors.set(node, { value, size: ctx.nodes - before + 1 });
  return value;
}

function convertAlias(ctx: Context, alias: Alias, depth: number): PyValue {
  const target = alias.resolve(ctx.doc);
  if (!target) fail(ctx, alias, 'yaml-syntax', `found undefined alias '${alias.source}'`);
  const known = ctx.anchors.get(target);
  if (!known) return convert(ctx, target, depth + 1);
  // PyYAML shares the anchored object; charging its whole size keeps alias bombs bounded.
  ctx.nodes += known.size;
  if (ctx.nodes > ctx.limits.maxNodes) {
    throw new LoadLimitExceeded(`more than ${ctx.limits.maxNodes} values after expanding aliases (an alias bomb?)`, limitAt(ctx, alias));
  }
  return known.value;
}

const STYLE = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'block',
  BLOCK_FOLDED: 'block',
} as const;

function scalarTag(ctx: Context, node: Scalar): ScalarTag | 'binary' {
  const text = String(node.value ?? '');
  if (node.tag) {
    if (node.tag === '!') return 'str';
    const tag = explicitScalarTag(node.tag);
    if (!tag) fail(ctx, node, 'yaml-tag', `PyYAML's safe loader cannot construct the tag ${node.tag}, so Patroni would fail to read this file`);
    return tag;
  }
  return node.type === 'PLAIN' || node.type === undefined ? implicitTag(text) : 'str';
}

function convertScalar(ctx: Context, node: Scalar): PyValue {
  const text = node.value === null || node.value === undefined ? '' : String(node.value);
  const span = spanOf(ctx, node.range);
  const tag = scalarTag(ctx, node);
  try {
    if (tag === 'binary') return { kind: 'bytes', value: Buffer.from(text.replace(/\s+/g, ''), 'base64'), ...(span && { span }) };
    const value = constructScalar(tag, text);
    if (value.kind === 'str') {
      return { ...value, style: STYLE[(node.type ?? 'PLAIN') as keyof typeof STYLE], ...(span && { span }) };
    }
    return { ...value, ...(span && { span }) };
  } catch (err) {
    if (err instanceof ScalarConstructError) fail(ctx, node, 'yaml-value', err.message);
    if (err instanceof IntTooLongToUse) fail(ctx, node, 'yaml-value', `an integer of ${err.message}: PyYAML reads it, but Python refuses to turn it into text (str, repr, JSON), so Patroni fails wherever it uses it`);
    throw err;
  }
}

function convertSeq(ctx: Context, node: Node & { items: unknown[]; range?: readonly number[] | null }, depth: number): PyValue {
  const items = node.items.map((item) => (item === null ? { kind: 'none' as const } : convert(ctx, item as Node, depth + 1)));
  const span = spanOf(ctx, node.range);
  return { kind: 'list', items, ...(span && { span }) };
}

function isMergeKey(node: unknown): boolean {
  if (!isScalar(node)) return false;
  if (node.tag === 'tag:yaml.org,2002:merge') return true;
  return !node.tag && node.type === 'PLAIN' && node.value === '<<';
}

function convertMap(ctx: Context, node: Node & { items: Pair[]; range?: readonly number[] | null }, depth: number): PyDict {
  const merged: PyEntry[] = [];
  const own: PyEntry[] = [];
  for (const pair of node.items) {
    if (isMergeKey(pair.key)) {
      merged.push(...mergeSource(ctx, pair, depth));
      continue;
    }
    const key = pair.key === null ? ({ kind: 'none' } as PyValue) : convertKey(ctx, pair.key as Node, depth);
    const value = pair.value === null ? nullAt(ctx, pair) : convert(ctx, pair.value as Node, depth + 1);
    own.push({ key, value });
  }
  const span = spanOf(ctx, node.range);
  return { kind: 'dict', entries: dedupe(ctx, [...merged, ...own], own), ...(span && { span }) };
}

function nullAt(ctx: Context, pair: Pair): PyValue {
  const keyRange = (pair.key as Node | null)?.range;
  const span = spanOf(ctx, keyRange ? [keyRange[1], keyRange[1]] : undefined);
  return { kind: 'none', ...(span && { span }) };
}

function convertKey(ctx: Context, keyNode: Node, depth: number): PyValue {
  // PyYAML turns the `=` value key into a plain string key.
  if (isScalar(keyNode) && !keyNode.tag && keyNode.type === 'PLAIN' && keyNode.value === '=') {
    const span = spanOf(ctx, keyNode.range);
    return { kind: 'str', value: '=', style: 'plain', ...(span && { span }) };
  }
  return convert(ctx, keyNode, depth + 1);
}

function mergeSource(ctx: Context, pair: Pair, depth: number): PyEntry[] {
  const source = pair.value === null ? undefined : convert(ctx, pair.value as Node, depth + 1);
  if (source?.kind === 'dict') return source.entries;
  if (source?.kind === 'list' && source.items.every((item) => item.kind === 'dict')) {
    return [...source.items].reverse().flatMap((item) => (item as PyDict).entries);
  }
  return fail(ctx, pair, 'yaml-merge', 'a << merge key needs a mapping or a list of mappings');
}

/** Python dict construction: the last value wins, the first position stays. Repeats in the file itself are reported. */
function dedupe(ctx: Context, entries: PyEntry[], own: PyEntry[]): PyEntry[] {
  const index = new Map<string, number>();
  const out: PyEntry[] = [];
  const ownSeen = new Map<string, PyEntry>();
  // A Set, not own.includes(): a mapping with 100,000 keys must not cost 10^10 steps.
  const owned = new Set(own);
  for (const entry of entries) {
    const key = hashKey(ctx, entry);
    const isOwn = owned.has(entry);
    if (isOwn) {
      const earlier = ownSeen.get(key);
      if (earlier) reportDuplicate(ctx, earlier, entry);
      ownSeen.set(key, entry);
    }
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, out.length);
      out.push(entry);
    } else {
      out[at] = { key: out[at]!.key, value: entry.value };
    }
  }
  return out;
}

function hashKey(ctx: Context, entry: PyEntry): string {
  try {
    return pyKey(entry.key);
  } catch (err) {
    if (err instanceof UnhashableKey) {
      const span = entry.key.span;
      throw new ConvertError({
        ruleId: 'yaml-key',
        severity: 'error',
        message: 'found unhashable key (a list or mapping used as a key); PyYAML refuses it',
        file: ctx.file,
        line: span?.line ?? 1,
        col: span?.col ?? 1,
      });
    }
    throw err;
  }
}

/** The duplicate-key warning; cst-to-python.ts reports its repeats with it too. */
export function reportDuplicate(ctx: { file: string; diagnostics: Diagnostic[] }, first: PyEntry, again: PyEntry): void {
  const span = again.key.span;
  const where = first.key.span ? ` (first at line ${first.key.span.line})` : '';
  ctx.diagnostics.push({
    ruleId: 'duplicate-key',
    severity: 'warning',
    message: `duplicate key ${describeKey(again.key)}${where}${whatIsLost(first, again)}`,
    file: ctx.file,
    line: span?.line ?? 1,
    col: span?.col ?? 1,
  });
}

/**
 * Equal values lose nothing; different ones mean the author wanted both, which a mapping cannot
 * hold. Values are not quoted: a repeated password would be printed. Several `host` lines are
 * the common case: etcd and etcd3 take several hosts as a list under `hosts`.
 */
function whatIsLost(first: PyEntry, again: PyEntry): string {
  if (pyEq(first.value, again.value)) return ' with the same value: nothing is lost, the repeat can go';
  const line = again.key.span ? ` (line ${again.key.span.line})` : '';
  const hosts = again.key.kind === 'str' && again.key.value === 'host' ? '; if several hosts were meant, etcd and etcd3 take them as a list under hosts' : '';
  return ` with a different value: PyYAML silently keeps only this last value${line}, which is what Patroni uses${hosts}`;
}

function describeKey(key: PyValue): string {
  return key.kind === 'str' ? `'${key.value}'` : `of type ${key.kind}`;
}
