/**
 * A parse error on a secret's line (an undefined alias, a tag PyYAML refuses, `!!int` on text
 * that is no int) quotes that text, which is the secret or part of it: the message keeps its
 * meaning with the value's words masked. The config did not load, so the schema cannot place
 * the value; the key names the schema marks x-secret somewhere decide.
 */
import type { Diagnostic } from '../diagnostic.js';
import { MASK, secretAssignment } from '../validate/secret-values.js';

export function maskSecretsInMessages(diagnostics: Diagnostic[], text: string): Diagnostic[] {
  if (!diagnostics.length) return diagnostics;
  const lines = text.split('\n');
  // Once per line: a flow mapping's line can carry thousands of duplicate-key warnings.
  const wordsOf = new Map<number, string[]>();
  return diagnostics.map((d) => {
    if (!wordsOf.has(d.line)) wordsOf.set(d.line, secretWords(lines[d.line - 1]));
    const words = wordsOf.get(d.line)!;
    return words.length ? { ...d, message: words.reduce((m, w) => m.replaceAll(w, MASK), d.message) } : d;
  });
}

/** The words of a secret's value on this line, without YAML's tag, alias and quote marks, longest first. */
function secretWords(line: string | undefined): string[] {
  const assignment = line === undefined ? undefined : secretAssignment(line);
  if (!assignment) return [];
  const words = assignment.value
    .split(/[\s,{}[\]]+/)
    .map(valuePart)
    .filter((w) => w.length >= 3 && w !== MASK);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** A tag alone (`!!int`) is YAML's, not the secret; in `!!python/name:X` the X is the value. */
function valuePart(word: string): string {
  if (word.startsWith('!')) return word.includes(':') ? word.slice(word.lastIndexOf(':') + 1) : '';
  return word.replace(/^[*&"']+/, '').replace(/["']+$/, '');
}
