/**
 * yaml11-value fix: the unquoted scalar is quoted, so PyYAML reads the text the author wrote.
 * Only where that text is evidently what was meant:
 * - where the schema expects a string (a password, a user name): Patroni would get True,
 *   False or another number instead;
 * - an octal number given to PostgreSQL (a key of a `parameters` mapping): PostgreSQL, and
 *   Patroni's own check of the value (utils.strtol, base 0, 3.0-4.1), read '0640' as the
 *   octal number it is written as, so the quoted text means exactly what was written.
 * A boolean or number anywhere else may well be meant as one, and stays a finding.
 */
import type { PyValue } from '../py/value.js';
import { OCTAL, SEXAGESIMAL, WORD_BOOLEANS } from '../rules/yaml11-value.js';
import { acceptedTypes, walkValues } from '../validate/schema-index.js';
import type { Fix, Fixer, FixContext } from './fixer.js';
import { inFile, scalarAt, scalarEdit } from './yaml-nodes.js';


function isTrap(text: string, v: PyValue): boolean {
  if (v.kind === 'bool') return WORD_BOOLEANS.test(text);
  if (v.kind === 'int') return OCTAL.test(text) || SEXAGESIMAL.test(text);
  return v.kind === 'float' && SEXAGESIMAL.test(text);
}

const PARAMETERS = [['postgresql', 'parameters'], ['bootstrap', 'dcs', 'postgresql', 'parameters']];

function isPgParameter(path: readonly (string | number)[]): boolean {
  return path.length >= 1 && PARAMETERS.some((p) => p.length === path.length - 1 && p.every((k, i) => path[i] === k));
}

export const yaml11ValueFixer: Fixer = {
  ruleId: 'yaml11-value',
  fixes(ctx: FixContext): Fix[] {
    const out: Fix[] = [];
    for (const { path, value, schema } of walkValues(ctx.root)) {
      if (!inFile(value.span, ctx.file)) continue;
      const text = ctx.text.slice(value.span.offset, value.span.endOffset);
      if (!isTrap(text, value)) continue;
      const types = schema && acceptedTypes(schema);
      const wantsString = types?.has('string') === true && !types.has(value.kind === 'bool' ? 'boolean' : 'integer');
      const meant = wantsString || (value.kind === 'int' && OCTAL.test(text) && isPgParameter(path));
      if (!meant) continue;
      const node = scalarAt(ctx.doc, value.span.offset);
      const edit = node && node.srcToken && (node.srcToken as { type?: string }).type === 'scalar' && scalarEdit(node, text, 'QUOTE_SINGLE');
      if (edit) out.push({ ruleId: 'yaml11-value', line: value.span.line, col: value.span.col, description: `quoted ${path.join('.')}`, edits: [edit] });
    }
    return out;
  },
};
