/**
 * bootstrap.method names a custom method, but Patroni will run initdb instead: the section
 * is missing or has no `command` (every version 3.0–4.1, silently).
 */
import { dictEntry, dictGet, dictHas } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import type { Rule } from './rule.js';

export const bootstrapMethodFallback: Rule = {
  id: 'bootstrap-method-fallback',
  severity: 'error',
  description: 'bootstrap.method names a section that is missing or has no command, so Patroni silently runs initdb',
  fixable: true,
  check(ctx) {
    const { config } = ctx;
    const entry = dictEntry(config.bootstrap, 'method');
    if (!entry || entry.value.kind !== 'str' || entry.value.value === 'initdb' || entry.value.value === '') return [];
    const name = entry.value.value;
    const section = dictGet(config.bootstrap, name);
    if (section?.kind === 'dict' && dictHas(section, 'command')) return [];
    const why = section === undefined ? `there is no bootstrap.${name} section` : `bootstrap.${name} has no command`;
    const elsewhere = section === undefined && dictGet(ctx.root, 'postgresql') !== undefined && dictGet(dictGet(ctx.root, 'postgresql'), name)?.kind === 'dict'
      ? `; the postgresql.${name} section is a replica method section, bootstrap methods are read from bootstrap.${name}`
      : '';
    return [{ message: `bootstrap.method is '${pyStr(entry.value)}' but ${why}: Patroni will silently run initdb instead${elsewhere}`, ...(entry.value.span && { span: entry.value.span }) }];
  },
};
