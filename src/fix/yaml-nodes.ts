/**
 * Questions the fixes ask of the `yaml` package's view of the file: which node starts at a
 * position, which pair a key belongs to, whether a range is shared through an alias.
 */
import { CST, isAlias, isCollection, isScalar, visit, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Span } from '../py/value.js';
import type { TextEdit } from './text-edit.js';

export interface PairInMap {
  pair: Pair<Node, Node | null>;
  map: YAMLMap<Node, Node | null>;
}

/** The pair whose key starts at `offset`, with the mapping that holds it. */
export function pairWithKeyAt(doc: Document.Parsed, offset: number): PairInMap | undefined {
  let found: PairInMap | undefined;
  visit(doc, {
    Map(_, map) {
      for (const pair of (map as YAMLMap<Node, Node | null>).items) {
        if ((pair.key as Node | null)?.range?.[0] === offset) {
          found = { pair, map: map as YAMLMap<Node, Node | null> };
          return visit.BREAK;
        }
      }
      return undefined;
    },
  });
  return found;
}

/** The scalar that starts at `offset`. */
export function scalarAt(doc: Document.Parsed, offset: number): Scalar | undefined {
  let found: Scalar | undefined;
  visit(doc, {
    Scalar(_, s) {
      if (s.range?.[0] === offset) {
        found = s;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Ranges an edit must not touch: an anchored node that an alias repeats (an edit there would
 * change every place that uses it) and the aliases themselves.
 */
export function sharedRanges(doc: Document.Parsed): [number, number][] {
  const aliased = new Set<string>();
  const anchored: { name: string; range: [number, number] }[] = [];
  const out: [number, number][] = [];
  visit(doc, (_, node) => {
    if (isAlias(node)) {
      aliased.add(node.source);
      if (node.range) out.push([node.range[0], node.range[2]]);
    } else if ((isScalar(node) || isCollection(node)) && node.anchor && node.range) {
      anchored.push({ name: node.anchor, range: [node.range[0], node.range[2]] });
    }
  });
  for (const a of anchored) if (aliased.has(a.name)) out.push(a.range);
  return out;
}

export function touchesShared(edits: readonly TextEdit[], shared: readonly [number, number][]): boolean {
  return edits.some((e) => shared.some(([s, end]) => e.start <= end && s <= e.end));
}

/** A span of this very file (not an environment override, not another file of a directory). */
export const inFile = (span: Span | undefined, file: string): span is Span => span !== undefined && !span.envVar && span.file === file;

/**
 * The edit that gives a scalar a new value in the given style, written by the `yaml`
 * package's CST editor (which escapes and quotes as YAML requires); the rest of the line stays.
 */
export function scalarEdit(node: Scalar, value: string, type: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE'): TextEdit | undefined {
  const token = node.srcToken;
  if (!token || !CST.isScalar(token) || token.type === 'block-scalar') return undefined;
  const copy = { ...token, end: token.end ? [...token.end] : undefined } as typeof token;
  CST.setScalarValue(copy, value, { type });
  return { start: token.offset, end: token.offset + token.source.length, text: copy.source };
}

/** The edit that renames a key written as the plain `from`, or undefined when it is written otherwise. */
export function renameKeyEdit(ctx: { doc: Document.Parsed; text: string }, span: Span, from: string, to: string): TextEdit | undefined {
  if (ctx.text.slice(span.offset, span.endOffset) !== from) return undefined;
  const found = pairWithKeyAt(ctx.doc, span.offset);
  if (!found || !isScalar(found.pair.key)) return undefined;
  return scalarEdit(found.pair.key, to, 'PLAIN');
}
