/**
 * One message per schema failure, in the words of what is expected and what Patroni does
 * with the value: Ajv reports every anyOf branch and every level of a failed list entry, and
 * its phrases ("must match pattern", "must match a schema in anyOf") name the schema, not
 * the configuration. The errors of one value are merged here into a single sentence.
 */
import type { ErrorObject } from 'ajv';
import { pyStr } from '../py/str.js';
import type { PyValue } from '../py/value.js';
import { harmlessEffect, invalidValueEffect } from './invalid-value-effects.js';
import { looksLikeTemplate } from './template-values.js';

export { looksLikeTemplate };

/** What a pattern of schema/patroni.schema.json accepts, as a reader would say it. */
const PATTERN_MEANINGS: ReadonlyMap<string, string> = new Map([
  ['^\\s*[+-]?[0-9]+\\s*$', 'an integer'],
  ['^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*$', 'a number'],
  ['^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:us|ms|s|min|h|d)?\\s*$', 'a duration (a number, optionally followed by us, ms, s, min, h or d)'],
  ['^\\s*(?:[+-]?0[xX][0-9a-fA-F]+|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:B|kB|MB|GB|TB)?\\s*$', 'a size (a number, optionally followed by B, kB, MB, GB or TB)'],
  ['^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*$', 'a number'],
  ['^(?:[Oo][Nn]|[Oo][Ff][Ff]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$', 'true or false (or on/off, yes/no, 1/0)'],
  ['^\\s*[0-9]{1,5}\\s*$', 'a port number'],
  ['^.*:\\s*[0-9]{1,5}\\s*$', 'host:port (a port number after the last colon)'],
  ['^(?:[^:]+|\\[[^\\]]+\\]|.*:\\s*[0-9]{1,5}\\s*)$', 'a host or host:port'],
  ['^[Qq][Uu][Oo][Rr][Uu][Mm]$', 'quorum'],
  ['^[a-z0-9_]{1,63}$', 'a slot name (lower-case letters, digits and _, at most 63)'],
  ['^(?:[nN][oO][nN][eE]|[oO][pP][tT][iI][oO][nN][aA][lL]|[rR][eE][qQ][uU][iI][rR][eE][dD])$', 'none, optional or required'],
  ['^(?:[oO][rR][iI][gG][iI][nN][aA][lL]|[pP][rR][oO][dD][uU][cC][tT][oO][nN][lL][yY]|[mM][iI][nN][iI][mM][aA][lL])$', 'original, productonly or minimal'],
  ['^(?:[dD][eE][bB][uU][gG]|[eE][rR][rR][oO][rR])$', 'debug or error'],
  ['^(?:[Oo][Ff][Ff]|[Aa][Uu][Tt][Oo](?:[Mm][Aa][Tt][Ii][Cc])?|[Rr][Ee][Qq][Uu][Ii][Rr][Ee][Dd]?|[Dd][Ii][Ss][Aa][Bb][Ll][Ee][Dd]?)$', 'off, automatic or required'],
]);

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
  array: 'a list',
  object: 'a mapping',
};

/** What one Ajv error says the value should have been, or undefined when it says nothing about that. */
function expectation(e: ErrorObject): string[] {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type': {
      const types = Array.isArray(p.type) ? (p.type as string[]) : String(p.type).split(',');
      return types.map((t) => TYPE_NAMES[t] ?? t);
    }
    case 'pattern':
      return [PATTERN_MEANINGS.get(String(p.pattern)) ?? 'text of another form'];
    case 'enum':
      return [`one of ${(p.allowedValues as unknown[]).map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ')}`];
    case 'const':
      return [`exactly ${JSON.stringify(p.allowedValue)}`];
    case 'minimum':
    case 'exclusiveMinimum':
      return [`a number ${e.keyword === 'minimum' ? 'of at least' : 'above'} ${String(p.limit)}`];
    case 'maximum':
    case 'exclusiveMaximum':
      return [`a number ${e.keyword === 'maximum' ? 'of at most' : 'below'} ${String(p.limit)}`];
    case 'minItems':
      return [`a list of at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`];
    case 'minLength':
      return ['a non-empty string'];
    case 'required':
      return [`a mapping with the key '${String(p.missingProperty)}'`];
    default:
      return [];
  }
}

