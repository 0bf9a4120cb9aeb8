/**
 * Questions the semantic rules ask schema/patroni.schema.json, which is where the facts about
 * each key live (its type, its description, the Patroni releases that know it, whether it
 * is deprecated or secret): what schema applies at a config path, what a key's annotations
 * say, where else a key name is valid, and which known key a typo most resembles.
 */
import type { PyDict, PyEntry, PyValue } from '../py/value.js';
import { configSchema } from './config-schema.js';

export type SchemaNode = Record<string, unknown>;

let rootSchema: SchemaNode | undefined;
const root = (): SchemaNode => (rootSchema ??= configSchema());

/**
 * The schema never changes, and the rules ask the same questions about the same nodes for
 * every key of every config: each answer is kept per node (a third of lint's time otherwise).
 * Callers must not change what they get.
 */
function memo<R>(f: (s: SchemaNode) => R): (s: SchemaNode) => R {
  const cache = new WeakMap<SchemaNode, R>();
  return (s) => {
    if (cache.has(s)) return cache.get(s)!;
    const r = f(s);
    cache.set(s, r);
    return r;
  };
}

function deref(s: SchemaNode): SchemaNode {
  let at = s;
  for (let i = 0; i < 20 && typeof at.$ref === 'string'; i++) {
    const name = (at.$ref as string).replace('#/definitions/', '');
    at = ((root().definitions as Record<string, SchemaNode>)[name] ?? {}) as SchemaNode;
  }
  return at;
}

/** The schema itself plus every schema it pulls in through allOf, own first. */
const layers = memo((s: SchemaNode): readonly SchemaNode[] => {
  // A key's $ref may carry the key's own annotations beside it (its description, x-patroni-since): they come
  // first, as if the $ref were in an allOf (the form yaml-language-server reads them in).
  if (typeof s.$ref === 'string' && Object.keys(s).length > 1) return [s, ...layers(deref(s))];
  const own = deref(s);
  const out = [own];
  for (const sub of (own.allOf as SchemaNode[] | undefined) ?? []) out.push(...layers(sub));
  return out;
});

/** The layers and their anyOf/oneOf branches' layers: where a key of an object may be described. */
const candidates = memo((parent: SchemaNode): readonly SchemaNode[] => layers(parent).flatMap((l) => [l, ...(((l.anyOf ?? l.oneOf) as SchemaNode[] | undefined) ?? []).flatMap(layers)]));

interface PropertyTable {
  named: Map<string, SchemaNode>;
  other: SchemaNode | undefined;
}

/** Every key an object schema describes, the first description winning, and the schema of any other key. */
const propertyTable = memo((parent: SchemaNode): PropertyTable => {
  const named = new Map<string, SchemaNode>();
  let other: SchemaNode | undefined;
  for (const c of candidates(parent)) {
    for (const [k, v] of Object.entries((c.properties as Record<string, SchemaNode> | undefined) ?? {})) if (!named.has(k)) named.set(k, v);
    if (other === undefined && typeof c.additionalProperties === 'object') other = c.additionalProperties as SchemaNode;
  }
  return { named, other };
});

/** The schema a key of an object gets: its property, else additionalProperties when that is a schema. */
export function propertySchema(parent: SchemaNode | undefined, key: string): SchemaNode | undefined {
  if (!parent) return undefined;
  const table = propertyTable(parent);
  return table.named.get(key) ?? table.other;
}

/** Keys an object schema names explicitly. */
export function namedKeys(s: SchemaNode | undefined): string[] {
  return s ? [...propertyTable(s).named.keys()] : [];
}

export const rootSchemaNode = (): SchemaNode => root();

/** The schema of a list's items. */
export function itemSchema(s: SchemaNode | undefined): SchemaNode | undefined {
  if (!s) return undefined;
  for (const c of candidates(s)) {
    if (typeof c.items === 'object' && !Array.isArray(c.items)) return c.items as SchemaNode;
  }
  return undefined;
}

