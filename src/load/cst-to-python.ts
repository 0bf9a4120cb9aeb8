/**
 * The short way from YAML text to Python values: straight from the `yaml` package's CST (the
 * tokens of its `Parser`), without composing a Document of nodes first. It takes only the
 * plain shape of a configuration file: block and flow mappings and sequences of scalars with
 * comments, in one document. For anything else (anchors, aliases, tags, `<<` merge keys,
 * explicit or complex keys, directives, `...`, several documents, tabs in indentation, any
 * error, any scalar PyYAML would refuse, a limit reached) it answers undefined and
 * parse-source.ts reads the text through the Document as before, so hard cases keep the one
 * careful path.
 *
 * For what it takes it must give exactly what the Document path gives: the same values with
 * the same spans, the same key order and last-value-wins dicts, the same duplicate-key
 * warnings in the same order. Ranges are therefore worked out as the composer works them out
 * (resolve-block-map.js, resolve-block-seq.js, resolve-flow-collection.js, resolve-props.js
 * of `yaml` 2.9), and every condition under which the composer would report an error makes
 * this path give up instead. test/load/cst-to-python.test.ts holds the two paths side by side.
 */
import { CST, type LineCounter } from 'yaml';
import type { Diagnostic } from '../diagnostic.js';
import { pyKey } from '../py/truth.js';
import type { PyDict, PyEntry, PyValue, Span } from '../py/value.js';
import { constructScalar, implicitTag } from './pyyaml-scalars.js';
import { reportDuplicate, type ConvertLimits } from './yaml-to-python.js';

/** Thrown inside this module only: the input is not one this path takes. */
const GIVE_UP = Symbol('give up');

interface Context {
  file: string;
  lines: LineCounter;
  limits: ConvertLimits;
  nodes: number;
  diagnostics: Diagnostic[];
  /** range[2] of the node converted last: where the composer's offset moves on to. */
  end: number;
}

/** The Python value of the one document in `tokens`, or undefined when the Document path must read it. */
export function tokensToPython(
  tokens: readonly CST.Token[],
  file: string,
  lines: LineCounter,
  limits: ConvertLimits,
): { value: PyValue; diagnostics: Diagnostic[] } | undefined {
  let doc: CST.Document | undefined;
  for (const token of tokens) {
    switch (token.type) {
      case 'comment':
      case 'newline':
      case 'space':
        continue;
      case 'document':
        if (doc) return undefined;
        doc = token;
        continue;
      default:
        return undefined;
    }
  }
  if (!doc || !doc.value) return undefined;
  const ctx: Context = { file, lines, limits, nodes: 0, diagnostics: [], end: 0 };
  try {
    const props = resolveProps(doc.start, 'doc-start', false, true, doc.offset);
    const root = doc.value;
    if (props.found && (root.type === 'block-map' || root.type === 'block-seq') && !props.hasNewline) return undefined;
    const value = convert(ctx, root, 0);
    if (doc.end) for (const t of doc.end) if (!isBlank(t)) return undefined;
    return { value, diagnostics: ctx.diagnostics };
  } catch (err) {
    // A stack overflow is the Document path's to report, in its words.
    if (err === GIVE_UP || err instanceof RangeError) return undefined;
    throw err;
  }
}

function isBlank(t: CST.SourceToken): boolean {
  return t.type === 'space' || t.type === 'comment' || t.type === 'newline';
}

interface Props {
  found: CST.SourceToken | null;
  comma: CST.SourceToken | null;
  /** Whether a comment came before the node: an empty node then ends after it. */
  comment: boolean;
  hasNewline: boolean;
  end: number;
}

/**
 * resolve-props.js of `yaml`, for the tokens this path takes: gives up where it would report
 * an error, and on anchors, tags and tabs (whose errors depend on more than the tokens here).
 */
function resolveProps(tokens: readonly CST.SourceToken[], indicator: CST.SourceToken['type'], flow: boolean, startOnNewline: boolean, offset: number): Props {
  let hasSpace = startOnNewline;
  let comment = false;
  let hasNewline = false;
  let found: CST.SourceToken | null = null;
  let comma: CST.SourceToken | null = null;
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        if (token.source.includes('\t')) throw GIVE_UP;
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) throw GIVE_UP;
        comment = true;
        break;
      case 'newline':
        hasNewline = true;
        hasSpace = true;
        break;
      case indicator:
        if (found) throw GIVE_UP;
        found = token;
        hasSpace = false;
        break;
      case 'comma':
        if (!flow || comma) throw GIVE_UP;
        comma = token;
        hasSpace = false;
        break;
      default:
        throw GIVE_UP;
    }
  }
  const last = tokens[tokens.length - 1];
  return { found, comma, comment, hasNewline, end: last ? last.offset + last.source.length : offset };
}

