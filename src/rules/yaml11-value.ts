/**
 * YAML 1.1 surprises: PyYAML reads an unquoted on/off/yes/no as a boolean, 0644 as an octal
 * number and 1:30 as the sexagesimal 90. Where Patroni expects a string it then gets `True`,
 * `False` or a number it turns into other text.
 */
import type { PyValue, Span } from '../py/value.js';
import { acceptedTypes, formatPath, walkValues } from '../validate/schema-index.js';
import { isSecretKey } from '../validate/secret-values.js';
import { at } from './common.js';
import type { Finding, Rule, RuleContext } from './rule.js';

export const WORD_BOOLEANS = /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;
export const OCTAL = /^[-+]?0[0-7_]+$/;
export const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

export function sourceText(ctx: RuleContext, span: Span | undefined): string | undefined {
  if (!span || span.envVar) return undefined;
  return ctx.sources.get(span.file)?.slice(span.offset, span.endOffset);
}

function surprise(text: string, v: PyValue): string | undefined {
  if (v.kind === 'bool' && WORD_BOOLEANS.test(text)) return `YAML 1.1 reads the unquoted ${text} as the boolean ${v.value ? 'true' : 'false'} (Patroni gets ${v.value ? 'True' : 'False'})`;
  if (v.kind === 'int' && OCTAL.test(text)) return `YAML 1.1 reads the unquoted ${text} as the octal number ${v.value}`;
  if ((v.kind === 'int' || v.kind === 'float') && SEXAGESIMAL.test(text)) return `YAML 1.1 reads the unquoted ${text} as the base-60 number ${v.kind === 'int' ? v.value : v.value}`;
  return undefined;
}

/** The same finding for a secret: its text and what it turns into would both give the value away. */
function secretSurprise(text: string, v: PyValue): string | undefined {
  if (!surprise(text, v)) return undefined;
  if (v.kind === 'bool') return 'YAML 1.1 reads this unquoted secret as a boolean';
  return `YAML 1.1 reads this unquoted secret as ${OCTAL.test(text) ? 'an octal' : 'a base-60'} number`;
}

/**
 * PostgreSQL settings that are file modes: PostgreSQL reads 0600 as octal, and Patroni writes
 * the int PyYAML made of it (384) in decimal, which PostgreSQL reads as the same mode.
 */
const OCTAL_MODE_SETTINGS = new Set(['log_file_mode', 'unix_socket_permissions']);

function octalMeantAndRead(path: readonly (string | number)[], v: PyValue, text: string): boolean {
  const last = path[path.length - 1];
  return v.kind === 'int' && OCTAL.test(text) && path[path.length - 2] === 'parameters' && typeof last === 'string' && OCTAL_MODE_SETTINGS.has(last.toLowerCase());
}

export const yaml11Value: Rule = {
  id: 'yaml11-value',
  severity: 'error',
  description: 'an unquoted on/off/yes/no, octal or base-60 number that YAML 1.1 turns into something else',
  fixable: true,
  check(ctx) {
    const out: Finding[] = [];
    for (const { path, value, schema } of walkValues(ctx.root)) {
      if (value.kind !== 'bool' && value.kind !== 'int' && value.kind !== 'float') continue;
      const text = sourceText(ctx, value.span);
      const last = path[path.length - 1];
      const secret = isSecretKey(typeof last === 'string' ? last : undefined, schema);
      if (text && octalMeantAndRead(path, value, text)) continue;
      const what = text && (secret ? secretSurprise(text, value) : surprise(text, value));
      if (!what) continue;
      const types = schema && acceptedTypes(schema);
      const wantsString = types?.has('string') && !types.has(value.kind === 'bool' ? 'boolean' : 'integer');
      if (value.kind === 'bool' && !wantsString) continue;
      out.push({
        message: `${formatPath(path)}: ${what}${wantsString ? ', but a string is expected here' : ''}; ${secret ? 'quote it' : `quote it ('${text}')`} if you mean the text`,
        severity: wantsString ? 'error' : 'warning',
        ...at(value),
      });
    }
    return out;
  },
};
