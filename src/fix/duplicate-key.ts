/**
 * duplicate-key fix: the mapping is written the way PyYAML reads it. PyYAML builds a Python
 * dict, in which a repeated key keeps the place of its first occurrence and takes the value
 * of its last: so the last value (with its comment) moves to the first key, and the later
 * occurrences go. Order matters where Patroni iterates a mapping (a method section's
 * `--key=value` arguments come in dict order), so the first place is kept.
 * Only repeats written with the same value: different values (three `host:` lines in etcd3) mean
 * the author wanted them all, and deleting all but one would keep Patroni's behaviour but not
 * what was meant, so the finding stays for the author to decide.
 */
import { isMap, isScalar, visit, type Node, type Pair } from 'yaml';
import type { Fix, Fixer, FixContext } from './fixer.js';
import { pairEnd } from './pair-extent.js';
import { lineStart, nextLineStart, type TextEdit } from './text-edit.js';

type AnyPair = Pair<Node, Node | null>;

/** From just after the key to the end of the pair: the `: value  # comment` part. */
const valuePart = (text: string, pair: AnyPair): [number, number] => [pair.key.range![1], pairEnd(text, pair)];

/** A key written as a plain or quoted one-line scalar, and not the merge key. */
function simpleKey(pair: AnyPair): string | undefined {
  const type = (pair.key?.srcToken as { type?: string } | undefined)?.type;
  if (!isScalar(pair.key) || !['scalar', 'single-quoted-scalar', 'double-quoted-scalar'].includes(type ?? '')) return undefined;
  const v = String(pair.key.value);
  return v === '<<' && type === 'scalar' ? undefined : `${type === 'scalar' ? 'plain' : 'quoted'}:${v}`;
}

/** The value as written, without its comment: the same text is certainly the same value. */
function valueText(text: string, pair: AnyPair): string {
  const range = pair.value?.range;
  return range ? text.slice(range[0], range[1]).trim() : '';
}

function fixGroup(text: string, pairs: AnyPair[]): Fix | undefined {
  const first = pairs[0]!;
  const last = pairs[pairs.length - 1]!;
  if (pairs.some((p) => valueText(text, p) !== valueText(text, first))) return undefined;
  if (pairs.some((p) => text.slice(lineStart(text, p.key.range![0]), p.key.range![0]).trim() !== '')) return undefined;
  const [from, to] = valuePart(text, last);
  const edits: TextEdit[] = [{ start: valuePart(text, first)[0], end: valuePart(text, first)[1], text: text.slice(from, to) }];
  for (const p of pairs.slice(1)) edits.push({ start: lineStart(text, p.key.range![0]), end: nextLineStart(text, pairEnd(text, p)), text: '' });
  const key = last.key.range!;
  const at = lineAndCol(text, key[0]);
  return { ruleId: 'duplicate-key', ...at, description: `kept the last value of the repeated key ${String((last.key as { value: unknown }).value)}`, edits };
}

function lineAndCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - lineStart(text, offset) + 1 };
}

export const duplicateKeyFixer: Fixer = {
  ruleId: 'duplicate-key',
  fixes(ctx: FixContext): Fix[] {
    const out: Fix[] = [];
    visit(ctx.doc, {
      Map(_, map) {
        if (!isMap(map) || (map.srcToken as { type?: string } | undefined)?.type !== 'block-map') return;
        const groups = new Map<string, AnyPair[]>();
        for (const pair of map.items as AnyPair[]) {
          const k = pair.key?.range && simpleKey(pair);
          if (k) groups.set(k, [...(groups.get(k) ?? []), pair]);
        }
        for (const group of groups.values()) {
          const f = group.length > 1 ? fixGroup(ctx.text, group) : undefined;
          if (f) out.push(f);
        }
      },
    });
    return out;
  },
};
