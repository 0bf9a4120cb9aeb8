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
    if (isSecretKey(name, sub)) allSpans(value, out);
    else visit(value, sub, out);
  }
}

/** A key is secret when its schema says so; where the schema cannot say (a key in the wrong place), its name is enough. */
export function isSecretKey(name: string | undefined, schema: SchemaNode | undefined): boolean {
  if (schema) return annotations(schema).secret;
  return name !== undefined && secretKeyNames().has(name);
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

/** What stands for a secret wherever one would be shown. */
export const MASK = '***';

export interface SecretAssignment {
  /** The line up to the value: indentation, list dashes, the key and its `:` or `=`. */
  lead: string;
  value: string;
  /** Trailing blanks and a carriage return. */
  end: string;
}

const ASSIGNMENT = /^([ \t]*(?:-[ \t]+)*(["']?)([\w-]+)\2[ \t]*[:=][ \t]*)(\S.*?)([ \t]*\r?)$/;

/**
 * A line that sets a secret as text, for what cannot be placed through the schema: a YAML
 * `name: value` whose name holds a secret somewhere, or an environment file's
 * `PATRONI_..._PASSWORD=value`.
 */
export function secretAssignment(line: string): SecretAssignment | undefined {
  const m = ASSIGNMENT.exec(line);
  if (!m || !isSecretName(m[3]!)) return undefined;
  return { lead: m[1]!, value: m[4]!, end: m[5]! };
}

function isSecretName(name: string): boolean {
  if (secretKeyNames().has(name)) return true;
  // Environment variables: PATRONI_REPLICATION_PASSWORD, PATRONI_CONSUL_TOKEN, PATRONI_RESTAPI_KEYFILE_PASSWORD ...
  return /^PATRONI_\w*(?:PASSWORD|TOKEN|AUTH|AUTH_DATA)$/.test(name);
}
