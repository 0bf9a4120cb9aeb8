/**
 * A fix is a set of text edits against the file as it is: the bytes outside the edited
 * ranges are kept as written, so comments, blank lines, key order, quoting and indentation
 * elsewhere cannot change.
 */
export interface TextEdit {
  /** 0-based offsets into the text; start === end inserts. */
  start: number;
  end: number;
  text: string;
}

const overlaps = (a: TextEdit, b: TextEdit): boolean => a.start < b.end && b.start < a.end || a.start === b.start;

/** True when no edit of `a` touches an edit of `b`. */
export function disjoint(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  return a.every((x) => b.every((y) => !overlaps(x, y)));
}

/** Applies edits that do not overlap one another (the caller has chosen them so). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line break that ends the line holding `offset` (the text's end when there is none). */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** The end of the line holding the last non-blank character before `end`: where a following line can go. */
export function afterLastContentLine(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(text[i - 1]!)) i--;
  return nextLineStart(text, Math.max(i - 1, start));
}

/** The column of `offset` on its line, 0-based. */
export const columnOf = (text: string, offset: number): number => offset - lineStart(text, offset);

/** The line break the file uses (CRLF files stay CRLF). */
export const lineBreakOf = (text: string): string => (/\r\n/.test(text) ? '\r\n' : '\n');
