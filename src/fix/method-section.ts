/**
 * Finding a method section in the file: the pair that holds it (as the `yaml` package reads
 * it) and the block mapping it should move to. Used by the replica-method-section and
 * bootstrap-method-fallback fixes.
 */
import type { Node, Pair, YAMLMap } from 'yaml';
import { dictEntry } from '../py/dict.js';
import type { PyValue } from '../py/value.js';
import type { FixContext } from './fixer.js';
import { blockMapAt } from './insert-pair.js';
import { inFile, pairWithKeyAt } from './yaml-nodes.js';

export function valueAt(ctx: FixContext, path: readonly string[]): PyValue | undefined {
  return path.reduce<PyValue | undefined>((v, k) => dictEntry(v, k)?.value, ctx.root);
}

/** The pair `path` names, when it is a block mapping of this file, with its keys. */
export function sectionPair(ctx: FixContext, path: readonly string[]): { pair: Pair<Node, Node | null>; holder?: Pair<Node, Node | null>; keys: string[] } | undefined {
  const parent = valueAt(ctx, path.slice(0, -1));
  const entry = dictEntry(parent, path[path.length - 1]!);
  if (entry?.value.kind !== 'dict' || !inFile(entry.key.span, ctx.file) || !inFile(entry.value.span, ctx.file)) return undefined;
  if (!blockMapAt(ctx.doc, entry.value.span.offset)) return undefined;
  const found = pairWithKeyAt(ctx.doc, entry.key.span.offset);
  const holderKey = path.length > 1 ? dictEntry(valueAt(ctx, path.slice(0, -2)), path[path.length - 2]!)?.key.span : undefined;
  const holder = holderKey && inFile(holderKey, ctx.file) ? pairWithKeyAt(ctx.doc, holderKey.offset)?.pair : undefined;
  return found && { pair: found.pair, ...(holder && { holder }), keys: entry.value.entries.flatMap((e) => (e.key.kind === 'str' ? [e.key.value] : [])) };
}

/** The block mapping at `path`, when there is one in this file. */
export function blockMapAtPath(ctx: FixContext, path: readonly string[]): YAMLMap<Node, Node | null> | undefined {
  const v = valueAt(ctx, path);
  return v?.kind === 'dict' && inFile(v.span, ctx.file) ? blockMapAt(ctx.doc, v.span.offset) : undefined;
}
