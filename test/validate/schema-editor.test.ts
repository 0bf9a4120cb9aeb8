/**
 * What editors read in schema/patroni.schema.json besides validation: markdownDescription (derived from each
 * description by scripts/gen-schema-markdown.mjs) and errorMessage, which yaml-language-server shows instead of its
 * own wording. A pattern without an errorMessage would put a raw regular expression in front of the user.
 */
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT } from '../helpers.js';

type Node = Record<string, unknown>;
const schema = JSON.parse(readFileSync(`${ROOT}schema/patroni.schema.json`, 'utf8')) as Node;

function* nodes(n: unknown, path = '#'): Generator<[string, Node]> {
  if (Array.isArray(n)) for (const [i, v] of n.entries()) yield* nodes(v, `${path}/${i}`);
  else if (n && typeof n === 'object') {
    yield [path, n as Node];
    for (const [k, v] of Object.entries(n)) yield* nodes(v, `${path}/${k}`);
  }
}

test('the markdownDescriptions are current: npm run gen derives them from the descriptions', async () => {
  const { generate } = (await import(`${ROOT}scripts/gen-schema-markdown.mjs`)) as { generate: () => { out: string; ts: string }[] };
  const [r] = generate();
  assert.ok(readFileSync(`${ROOT}${r!.out}`, 'utf8') === r!.ts, 'schema/patroni.schema.json: markdownDescription is stale: run npm run gen');
});

test('every described node has a markdownDescription, with identifiers as code and its Patroni release', () => {
  const described = [...nodes(schema)].filter(([, n]) => typeof n.description === 'string');
  assert.ok(described.length > 300);
  assert.deepEqual(described.filter(([, n]) => typeof n.markdownDescription !== 'string').map(([p]) => p), []);
  const md = (path: string): string => [...nodes(schema)].find(([p]) => p === path)![1].markdownDescription as string;
  assert.match(md('#/definitions/postgresql/properties/data_dir'), /Env: `PATRONI_POSTGRESQL_DATA_DIR`/);
  assert.match(md('#/properties/thread_pool_size'), /\*New in Patroni 4\.1\.1 \(and 3\.3\.9, 4\.0\.8 on the older release lines\): older releases ignore it\.\*$/);
  assert.match(md('#/definitions/postgresqlUser/properties/password'), /A secret: patroni-plan never prints it/);
  assert.match(md('#/definitions/replicaMethod/additionalProperties'), /`--key=value`\.$/);
  // Prose that CommonMark would read as markup stays text.
  for (const [p, n] of described) assert.doesNotMatch((n.markdownDescription as string).replace(/`[^`]*`/g, ''), /(?<!\\)[<>[\]]/, p);
});

test('every pattern has an errorMessage, so no editor shows the regular expression', () => {
  const bare = [...nodes(schema)].filter(([, n]) => typeof n.pattern === 'string' && typeof n.errorMessage !== 'string');
  assert.deepEqual(bare.map(([p]) => p), []);
  // yaml-language-server merges the type errors of several failing anyOf branches into its own wording ("boolean |
  // integer"), dropping errorMessage: a string may fail the type of one non-string branch at most.
  const merged = [...nodes(schema)].filter(([, n]) => Array.isArray(n.anyOf) && (n.anyOf as Node[]).some((b) => typeof b.pattern === 'string') &&
    (n.anyOf as Node[]).filter((b) => b.type !== undefined && b.type !== 'string').length > 1);
  assert.deepEqual(merged.map(([p]) => p), []);
});

test('the schema has no title: yaml-language-server would head every hover with it and name it in type errors', () => {
  assert.equal(schema.title, undefined);
});
