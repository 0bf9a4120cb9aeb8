/**
 * Inline suppression comments, read from the source text:
 *
 *   key: value  # patroni-plan-disable-line rule-a, rule-b
 *   # patroni-plan-disable-next-line rule-a
 *   # patroni-plan-disable-file rule-a
 *
 * Without rule ids a comment silences every rule for its line (or file). Ids are checked
 * against the catalogue: an unknown one is reported, so a typo does not silence nothing.
 */
import type { Diagnostic } from '../diagnostic.js';

interface Suppression {
  file: string;
  /** 0 for the whole file. */
  line: number;
  rules: ReadonlySet<string> | 'all';
}

const COMMENT = /(?:^|\s)#\s*patroni-plan-disable-(line|next-line|file)\b([^#]*)/;

export function readSuppressions(file: string, text: string, knownIds: ReadonlySet<string>): { suppressions: Suppression[]; diagnostics: Diagnostic[] } {
  const suppressions: Suppression[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    const m = COMMENT.exec(line);
    if (!m) continue;
    const ids = m[2]!.split(/[\s,]+/).filter(Boolean);
    for (const id of ids.filter((x) => !knownIds.has(x))) {
      diagnostics.push({ ruleId: 'suppression', severity: 'warning', message: `patroni-plan-disable-${m[1]} names '${id}', which is not a rule id`, file, line: i + 1, col: line.indexOf(m[0]) + 1 + (m[0].startsWith('#') ? 0 : 1) });
    }
    const target = m[1] === 'file' ? 0 : m[1] === 'next-line' ? i + 2 : i + 1;
    suppressions.push({ file, line: target, rules: ids.length ? new Set(ids) : 'all' });
  }
  return { suppressions, diagnostics };
}

export function isSuppressed(d: Diagnostic, suppressions: readonly Suppression[]): boolean {
  return suppressions.some((s) => s.file === d.file && (s.line === 0 || s.line === d.line) && (s.rules === 'all' || s.rules.has(d.ruleId)));
}
