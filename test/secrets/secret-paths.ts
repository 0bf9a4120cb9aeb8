/**
 * The config paths the schema marks `x-secret`, read from the schema itself so the test
 * follows the schema (one source of truth): a new secret field is covered the day it is marked.
 */
import { readJson } from '../helpers.js';

type SchemaNode = Record<string, unknown>;

/** A map key Patroni leaves to the user (`bootstrap.users.<name>`, `zookeeper.auth_data.<scheme>`) gets this name. */
const ANY_KEY = 'canaryuser';

export function secretPaths(): string[][] {
  const schema = readJson<SchemaNode>('schema/patroni.schema.json');
  const found = new Map<string, string[]>();
  walk(schema, schema, [], new Set(), found);
  // A secret mapping whose members are secrets too: the members say more (they get a value each).
  const paths = [...found.values()];
  return paths.filter((p) => !paths.some((q) => q.length > p.length && p.every((k, i) => q[i] === k)));
}

function walk(schema: SchemaNode, node: unknown, path: string[], refs: Set<string>, found: Map<string, string[]>): void {
  if (!node || typeof node !== 'object') return;
  const n = node as SchemaNode;
  if (typeof n.$ref === 'string') {
    if (refs.has(n.$ref)) return;
    walk(schema, resolve(schema, n.$ref), path, new Set([...refs, n.$ref]), found);
  }
  if (n['x-secret'] === true) found.set(path.join('\0'), path);
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) for (const sub of (n[k] as unknown[] | undefined) ?? []) walk(schema, sub, path, refs, found);
  for (const [k, v] of Object.entries((n.properties as SchemaNode | undefined) ?? {})) walk(schema, v, [...path, k], refs, found);
  for (const v of Object.values((n.patternProperties as SchemaNode | undefined) ?? {})) walk(schema, v, [...path, ANY_KEY], refs, found);
  if (n.additionalProperties && typeof n.additionalProperties === 'object') walk(schema, n.additionalProperties, [...path, ANY_KEY], refs, found);
}

function resolve(schema: SchemaNode, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((at, k) => (at as SchemaNode | undefined)?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], schema);
}
