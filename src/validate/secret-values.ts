/**
 * Where a configuration's secrets are in its files, decided by the schema's `x-secret`
 * keyword (the one list of what is secret): the spans of secret values, for the renderers
 * that quote source lines, and the key names that hold secrets somewhere, for text that
 * could not be read as a configuration (a broken file still has its password line).
 */
import type { PyValue, Span } from '../py/value.js';
import { annotations, itemSchema, namedKeys, propertySchema, rootSchemaNode, type SchemaNode } from './schema-index.js';

/** The spans of every secret value, and of everything inside a secret list or mapping. */
export function secretSpans(root: PyValue): Span[] {
  const out: Span[] = [];
  visit(root, rootSchemaNode(), out);
  return out;
}

function visit(v: PyValue, schema: SchemaNode | undefined, out: Span[]): void {
  if (v.kind === 'list') for (const item of v.items) visit(item, itemSchema(schema), out);
  if (v.kind !== 'dict') return;
  for (const { key, value } of v.entries) {
    const name = key.kind === 'str' ? key.value : undefined;
    const sub = name === undefined ? undefined : propertySchema(schema, name);
    // Where the schema cannot say (a key in the wrong place), a secret's name is enough.
    const secret = sub ? annotations(sub).secret : name !== undefined && secretKeyNames().has(name);
    if (secret) allSpans(value, out);
    else visit(value, sub, out);
  }
}

function allSpans(v: PyValue, out: Span[]): void {
  if (v.span) out.push(v.span);
  if (v.kind === 'list') for (const item of v.items) allSpans(item, out);
  if (v.kind === 'dict') for (const e of v.entries) allSpans(e.value, out);
}

let names: ReadonlySet<string> | undefined;

/** Every key name the schema marks secret somewhere (`password`, `token`, `keyfile_password` ...). */
export function secretKeyNames(): ReadonlySet<string> {
  if (names) return names;
  const found = new Set<string>();
  const seen = new Set<SchemaNode>();
  const walk = (s: SchemaNode | undefined): void => {
    if (!s || seen.has(s)) return;
    seen.add(s);
    for (const key of namedKeys(s)) {
      const sub = propertySchema(s, key);
      if (annotations(sub).secret) found.add(key);
      walk(sub);
      walk(itemSchema(sub));
    }
    walk(propertySchema(s, '\u0000any key'));
  };
  walk(rootSchemaNode());
  return (names = found);
}
