/**
 * Moving a `key: value` pair, with everything nested under it, to the end of another block
 * mapping: its lines are cut where they are and pasted after the target's last content,
 * shifted as a block to the target's indentation (relative indentation inside, block scalars
 * included, is kept). A target mapping that does not exist yet is created as the last key of
 * its parent.
 */
import type { Node, Pair, YAMLMap } from 'yaml';
import { appendPairEdit } from './insert-pair.js';
import { columnOf, lineBreakOf, lineStart, nextLineStart, type TextEdit } from './text-edit.js';
import { pairEnd } from './pair-extent.js';

type AnyPair = Pair<Node, Node | null>;
type AnyMap = YAMLMap<Node, Node | null>;

/** The pair's own lines: from the start of its key's line to the end of its last line; undefined when it shares a line. */
export function pairLines(text: string, pair: AnyPair): [number, number] | undefined {
  const keyStart = pair.key?.range?.[0];
  if (keyStart === undefined) return undefined;
  const start = lineStart(text, keyStart);
  if (text.slice(start, keyStart).trim() !== '') return undefined;
  const end = nextLineStart(text, pairEnd(text, pair));
  const next = text.slice(pairEnd(text, pair), end);
  return next.trim() === '' ? [start, end] : undefined;
}

function shift(block: string, by: number): string | undefined {
  const lines = block.split('\n');
  if (lines.some((l) => /^ *\t/.test(l))) return undefined;
  if (by < 0 && lines.some((l) => l.trim() !== '' && !l.startsWith(' '.repeat(-by)))) return undefined;
  return lines.map((l) => (l.trim() === '' ? l : by >= 0 ? ' '.repeat(by) + l : l.slice(-by))).join('\n');
}

/** The pair's lines, re-indented from its column to `column`, ending with a line break. */
function reindented(text: string, pair: AnyPair, column: number): string | undefined {
  const lines = pairLines(text, pair);
  if (!lines) return undefined;
  let block = text.slice(lines[0], lines[1]);
  if (!block.endsWith('\n')) block += lineBreakOf(text);
  return shift(block, column - columnOf(text, pair.key.range![0]));
}

/**
 * The lines to cut for `pair`: its own, or, when it is the only pair of its mapping, those of
 * the key holding that mapping too (`bootstrap:` left with nothing would read as None).
 */
function cutLines(text: string, pair: AnyPair, holder: AnyPair | undefined): [number, number] | undefined {
  const own = pairLines(text, pair);
  if (!own || !holder || (holder.value as AnyMap | null)?.items?.length !== 1) return own;
  const whole = pairLines(text, holder);
  return whole && text.slice(whole[0], own[0]).split('\n').length === 2 ? whole : undefined;
}

/** Edits that move `pair` to the end of the block mapping `target`; `holder` is the pair whose mapping holds it. */
export function movePairEdits(text: string, pair: AnyPair, target: AnyMap, holder?: AnyPair): TextEdit[] | undefined {
  const first = target.items[0]?.key;
  const lines = cutLines(text, pair, holder);
  if (!first?.range || !lines) return undefined;
  const moved = reindented(text, pair, columnOf(text, first.range[0]));
  const anchor = appendPairEdit(text, target, '');
  if (moved === undefined || !anchor) return undefined;
  const lead = anchor.text.startsWith(lineBreakOf(text)) && anchor.start === text.length ? lineBreakOf(text) : '';
  return [
    { start: lines[0], end: lines[1], text: '' },
    { start: anchor.start, end: anchor.start, text: lead + moved },
  ];
}

/**
 * Edits that move `pair` into a new mapping `name` appended to the block mapping `parent`,
 * one indentation step deeper than parent's keys (the step the file uses under parent). A
 * list of names creates the mappings nested, each one step deeper (`dcs:`, `postgresql:`,
 * `parameters:`). `holder` is the pair whose mapping holds `pair`, as for movePairEdits.
 */
export function movePairIntoNewMapEdits(text: string, pair: AnyPair, parent: AnyMap, name: string | readonly string[], step: number, holder?: AnyPair): TextEdit[] | undefined {
  const names = typeof name === 'string' ? [name] : name;
  const first = parent.items[0]?.key;
  const lines = cutLines(text, pair, holder);
  if (!first?.range || !lines || !names.length) return undefined;
  const column = columnOf(text, first.range[0]);
  const moved = reindented(text, pair, column + step * names.length);
  const anchor = appendPairEdit(text, parent, `${names[0]}:`);
  if (moved === undefined || !anchor) return undefined;
  const br = lineBreakOf(text);
  // at the end of a file without a final line break the added line has none of its own
  const head = anchor.text.endsWith(br) ? anchor.text : anchor.text + br;
  const nested = names.slice(1).map((n, i) => `${' '.repeat(column + step * (i + 1))}${n}:${br}`).join('');
  return [
    { start: lines[0], end: lines[1], text: '' },
    { start: anchor.start, end: anchor.start, text: head + nested + moved },
  ];
}