function convert(ctx: Context, token: CST.Token, depth: number): PyValue {
  if (++ctx.nodes > ctx.limits.maxNodes || depth > ctx.limits.maxDepth) throw GIVE_UP;
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return scalar(ctx, token, false);
    case 'block-map':
      return blockMap(ctx, token, depth);
    case 'block-seq':
      return blockSeq(ctx, token, depth);
    case 'flow-collection':
      return token.start.source === '{' ? flowMap(ctx, token, depth) : flowSeq(ctx, token, depth);
    default:
      throw GIVE_UP;
  }
}

const STYLE = { PLAIN: 'plain', QUOTE_SINGLE: 'single', QUOTE_DOUBLE: 'double', BLOCK_LITERAL: 'block', BLOCK_FOLDED: 'block' } as const;

function giveUp(): never {
  throw GIVE_UP;
}

/** A scalar as composeScalar reads it and yaml-to-python.ts types it; `atKey` stands for convertKey's `=`. */
function scalar(ctx: Context, token: CST.FlowScalar | CST.BlockScalar, atKey: boolean): PyValue {
  const resolved = CST.resolveAsScalar(token, false, giveUp);
  if (!resolved || !resolved.type) throw GIVE_UP;
  const { value: text, type, range } = resolved;
  ctx.end = range[2];
  const span = spanAt(ctx, range[0], range[1]);
  if (type !== 'PLAIN') return { kind: 'str', value: text, style: STYLE[type], span };
  if (text === '<<') throw GIVE_UP;
  if (atKey && text === '=') return { kind: 'str', value: '=', style: 'plain', span };
  const tag = implicitTag(text);
  if (tag === 'str') return { kind: 'str', value: text, style: 'plain', span };
  let value: PyValue;
  try {
    value = constructScalar(tag, text);
  } catch {
    throw GIVE_UP;
  }
  value.span = span;
  return value;
}

/** composeEmptyNode: a null where the composer puts one, after `before`'s indicator and spaces. */
function empty(ctx: Context, props: Props, before: readonly CST.SourceToken[] | undefined): PyValue {
  const at = emptyScalarPosition(props.end, before);
  ctx.end = props.comment ? props.end : at;
  return { kind: 'none', span: spanAt(ctx, at, at) };
}

function emptyScalarPosition(offset: number, before: readonly CST.SourceToken[] | undefined): number {
  if (!before) return offset;
  for (let i = before.length - 1; i >= 0; --i) {
    let st = before[i]!;
    if (st.type === 'space' || st.type === 'comment' || st.type === 'newline') {
      offset -= st.source.length;
      continue;
    }
    st = before[++i]!;
    while (st?.type === 'space') {
      offset += st.source.length;
      st = before[++i]!;
    }
    break;
  }
  return offset;
}

function spanAt(ctx: Context, start: number, end: number): Span {
  const a = ctx.lines.linePos(start);
  const b = ctx.lines.linePos(end);
  return { file: ctx.file, line: a.line, col: a.col, endLine: b.line, endCol: b.col, offset: start, endOffset: end };
}

/** A mapping key: a one-line scalar, not `<<`. */
function key(ctx: Context, token: CST.Token, depth: number): PyValue {
  if (token.type !== 'scalar' && token.type !== 'single-quoted-scalar' && token.type !== 'double-quoted-scalar') throw GIVE_UP;
  if (++ctx.nodes > ctx.limits.maxNodes || depth > ctx.limits.maxDepth) throw GIVE_UP;
  // util-contains-newline.js: a multi-line implicit key is an error.
  if (token.source.includes('\n')) throw GIVE_UP;
  if (token.end) for (const t of token.end) if (t.type === 'newline') throw GIVE_UP;
  return scalar(ctx, token, true);
}

function blockMap(ctx: Context, bm: CST.BlockMap, depth: number): PyDict {
  let offset = bm.offset;
  let commentEnd: number | null = null;
  const entries: PyEntry[] = [];
  for (const item of bm.items) {
    const keyProps = resolveProps(item.start, 'explicit-key-ind', false, true, offset);
    if (keyProps.found || item.explicitKey) throw GIVE_UP;
    if (!item.sep) {
      // A line of comments between the pairs.
      if (item.key || item.value) throw GIVE_UP;
      commentEnd = keyProps.end;
      continue;
    }
    const keyToken = item.key;
    if (!keyToken || !('indent' in keyToken) || keyToken.indent !== bm.indent) throw GIVE_UP;
    const k = key(ctx, keyToken, depth + 1);
    const valueProps = resolveProps(item.sep, 'map-value-ind', false, false, ctx.end);
    offset = valueProps.end;
    if (!valueProps.found) throw GIVE_UP;
    const valueToken = item.value;
    if (valueToken?.type === 'block-map' && !valueProps.hasNewline) throw GIVE_UP;
    const v = valueToken ? convert(ctx, valueToken, depth + 1) : empty(ctx, valueProps, item.sep);
    offset = ctx.end;
    entries.push({ key: k, value: v });
  }
  if (commentEnd !== null && commentEnd < offset) throw GIVE_UP;
  ctx.end = commentEnd ?? offset;
  return { kind: 'dict', entries: dedupe(ctx, entries), span: spanAt(ctx, bm.offset, offset) };
}

