/**
 * What Patroni's validator (patroni/postgresql/validator.py, transform_postgresql_parameter_value) does to one
 * server setting before it writes postgresql.conf: keep it, clamp it to the rule's range, drop it.
 */
import {
  isRecoverySetting,
  knowsServerSetting,
  serverRule,
  settingsFor,
  trustsServerSettingList,
  type ParameterRule,
} from '../facts/server-parameter-rules.js';
import { formatVersion, type PatroniVersion } from '../facts/patroni-versions.js';
import { parsePgBool, parsePgInt, parsePgReal } from '../py/pg-values.js';
import { floatRepr, pyStr } from '../py/str.js';
import type { PyValue } from '../py/value.js';

export type Verdict =
  | { kind: 'keep' }
  /** the value Patroni writes instead (the rule's bound, as Python prints it) */
  | { kind: 'clamp'; text: string; reason: string }
  | { kind: 'drop'; reason: string; cause: 'unknown' | 'invalid' | 'recovery' };

export interface ValidationScope {
  patroni: PatroniVersion;
  table: number;
  /** the PostgreSQL version number Patroni validates against */
  versionNum: number;
}

const label = (versionNum: number) => (versionNum >= 100000 ? String(Math.floor(versionNum / 10000)) : `${Math.floor(versionNum / 10000)}.${Math.floor(versionNum / 100) % 100}`);

/** The settings the server lists (postgres --describe-config), assumed to be those Patroni has rules for. */
const serverListCache = new Map<string, Set<string>>();
function serverLists(scope: ValidationScope, name: string): boolean {
  const key = `${scope.table}/${scope.versionNum}`;
  let names = serverListCache.get(key);
  if (!names) serverListCache.set(key, (names = new Set(settingsFor(scope.table, scope.versionNum).map((n) => n.toLowerCase()))));
  return names.has(name.toLowerCase());
}

export function validateSetting(scope: ValidationScope, name: string, value: PyValue): Verdict {
  // An extension setting (a dot in its name) is not Patroni's business, unless its table has it (3.0.3+).
  if (name.includes('.') && (scope.table === 0 || !knowsServerSetting(name, scope.table))) return { kind: 'keep' };
  if (isRecoverySetting(name, scope.table)) {
    return { kind: 'drop', cause: 'recovery', reason: 'a recovery setting: Patroni writes it with the recovery settings, not as a server parameter' };
  }
  const rule = serverRule(name, scope.table, scope.versionNum);
  if (rule) return applyRule(rule, value);
  if (trustsServerSettingList(scope.patroni) && serverLists(scope, name)) return { kind: 'keep' };
  return { kind: 'drop', cause: 'unknown', reason: `PostgreSQL ${label(scope.versionNum)} has no setting ${name} (Patroni ${formatVersion(scope.patroni)}'s validator table)` };
}

function applyRule(rule: ParameterRule, value: PyValue): Verdict {
  const [, type, , , min, max, unit, values] = rule;
  const text = pyStr(value);
  switch (type) {
    case 'String':
      return { kind: 'keep' };
    case 'Bool':
      return parsePgBool(text) !== undefined ? { kind: 'keep' } : invalid(`${text} is not a boolean`);
    case 'Enum':
    case 'EnumBool':
      if (type === 'EnumBool' && parsePgBool(text) !== undefined) return { kind: 'keep' };
      return values!.includes(text.toLowerCase()) ? { kind: 'keep' } : invalid(`${text} is not one of ${[...(type === 'EnumBool' ? ['on', 'off'] : []), ...values!].join(', ')}`);
    case 'Integer':
    case 'Real': {
      const n = type === 'Integer' ? parsePgInt(text, unit) : parsePgReal(text, unit);
      if (n === undefined) return invalid(`${text} is not ${type === 'Integer' ? 'an integer' : 'a number'}${unit ? ` (unit ${unit})` : ''}`);
      const shown = (b: number) => (Number.isInteger(b) ? String(b) : floatRepr(b));
      const inUnits = unit ? ` (in units of ${unit})` : '';
      if (n < min!) return { kind: 'clamp', text: shown(min!), reason: `${text} is below the minimum ${shown(min!)}${inUnits}: Patroni writes ${shown(min!)}` };
      if (n > max!) return { kind: 'clamp', text: shown(max!), reason: `${text} is above the maximum ${shown(max!)}${inUnits}: Patroni writes ${shown(max!)}` };
      return { kind: 'keep' };
    }
  }
}

const invalid = (why: string): Verdict => ({ kind: 'drop', cause: 'invalid', reason: `invalid value: ${why}` });
