/**
 * The values PyYAML's `safe_load` produces, modelled closely enough to reproduce Python's
 * `str()`, `repr()`, truthiness and dict semantics. Patroni turns config values into argv
 * with `str(value)`, so `1.0` must stay a float and `yes` must become `True`; plain JS
 * values cannot carry that distinction.
 */

/** Where a value came from: 1-based line and column, 0-based offsets into the source. */
export interface Span {
  file: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  offset: number;
  endOffset: number;
  /** Set when the value comes from an environment override: the variable's line in the env file. */
  envVar?: string;
}

interface Located {
  /** Absent for values that do not come from a file (defaults, the environment). */
  span?: Span;
  /** Set when the value came from an environment override such as `PATRONI_SCOPE`. */
  envVar?: string;
}

export interface PyStr extends Located {
  kind: 'str';
  value: string;
  /** How YAML wrote the scalar: plain, quoted or block. Only plain scalars are typed implicitly. */
  style?: 'plain' | 'single' | 'double' | 'block';
}
export interface PyInt extends Located {
  kind: 'int';
  /** Python ints are unbounded. */
  value: bigint;
}
export interface PyFloat extends Located {
  kind: 'float';
  value: number;
}
export interface PyBool extends Located {
  kind: 'bool';
  value: boolean;
}
export interface PyNone extends Located {
  kind: 'none';
}
export interface PyBytes extends Located {
  kind: 'bytes';
  value: Uint8Array;
}
/** `datetime.date`, from a YAML 1.1 timestamp without a time part. */
export interface PyDate extends Located {
  kind: 'date';
  year: number;
  month: number;
  day: number;
}
/** `datetime.datetime`, from a YAML 1.1 timestamp with a time part. */
export interface PyDateTime extends Located {
  kind: 'datetime';
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  /** Offset from UTC in minutes; null for a naive datetime (no zone written). */
  tzOffsetMinutes: number | null;
}
export interface PyList extends Located {
  kind: 'list';
  items: PyValue[];
}
export interface PyEntry {
  key: PyValue;
  value: PyValue;
}
/** A dict keeps insertion order; a repeated key keeps its first position and takes the last value, as in Python. */
export interface PyDict extends Located {
  kind: 'dict';
  entries: PyEntry[];
}

export type PyScalar = PyStr | PyInt | PyFloat | PyBool | PyNone | PyBytes | PyDate | PyDateTime;
export type PyValue = PyScalar | PyList | PyDict;

export const isDict = (v: PyValue | undefined): v is PyDict => v?.kind === 'dict';
export const isList = (v: PyValue | undefined): v is PyList => v?.kind === 'list';
export const isStr = (v: PyValue | undefined): v is PyStr => v?.kind === 'str';