/** The value as the message shows it; a secret's text never appears. */
function found(v: PyValue | undefined, secret: boolean): string {
  if (!v) return 'missing';
  switch (v.kind) {
    case 'str':
      if (secret) return 'a string';
      return v.value === '' ? "the empty string ''" : `'${v.value.length > 60 ? `${v.value.slice(0, 57)}...` : v.value}'`;
    case 'int':
    case 'float':
      return secret ? 'a number' : `the number ${pyStr(v)}`;
    case 'bool':
      return secret ? 'a boolean' : v.value ? 'true' : 'false';
    case 'none':
      return 'empty';
    case 'list':
      return 'a list';
    case 'dict':
      return 'a mapping';
    default:
      return secret ? 'a value' : pyStr(v);
  }
}

export interface FailedValue {
  /** Config path of the value, keys and list indexes. */
  path: readonly (string | number)[];
  value: PyValue | undefined;
  secret: boolean;
  errors: readonly ErrorObject[];
  /** The file is evidently a template to be rendered (template-values.ts): its template values are reminders. */
  templateFile?: boolean;
  /** The PATRONI_* variable the value names when Patroni reads that variable for this key (ownPatroniVariable). */
  ownVariable?: string;
  /** The value makes the chosen release drop all of bootstrap.dcs (dynamicConfigRejection): what then happens. */
  dcsRejection?: string;
}

/** "a, b or c"; an enum that a case-insensitive pattern of the same words already says is left out. */
function alternatives(expected: string[]): string {
  const unique = [...new Set(expected)];
  const kept = unique.filter((x) => {
    if (x === 'a number' && unique.includes('an integer')) return false;
    const words = /^one of (.*)$/.exec(x)?.[1]?.split(', ').map((w) => w.replace(/^'|'$/g, ''));
    return !words || !unique.some((y) => y !== x && words.every((w) => y.includes(w)));
  });
  if (kept.length === 0) return 'a value of another shape';
  return kept.length === 1 ? kept[0]! : `${kept.slice(0, -1).join(', ')} or ${kept[kept.length - 1]!}`;
}

/** The one sentence for every error Ajv reported about one value, and whether the value is an error at all. */
export function schemaFinding(f: FailedValue, where: string): { message: string; severity: 'error' | 'warning' | 'info' } {
  const harmless = harmlessEffect(f.path, f.value);
  if (harmless) return { message: `${where} is ${found(f.value, f.secret)}, expected ${alternatives(f.errors.flatMap(expectation))}: ${harmless}`, severity: 'warning' };
  const reminder = (f.templateFile || f.ownVariable !== undefined) && looksLikeTemplate(f.value, f.path);
  return { message: schemaMessage(f, where), severity: reminder ? 'info' : 'error' };
}

function schemaMessage(f: FailedValue, where: string): string {
  const wanted = alternatives(f.errors.flatMap(expectation));
  const effect = f.dcsRejection ?? invalidValueEffect(f.path, f.value);
  const then = effect ? `: ${effect}` : '';
  if (looksLikeTemplate(f.value, f.path) && !f.secret) {
    // Set in Patroni's environment, its own variable replaces the value: what follows happens only without it.
    const own = f.ownVariable ? `; Patroni reads ${f.ownVariable} for this key, which replaces this value when it is set in Patroni's environment${effect ? `; without it: ${effect}` : ''}` : then;
    return `${where} is ${found(f.value, false)}, an unrendered template value (Patroni expands no variables in its YAML); expected ${wanted}${own}`;
  }
  return `${where} is ${found(f.value, f.secret)}, expected ${wanted}${then}`;
}
