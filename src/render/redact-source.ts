/**
 * Source text with its secrets masked, for the renderers that quote a source line under a
 * diagnostic: a password's line can carry a finding (a type error, a deprecated key) and the
 * excerpt must not show the value. Lines and the text before a secret keep their places, so
 * the line number and a caret in front of the value stay right.
 */
import type { Span } from '../py/value.js';
import { MASK, secretAssignment } from '../validate/secret-values.js';

/** Masks the spans (those of this file), then, line by line, any `name: value` whose name holds secrets. */
export function redactSource(file: string, text: string, spans: readonly Span[]): string {
  return maskSecretLines(maskSpans(text, spans.filter((s) => s.file === file && !s.envVar)));
}

/** One pass over the text, spans merged where they overlap (a secret mapping and the values in it). */
function maskSpans(text: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  let done = 0;
  for (const s of [...spans].sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset)) {
    const from = Math.max(s.offset, done);
    if (s.endOffset <= from) continue;
    // Each line of a multi-line value keeps its indentation, so the lines stay lines.
    parts.push(text.slice(done, from), text.slice(from, s.endOffset).replace(/[^\r\n]+/g, (part) => /^\s*/.exec(part)![0] + MASK));
    done = s.endOffset;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

/**
 * The fallback for what the spans cannot cover: a file that does not parse, a key where the
 * schema does not expect it, an environment file's `PATRONI_..._PASSWORD=` line.
 */
function maskSecretLines(text: string): string {
  return text.replace(/^.*$/gm, (line) => {
    const a = secretAssignment(line);
    return a ? `${a.lead}${MASK}${a.end}` : line;
  });
}

/**
 * An environment file's line that is no `NAME=value` assignment is not quoted: it may be the
 * rest of a password that a quote or a line break cut off from its assignment.
 */
export function maskEnvFileNonAssignments(text: string): string {
  return text.replace(/^([ \t]*)(?!#|export[ \t]+[A-Za-z_]\w*=|[A-Za-z_]\w*=)(\S[^\r\n]*)/gm, (_line, lead: string) => `${lead}${MASK}`);
}