/** Whether the schema is, or pulls in through allOf, the named definition. */
export function usesDefinition(s: SchemaNode | undefined, name: string): boolean {
  if (!s) return false;
  const target = (root().definitions as Record<string, SchemaNode>)[name];
  return layers(s).includes(target!);
}

/** The schema at a path of keys from the top, or undefined where the schema says nothing. */
export function schemaAt(path: readonly string[]): SchemaNode | undefined {
  let at: SchemaNode | undefined = root();
  for (const key of path) at = propertySchema(at, key);
  return at;
}

export interface KeyAnnotations {
  description?: string;
  deprecated?: string;
  /** The first release that deprecates the key (x-deprecated-since); without it every release does. */
  deprecatedSince?: string;
  since?: string | readonly string[];
  until?: string;
  secret: boolean;
  /** JSON types the value may have, or undefined when the schema does not restrict it. */
  types?: ReadonlySet<string>;
}

export function annotations(s: SchemaNode | undefined): KeyAnnotations {
  return s ? annotationsOf(s) : { secret: false };
}

const annotationsOf = memo((s: SchemaNode): KeyAnnotations => {
  const all = layers(s);
  const first = <T>(k: string): T | undefined => all.find((l) => l[k] !== undefined)?.[k] as T | undefined;
  const out: KeyAnnotations = { secret: first<boolean>('x-secret') === true };
  const description = first<string>('description');
  const deprecated = first<string>('x-deprecated');
  const deprecatedSince = first<string>('x-deprecated-since');
  const since = first<string | string[]>('x-patroni-since');
  const until = first<string>('x-patroni-until');
  const types = acceptedTypes(s);
  return { ...out, ...(description && { description }), ...(deprecated && { deprecated }), ...(deprecatedSince && { deprecatedSince }), ...(since && { since }), ...(until && { until }), ...(types && { types }) };
});

function ownTypes(s: SchemaNode): Set<string> | undefined {
  if (s.type === undefined) return undefined;
  const list = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  return new Set(list.flatMap((t) => (t === 'number' ? ['number', 'integer'] : [t])));
}

/** Types the value may have: anyOf unions, allOf intersects; undefined means any. */
export const acceptedTypes = memo((s: SchemaNode): ReadonlySet<string> | undefined => {
  let result: Set<string> | undefined;
  const narrow = (t: ReadonlySet<string> | undefined): void => {
    if (!t) return;
    result = result ? new Set([...result].filter((x) => t.has(x))) : new Set(t);
  };
  const own = deref(s);
  narrow(ownTypes(own));
  for (const sub of (own.allOf as SchemaNode[] | undefined) ?? []) narrow(acceptedTypes(sub));
  const branches = (own.anyOf ?? own.oneOf) as SchemaNode[] | undefined;
  if (branches) {
    const union = new Set<string>();
    for (const b of branches) {
      const t = acceptedTypes(b);
      if (!t) return result;
      for (const x of t) union.add(x);
    }
    narrow(union);
  }
  return result;
});

/** The JSON type name of a Python value, as the validate stage converts it. */
export function jsonType(v: PyValue): string {
  switch (v.kind) {
    case 'str':
      return 'string';
    case 'int':
      return 'integer';
    case 'float':
      return Number.isFinite(v.value) ? 'number' : 'string';
    case 'bool':
      return 'boolean';
    case 'none':
      return 'null';
    case 'list':
      return 'array';
    case 'dict':
      return 'object';
    default:
      return 'string';
  }
}

export interface VisitedKey {
  path: string[];
  entry: PyEntry;
  schema: SchemaNode | undefined;
}

/**
 * Every string key of the configuration with the schema that applies to it, depth first. A
 * list, not a generator: nested generators hand each key up through every level above it.
 */
export function walkKeys(dict: PyDict, path: string[] = [], schema: SchemaNode | undefined = root(), out: VisitedKey[] = []): VisitedKey[] {
  for (const entry of dict.entries) {
    if (entry.key.kind !== 'str') continue;
    const at = [...path, entry.key.value];
    const sub = propertySchema(schema, entry.key.value);
    out.push({ path: at, entry, schema: sub });
    if (entry.value.kind === 'dict') walkKeys(entry.value, at, sub, out);
  }
  return out;
}