function blockSeq(ctx: Context, bs: CST.BlockSequence, depth: number): PyValue {
  let offset = bs.offset;
  let commentEnd: number | null = null;
  const items: PyValue[] = [];
  for (const item of bs.items) {
    const props = resolveProps(item.start, 'seq-item-ind', false, true, offset);
    if (!props.found) {
      if (item.value) throw GIVE_UP;
      commentEnd = props.end;
      continue;
    }
    items.push(item.value ? convert(ctx, item.value, depth + 1) : empty(ctx, props, item.start));
    offset = ctx.end;
  }
  ctx.end = commentEnd ?? offset;
  return { kind: 'list', items, span: spanAt(ctx, bs.offset, offset) };
}

function isBlock(token: CST.Token): boolean {
  return token.type === 'block-map' || token.type === 'block-seq';
}

/** The items of a flow collection in turn, as resolve-flow-collection.js checks them; `each` reads one and returns the offset after it. */
function flowItems(fc: CST.FlowCollection, each: (item: CST.CollectionItem) => number): void {
  let offset = fc.offset + fc.start.source.length;
  const n = fc.items.length;
  for (let i = 0; i < n; i++) {
    const item = fc.items[i]!;
    const props = resolveProps(item.start, 'explicit-key-ind', true, false, offset);
    if (props.found) throw GIVE_UP;
    if (!item.sep && !item.value && !item.key) {
      // Only a trailing comma may leave an empty item.
      if (i === 0 || i < n - 1) throw GIVE_UP;
      offset = props.end;
      continue;
    }
    if (i === 0 ? props.comma : !props.comma) throw GIVE_UP;
    offset = each(item);
  }
}

/** The flow collection's closing bracket and what follows it: its range. */
function flowEnd(ctx: Context, fc: CST.FlowCollection, close: string): number {
  const [ce, ...rest] = fc.end;
  if (!ce || ce.source !== close) throw GIVE_UP;
  const closed = ce.offset + ce.source.length;
  let end = closed;
  for (const t of rest) {
    if (!isBlank(t)) throw GIVE_UP;
    end += t.source.length;
  }
  ctx.end = end;
  return closed;
}

function flowSeq(ctx: Context, fc: CST.FlowCollection, depth: number): PyValue {
  const items: PyValue[] = [];
  flowItems(fc, (item) => {
    if (item.key || item.sep || !item.value || isBlock(item.value)) throw GIVE_UP;
    items.push(convert(ctx, item.value, depth + 1));
    return ctx.end;
  });
  const closed = flowEnd(ctx, fc, ']');
  return { kind: 'list', items, span: spanAt(ctx, fc.offset, closed) };
}

function flowMap(ctx: Context, fc: CST.FlowCollection, depth: number): PyDict {
  const entries: PyEntry[] = [];
  flowItems(fc, (item) => {
    if (!item.key || !item.sep) throw GIVE_UP;
    const k = key(ctx, item.key, depth + 1);
    const valueProps = resolveProps(item.sep, 'map-value-ind', true, false, ctx.end);
    if (!valueProps.found) throw GIVE_UP;
    const v = item.value ? (isBlock(item.value) ? giveUp() : convert(ctx, item.value, depth + 1)) : empty(ctx, valueProps, item.sep);
    entries.push({ key: k, value: v });
    return ctx.end;
  });
  const closed = flowEnd(ctx, fc, '}');
  return { kind: 'dict', entries: dedupe(ctx, entries), span: spanAt(ctx, fc.offset, closed) };
}

/**
 * Python dict construction as yaml-to-python.ts does it when there is no merge: the last
 * value wins, the first position stays, each repeat is reported against the one before it.
 */
function dedupe(ctx: Context, entries: PyEntry[]): PyEntry[] {
  const index = new Map<string, number>();
  let last: Map<string, PyEntry> | undefined;
  const out: PyEntry[] = [];
  for (const entry of entries) {
    const k = pyKey(entry.key);
    const at = index.get(k);
    if (at === undefined) {
      index.set(k, out.length);
      out.push(entry);
      continue;
    }
    last ??= new Map();
    reportDuplicate(ctx, last.get(k) ?? out[at]!, entry);
    last.set(k, entry);
    out[at] = { key: out[at]!.key, value: entry.value };
  }
  return out;
}
