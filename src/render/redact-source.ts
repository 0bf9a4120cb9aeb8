/**
 * Source text with its secrets masked, for the renderers that quote a source line under a
 * diagnostic: a password's line can carry a finding (a type error, a deprecated key) and the
 * excerpt must not show the value. Lines and the text before a secret keep their places, so
 * the line number and a caret in front of the value stay right.
 */
import type { Span } from '../py/value.js';

export const MASK = '***';

/** Masks the spans (those of this file), then, line by line, any `name: value` whose name holds secrets. */
export function redactSource(file: string, text: string, spans: readonly Span[], keyNames: ReadonlySet<string>): string {
  return maskSecretLines(maskSpans(text, spans.filter((s) => s.file === file && !s.envVar)), keyNames);
}

function maskSpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.offset - a.offset)) {
    if (s.endOffset <= s.offset) continue;
    // Each line of a multi-line value keeps its indentation, so the lines stay lines.
    const masked = out.slice(s.offset, s.endOffset).replace(/[^\r\n]+/g, (part) => /^\s*/.exec(part)![0] + MASK);
    out = out.slice(0, s.offset) + masked + out.slice(s.endOffset);
  }
  return out;
}

/**
 * The fallback for what the spans cannot cover: a file that does not parse, a key where the
 * schema does not expect it, an environment file's `PATRONI_..._PASSWORD=` line.
 */
function maskSecretLines(text: string, keyNames: ReadonlySet<string>): string {
  return text.replace(/^([ \t]*(?:-[ \t]+)*(["']?)([\w-]+)\2[ \t]*[:=][ \t]*)(\S.*?)([ \t]*(?:\r)?)$/gm, (line, lead: string, _q, name: string, value: string, end: string) =>
    isSecretName(name, keyNames) && value !== MASK && !value.startsWith('#') ? `${lead}${MASK}${end}` : line,
  );
}

function isSecretName(name: string, keyNames: ReadonlySet<string>): boolean {
  if (keyNames.has(name)) return true;
  // Environment variables: PATRONI_REPLICATION_PASSWORD, PATRONI_CONSUL_TOKEN, PATRONI_RESTAPI_KEYFILE_PASSWORD ...
  return /^PATRONI_\w*(?:PASSWORD|TOKEN|AUTH|AUTH_DATA)$/.test(name);
}

/**
 * An environment file's line that is no `NAME=value` assignment is not quoted: it may be the
 * rest of a password that a quote or a line break cut off from its assignment.
 */
export function maskEnvFileNonAssignments(text: string): string {
  return text.replace(/^([ \t]*)(?!#|export[ \t]+[A-Za-z_]\w*=|[A-Za-z_]\w*=)(\S[^\r\n]*)/gm, (_line, lead: string) => `${lead}${MASK}`);
}
