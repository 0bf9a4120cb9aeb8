/**
 * A JSON value from a member's answer as the Python value Patroni holds after json.loads.
 * JavaScript reads `1.0` and `1` alike, so a whole number becomes an int: Patroni writes
 * either into postgresql.conf as PostgreSQL reads the same value.
 */
import type { PyValue } from '../py/value.js';

export function jsonToPy(v: unknown): PyValue {
  if (v === null || v === undefined) return { kind: 'none' };
  if (typeof v === 'string') return { kind: 'str', value: v };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { kind: 'int', value: BigInt(v) } : { kind: 'float', value: v };
  if (Array.isArray(v)) return { kind: 'list', items: v.map(jsonToPy) };
  return { kind: 'dict', entries: Object.entries(v as Record<string, unknown>).map(([k, x]) => ({ key: { kind: 'str', value: k }, value: jsonToPy(x) })) };
}
