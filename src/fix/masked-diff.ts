/**
 * The unified diff of a fix, as `--fix-dry-run` prints it: every line shown is masked the way
 * diagnostics mask the source (a secret's value never appears), each side with the secrets
 * of its own text, so a fix that quotes a password shows the line changed but not the value.
 */
import { structuredPatch } from 'diff';
import { loadConfigText } from '../load/load-config.js';
import { redactSource } from '../render/redact-source.js';
import { secretSpans } from '../validate/secret-values.js';

function maskedLines(file: string, text: string): string[] {
  const root = loadConfigText(file, text).root;
  return redactSource(file, text, root ? secretSpans(root) : []).split('\n');
}

export function maskedUnifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const patch = structuredPatch(file, file, before, after, '', '', { context: 3 });
  const old = maskedLines(file, before);
  const now = maskedLines(file, after);
  const out = [`--- ${file}`, `+++ ${file}`];
  for (const h of patch.hunks) {
    out.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    let o = h.oldStart - 1;
    let n = h.newStart - 1;
    for (const line of h.lines) {
      const mark = line[0];
      if (mark === '\\') out.push(line);
      else if (mark === '-') out.push(`-${old[o++] ?? ''}`);
      else if (mark === '+') out.push(`+${now[n++] ?? ''}`);
      else {
        out.push(` ${now[n] ?? ''}`);
        o++;
        n++;
      }
    }
  }
  return `${out.join('\n')}\n`;
}
