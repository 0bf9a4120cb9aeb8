/**
 * A linear scan that estimates how deeply a YAML text nests, run before the parser: the
 * `yaml` package recurses once per level, so a million `[` or `- ` take seconds and hundreds
 * of megabytes before it gives up with a stack overflow. The estimate is rough on purpose
 * (block indentation levels, compact `- ` entries and open flow brackets outside quotes and
 * comments); the limit it is held to is well above the converter's exact depth limit, so a
 * document refused here would have been refused there too, only later.
 */

export interface Position {
  line: number;
  col: number;
}

interface ScanState {
  /** Indentations of the enclosing block levels, innermost last. */
  indents: number[];
  flow: number;
  line: number;
  lineStart: number;
}

/** Where the estimated nesting first goes over `limit`, or undefined when it never does. */
export function nestingOver(text: string, limit: number): Position | undefined {
  const st: ScanState = { indents: [], flow: 0, line: 1, lineStart: 0 };
  let i = 0;
  while (i < text.length) {
    if (st.flow === 0) {
      const over = blockLine(text, i, st, limit);
      if (over) return over;
    }
    i = scanLine(text, i, st, limit);
    if (i < 0) return { line: st.line, col: -i - st.lineStart };
    st.line++;
    st.lineStart = i;
  }
  return undefined;
}

/** The block depth of the line starting at `i`: indentation levels plus leading `- ` entries. */
function blockLine(text: string, i: number, st: ScanState, limit: number): Position | undefined {
  let j = i;
  while (text[j] === ' ') j++;
  const indent = j - i;
  if (j >= text.length || text[j] === '\n' || text[j] === '\r' || text[j] === '#') return undefined;
  while (st.indents.length && st.indents[st.indents.length - 1]! > indent) st.indents.pop();
  if (!st.indents.length || st.indents[st.indents.length - 1]! < indent) st.indents.push(indent);
  let dashes = 0;
  while ((text[j] === '-' || text[j] === '?') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
    dashes++;
    j += 2;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (st.indents.length + dashes > limit) return { line: st.line, col: j - i + 1 };
  }
  return st.indents.length + dashes > limit ? { line: st.line, col: indent + 1 } : undefined;
}

/**
 * Follows flow brackets to the end of the line (or past a quoted scalar that spans lines);
 * returns the offset after the newline, or minus the offset where the limit was crossed.
 */
function scanLine(text: string, start: number, st: ScanState, limit: number): number {
  let i = start;
  let lineStart = start;
  while (i < text.length && text[i] !== '\n') {
    const c = text[i]!;
    const prev = i === lineStart ? ' ' : text[i - 1]!;
    if (c === '#' && (prev === ' ' || prev === '\t')) {
      while (i < text.length && text[i] !== '\n') i++;
      break;
    }
    if ((c === '"' || c === "'") && quoteOpens(text, i, lineStart)) {
      i = skipQuoted(text, i, st);
      lineStart = st.lineStart;
      continue;
    }
    if (c === '[' || c === '{') {
      st.flow++;
      if (st.indents.length + st.flow > limit) return -(i + 1);
    } else if ((c === ']' || c === '}') && st.flow > 0) {
      st.flow--;
    }
    i++;
  }
  return i + 1;
}

/**
 * A quote opens a quoted scalar only where a node can start: first on the line, after a
 * flow indicator, or after `: `, `- `, `? `. Elsewhere it is part of a plain scalar
 * (`it's`, `echo "x`), and taking it for an opening quote would hide what follows.
 */
function quoteOpens(text: string, i: number, lineStart: number): boolean {
  let j = i - 1;
  while (j >= lineStart && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j < lineStart) return true;
  const p = text[j]!;
  return '[{,'.includes(p) || (':-?'.includes(p) && j < i - 1);
}

/** The offset after a quoted scalar; counts the lines it spans. */
function skipQuoted(text: string, open: number, st: ScanState): number {
  const q = text[open]!;
  let i = open + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') {
      st.line++;
      st.lineStart = i + 1;
    } else if (q === '"' && c === '\\') {
      i++;
    } else if (c === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
    i++;
  }
  return i;
}