export interface VisitedValue {
  /** Keys and list indexes from the top. */
  path: (string | number)[];
  value: PyValue;
  schema: SchemaNode | undefined;
}

/** Every value of the configuration, keys' values and list items alike, with its schema, depth first. */
export function walkValues(v: PyValue, path: (string | number)[] = [], schema: SchemaNode | undefined = root(), out: VisitedValue[] = []): VisitedValue[] {
  if (v.kind === 'dict') {
    for (const e of v.entries) {
      if (e.key.kind !== 'str') continue;
      const sub = propertySchema(schema, e.key.value);
      const at = [...path, e.key.value];
      out.push({ path: at, value: e.value, schema: sub });
      walkValues(e.value, at, sub, out);
    }
  } else if (v.kind === 'list') {
    const sub = itemSchema(schema);
    for (const [i, item] of v.items.entries()) {
      const at = [...path, i];
      out.push({ path: at, value: item, schema: sub });
      walkValues(item, at, sub, out);
    }
  }
  return out;
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

let index: Map<string, string[]> | undefined;

/** Every named key of the schema and the dotted paths where it is valid. */
function keyIndex(): Map<string, string[]> {
  if (index) return index;
  index = new Map();
  const visit = (s: SchemaNode, path: string[], seen: Set<SchemaNode>): void => {
    if (path.length > 6) return;
    for (const key of namedKeys(s)) {
      const sub = propertySchema(s, key)!;
      const at = [...path, key];
      const list = index!.get(key) ?? [];
      list.push(at.join('.'));
      index!.set(key, list);
      const target = layers(sub)[0]!;
      if (!seen.has(target)) visit(sub, at, new Set([...seen, target]));
    }
  };
  visit(root(), [], new Set());
  return index;
}

/** Paths where `key` is valid, deprecated places last. */
export function pathsOfKey(key: string): string[] {
  const paths = keyIndex().get(key) ?? [];
  const deprecated = (p: string): boolean => annotations(schemaAt(p.split('.'))).deprecated !== undefined;
  return [...paths].sort((a, b) => Number(deprecated(a)) - Number(deprecated(b)) || a.split('.').length - b.split('.').length || (a < b ? -1 : 1));
}

/** Damerau-Levenshtein distance (optimal string alignment), for "did you mean". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const fold = (s: string): string => s.toLowerCase().replace(/-/g, '_');

/** The candidate closest to `key`, if it is close enough to be a typo of it. */
export function closest(key: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const c of candidates) {
    if (c === key) continue;
    const d = fold(c) === fold(key) ? 0 : editDistance(fold(key), fold(c));
    if (!best || d < best.d) best = { name: c, d };
  }
  const limit = key.length <= 4 ? 1 : key.length <= 8 ? 2 : 3;
  return best && best.d <= limit ? best.name : undefined;
}

/**
 * Every key name the schema names, and those it marks secret somewhere. Walking the whole schema took
 * milliseconds of every cold run, so scripts/gen-schema-key-names.mjs runs this at build time into
 * schema-key-names.ts, which a test keeps current.
 */
export function schemaKeyNames(): { secret: string[]; all: string[] } {
  const secret = new Set<string>();
  const all = new Set<string>();
  const seen = new Set<SchemaNode>();
  const walk = (s: SchemaNode | undefined): void => {
    if (!s || seen.has(s)) return;
    seen.add(s);
    for (const key of namedKeys(s)) {
      const sub = propertySchema(s, key);
      all.add(key);
      if (annotations(sub).secret) secret.add(key);
      walk(sub);
      walk(itemSchema(sub));
    }
    walk(propertySchema(s, '\u0000any key'));
  };
  walk(root());
  return { secret: [...secret].sort(), all: [...all].sort() };
}
