/**
 * Configurations generated from schema/patroni.schema.json: every key the schema names can
 * appear, with values of its type (enums, ranges, lists, the option map and list forms), and
 * now and then a value of the wrong type or an unknown key, the subtle mistakes a reviewer
 * misses. Rendered as YAML 1.2 would write them, which a YAML 1.1 reader like Patroni's can
 * read differently (`yes`, `0777`, `1e5`, `9:30`): the differences the linter exists for.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { readJson } from '../helpers.js';

type Node = Record<string, unknown>;

const schema = readJson<Node>('schema/patroni.schema.json');
const MAX_DEPTH = 5;

/** Scalars that PyYAML reads otherwise than a YAML 1.2 writer meant them, and shell-ish text. */
const TRICKY = ['yes', 'no', 'on', 'off', 'y', 'n', '0777', '08', '1e5', '1_000', '9:30', '~', 'null', '.inf', '0x1F', "it's", 'a "q"', 'echo $HOME', "--x='a b'", '', ' ', 'é', '%s', '{{x}}'];

const text = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 2, arbitrary: fc.constantFrom(...TRICKY) }, { weight: 1, arbitrary: fc.constantFrom('UTF8', 'C', 'verbose', 'fast', 'stream', '/var/lib/pg', 'localhost:5432') });
const anyScalar = fc.oneof(text, fc.integer({ min: -5, max: 100000 }), fc.boolean(), fc.constant(null), fc.double({ noNaN: true }));
const wrong = fc.oneof(anyScalar, fc.array(text, { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 6 }), text, { maxKeys: 2 }));

function resolve(n: Node): Node {
  let at = n;
  for (let i = 0; i < 20 && typeof at.$ref === 'string'; i++) {
    at = (at.$ref as string).replace(/^#\//, '').split('/').reduce<Node>((o, k) => (o[k] as Node) ?? {}, schema);
  }
  return at;
}

/** The schema and what it pulls in through allOf, as one: properties merged, the first type kept. */
function flatten(n: Node): Node {
  const own = resolve(n);
  const parts = [own, ...((own.allOf as Node[] | undefined) ?? []).map(flatten)];
  const properties = Object.assign({}, ...parts.map((p) => (p.properties as Node | undefined) ?? {}).reverse()) as Node;
  const pick = (k: string): unknown => parts.find((p) => p[k] !== undefined)?.[k];
  return { ...own, properties, type: pick('type'), enum: pick('enum'), items: pick('items'), additionalProperties: pick('additionalProperties'), anyOf: pick('anyOf') ?? pick('oneOf'), minimum: pick('minimum'), maximum: pick('maximum') };
}

const built = new WeakMap<Node, Map<number, fc.Arbitrary<unknown>>>();

/** Built once per schema node and depth: the tree of arbitraries is as big as the schema. */
function valueOf(n: Node, depth: number): fc.Arbitrary<unknown> {
  const byDepth = built.get(n) ?? new Map<number, fc.Arbitrary<unknown>>();
  built.set(n, byDepth);
  if (!byDepth.has(depth)) byDepth.set(depth, fc.constant(null).chain(() => buildValue(n, depth)));
  return byDepth.get(depth)!;
}

function buildValue(n: Node, depth: number): fc.Arbitrary<unknown> {
  const s = flatten(n);
  const valid = validValue(s, depth);
  // One value in fifteen has the wrong type: the subtly invalid configs.
  return fc.oneof({ weight: 14, arbitrary: valid }, { weight: 1, arbitrary: wrong });
}

function validValue(s: Node, depth: number): fc.Arbitrary<unknown> {
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  if (Array.isArray(s.anyOf)) return fc.oneof(...(s.anyOf as Node[]).map((b) => validValue(flatten(b), depth)));
  const types = Array.isArray(s.type) ? (s.type as string[]) : s.type ? [s.type as string] : [];
  if (!types.length) return Object.keys(s.properties as Node).length ? objectOf(s, depth) : anyScalar;
  return fc.oneof(...types.map((t) => typed(t, s, depth)));
}

function typed(type: string, s: Node, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return text;
    case 'integer':
      return fc.integer({ min: typeof s.minimum === 'number' ? s.minimum - 1 : -5, max: typeof s.maximum === 'number' ? s.maximum + 1 : 100000 });
    case 'number':
      return fc.double({ min: -5, max: 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return depth >= MAX_DEPTH ? fc.constant([]) : fc.array(s.items ? valueOf(s.items as Node, depth + 1) : text, { maxLength: 3 });
    default:
      return depth >= MAX_DEPTH ? fc.constant({}) : objectOf(s, depth);
  }
}

function objectOf(s: Node, depth: number): fc.Arbitrary<unknown> {
  const props = Object.entries(s.properties as Node);
  const known = fc.record(Object.fromEntries(props.map(([k, v]) => [k, valueOf(v as Node, depth + 1)])), { requiredKeys: [] });
  // Free-form sections (parameters, tags, method sections) get keys of their own; any object now and then an unknown one.
  const extraValue = typeof s.additionalProperties === 'object' ? valueOf(s.additionalProperties as Node, depth + 1) : wrong;
  const extra = fc.dictionary(fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('command', 'no_params', 'keep_data', 'no_leader', 'recovery_conf', 'wal-method')), extraValue, { maxKeys: s.additionalProperties === false ? 1 : 3 });
  return fc.tuple(known, fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extra })).map(([a, b]) => ({ ...b, ...a }));
}

/** A configuration and its YAML text. */
export const generatedConfig: fc.Arbitrary<{ value: unknown; text: string }> = objectOf(flatten(schema), 0).map((value) => ({ value, text: stringify(value, { lineWidth: 0 }) }));
