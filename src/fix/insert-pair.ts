/**
 * Adding `key: value` as the last pair of a block mapping: a new line after the mapping's
 * last content, indented like its other keys, with the file's line break.
 */
import { isScalar, visit, type Document, type Node, type YAMLMap } from 'yaml';
import type { TextEdit } from './text-edit.js';
import { afterLastContentLine, columnOf, lineBreakOf } from './text-edit.js';

/** The block mapping that starts at `offset`. */
export function blockMapAt(doc: Document.Parsed, offset: number): YAMLMap<Node, Node | null> | undefined {
  let found: YAMLMap<Node, Node | null> | undefined;
  visit(doc, {
    Map(_, map) {
      if (map.range?.[0] !== offset || (map.srcToken as { type?: string } | undefined)?.type !== 'block-map') return undefined;
      found = map as YAMLMap<Node, Node | null>;
      return visit.BREAK;
    },
  });
  return found;
}

/** A block scalar that keeps its trailing line breaks (`|+`): a line added after it would join its value. */
function keepsTrailingBreaks(node: Node | null): boolean {
  const token = isScalar(node) ? (node.srcToken as { type?: string; props?: { type: string; source: string }[] } | undefined) : undefined;
  return token?.type === 'block-scalar' && (token.props ?? []).some((p) => p.type === 'block-scalar-header' && p.source.includes('+'));
}

export function appendPairEdit(text: string, map: YAMLMap<Node, Node | null>, line: string): TextEdit | undefined {
  const first = map.items[0]?.key as Node | undefined;
  const last = map.items[map.items.length - 1];
  if (!first?.range || !last || !map.range) return undefined;
  if (keepsTrailingBreaks(last.value)) return undefined;
  const lastEnd = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range?.[1];
  if (lastEnd === undefined) return undefined;
  const at = afterLastContentLine(text, (last.key as Node).range![0], lastEnd);
  const br = lineBreakOf(text);
  const lead = at === text.length && !text.endsWith('\n') ? br : '';
  return { start: at, end: at, text: `${lead}${' '.repeat(columnOf(text, first.range[0]))}${line}${lead ? '' : br}` };
}
