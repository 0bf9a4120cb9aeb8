/**
 * Patroni's readers of PostgreSQL setting values (patroni/utils.py: parse_bool, strtol, strtod, parse_int,
 * parse_real, convert_to_base_unit), which decide whether Patroni keeps a setting and whether it clamps it.
 * Checked against 3.0.2 and 4.1.4: the two differ only in how they round, not in what they accept.
 */

const OCT_RE = /^[-+]?0[0-7]*/;
const DEC_RE = /^[-+]?(0|[1-9][0-9]*)/;
const HEX_RE = /^[-+]?0x[0-9a-fA-F]+/;
const DBL_RE = /^[-+]?[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?/;

/** Python's str.strip() of the ASCII whitespace Patroni's values carry. */
const strip = (s: string) => s.replace(/^[\s]+|[\s]+$/g, '');

/** parse_bool over str(value): on/true/yes/1 and off/false/no/0, any case. */
export function parsePgBool(text: string): boolean | undefined {
  const v = text.toLowerCase();
  if (['on', 'true', 'yes', '1'].includes(v)) return true;
  if (['off', 'false', 'no', '0'].includes(v)) return false;
  return undefined;
}

function strtol(text: string): [number | undefined, string] {
  const value = strip(text);
  for (const [re, base] of [[HEX_RE, 16], [OCT_RE, 8], [DEC_RE, 10]] as const) {
    const m = re.exec(value);
    if (m) {
      const digits = m[0].replace(/^([-+]?)0x/, '$1');
      return [parseInt(base === 8 ? digits : digits, base), value.slice(m[0].length)];
    }
  }
  return [undefined, value];
}

function strtod(text: string): [number | undefined, string] {
  const value = strip(text);
  const m = DBL_RE.exec(value);
  return m ? [Number(m[0]), value.slice(m[0].length)] : [undefined, value];
}

const MEMORY: Record<string, number> = { B: 1, kB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };
const TIME: Record<string, number> = { us: 1e-3, ms: 1, s: 1000, min: 60000, h: 3600000, d: 86400000 };
const NEXT_SMALLER: Record<string, string> = { TB: 'GB', GB: 'MB', MB: 'kB', kB: 'B', d: 'h', h: 'min', min: 's', s: 'ms', ms: 'us' };

/** Python's round(): half to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** convert_to_base_unit: `value` `unit` in the validator's base unit ("8kB", "MB", "s"), undefined when unknown. */
function toBaseUnit(value: number, unit: string, baseUnit: string | null): number | undefined {
  if (!baseUnit) return undefined;
  const [n, bare] = strtol(baseUnit);
  const baseValue = n ?? 1;
  const table = bare in MEMORY && bare !== 'GB' && bare !== 'TB' ? MEMORY : bare in TIME && ['ms', 's', 'min'].includes(bare) ? TIME : undefined;
  if (!table || !(unit in table)) return undefined;
  let v = (value * table[unit]!) / table[bare]! / baseValue;
  const smaller = NEXT_SMALLER[unit];
  if (smaller && smaller in table) {
    const multiplier = table[smaller]! / table[bare]!;
    v = roundHalfEven(v / multiplier) * multiplier;
  }
  return v;
}

/** parse_int(value, base_unit): an integer in the base unit, or undefined when Patroni cannot read it. */
export function parsePgInt(text: string, baseUnit: string | null): number | undefined {
  let [val, unit] = strtol(text);
  if ((val === undefined && unit.startsWith('.')) || (unit && '.eE'.includes(unit[0]!))) [val, unit] = strtod(text);
  // Python's round() raises on an infinite float ('1e999'); such a value is never an integer setting
  if (val === undefined || !Number.isFinite(val)) return undefined;
  unit = strip(unit);
  if (!unit) return roundHalfEven(val);
  const converted = toBaseUnit(val, unit, baseUnit);
  return converted === undefined ? undefined : roundHalfEven(converted);
}

/** parse_real(value, base_unit). */
export function parsePgReal(text: string, baseUnit: string | null): number | undefined {
  const [val, rest] = strtod(text);
  if (val === undefined) return undefined;
  const unit = strip(rest);
  return unit ? toBaseUnit(val, unit, baseUnit) : val;
}
