/**
 * A command Patroni splits with shlex.split (no shell) that cannot be split: the custom
 * bootstrap fails, a replica method is skipped with an error, post_bootstrap raises.
 */
import { dictGet } from '../py/dict.js';
import { splitCommand } from '../plan/split-command.js';
import type { PyValue } from '../py/value.js';
import type { Finding, Rule } from './rule.js';

export const commandUnsplittable: Rule = {
  id: 'command-unsplittable',
  severity: 'error',
  description: 'a command that Python\'s shlex.split cannot split, so Patroni cannot run it',
  check({ config }) {
    const out: Finding[] = [];
    const check = (where: string, v: PyValue | undefined): void => {
      if (v === undefined || v.kind === 'none') return;
      const r = splitCommand(v);
      if ('error' in r) out.push({ message: `${where} ${r.error}`, ...(v.span && { span: v.span }) });
    };
    for (const key of ['post_bootstrap', 'post_init']) check(`bootstrap.${key}`, dictGet(config.bootstrap, key));
    for (const e of config.bootstrap.entries) {
      if (e.value.kind === 'dict' && e.key.kind === 'str' && e.key.value !== 'dcs') check(`bootstrap.${e.key.value}.command`, dictGet(e.value, 'command'));
    }
    for (const e of config.postgresql.entries) {
      if (e.value.kind === 'dict' && e.key.kind === 'str') check(`postgresql.${e.key.value}.command`, dictGet(e.value, 'command'));
    }
    return out;
  },
};
