/**
 * An empty value (nothing after the colon, `~`, `null` or '') where Patroni needs one: the
 * command of a method section, or a password.
 */
import type { PyValue } from '../py/value.js';
import { annotations, formatPath, walkValues } from '../validate/schema-index.js';
import { at } from './common.js';
import { removedKeys } from './deprecated-key.js';
import type { Finding, Rule, RuleContext } from './rule.js';

/**
 * Secrets Patroni tests for truth before use, so empty is the same as absent: dcs/consul.py
 * sends the X-Consul-Token header only `if token` (3.0.2 to 4.1.4).
 */
const EMPTY_MEANS_ABSENT = new Set(['consul.token']);

const empty = (v: PyValue): boolean => v.kind === 'none' || (v.kind === 'str' && v.value === '');

function isMethodCommand(path: readonly (string | number)[]): boolean {
  const [first, second] = path;
  const inBootstrap = first === 'bootstrap' && path.length === 3 && second !== 'dcs';
  const inPostgresql = (first === 'postgresql' && path.length === 3) || (first === 'bootstrap' && second === 'dcs' && path[2] === 'postgresql' && path.length === 5);
  return path[path.length - 1] === 'command' && (inBootstrap || inPostgresql);
}

/**
 * bootstrap.users.<name>.password is a role definition, not a connection: create_or_update_role
 * (3.0.2 to 3.3.11) adds PASSWORD only when the value is truthy, so the role gets none.
 */
function passwordMessage(where: string, path: readonly (string | number)[], value: PyValue): string {
  if (path[0] === 'bootstrap' && path[1] === 'users' && path.length === 4) {
    return `${where} is empty: Patroni creates the role ${String(path[2])} without a password (it sets one only when the value is not empty), so the role cannot log in where pg_hba.conf asks for a password; give it one, or remove the key if that is intended`;
  }
  return `${where} is empty: the connection is made without a password${value.kind === 'str' ? ' (an empty string is not a password)' : ''}; remove the key if that is intended`;
}

/** Keys the chosen release no longer reads: deprecated-key reports the key, what is inside does not matter. */
const insideRemoved = (ctx: RuleContext, path: readonly (string | number)[]): boolean => removedKeys(ctx).some((r) => r.every((k, i) => path[i] === k));

export const emptyValue: Rule = {
  id: 'empty-value',
  severity: 'error',
  description: 'an empty value where a command or a password is needed',
  check(ctx) {
    const out: Finding[] = [];
    for (const { path, value, schema } of walkValues(ctx.root)) {
      if (!empty(value) || insideRemoved(ctx, path)) continue;
      const where = formatPath(path);
      if (isMethodCommand(path)) {
        out.push({ message: `${where} is empty: Patroni has no program to run, so the method fails`, ...at(value) });
      } else if (annotations(schema).secret && path[path.length - 1] !== 'keyfile_password' && !EMPTY_MEANS_ABSENT.has(where)) {
        out.push({ message: passwordMessage(where, path, value), severity: 'warning', ...at(value) });
      }
    }
    return out;
  },
};
