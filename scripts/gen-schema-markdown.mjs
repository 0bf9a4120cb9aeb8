#!/usr/bin/env node
// Writes the markdownDescription of every described node of schema/patroni.schema.json from what the schema
// already says: its description, with identifiers as code, and a last line from its x- annotations (the Patroni
// release a key or value starts or ends in, deprecation, secrets). yaml-language-server shows markdownDescription
// in hover and completion instead of description, which it would print as plain, escaped text. The description
// stays the one text written by hand; this derives the rest. `npm run gen` runs it first; `--check` (the tests)
// fails when the schema's markdownDescriptions are stale.
import { readFileSync } from 'node:fs';
import { writeOrCheck } from './generated-files.mjs';

const SCHEMA = 'schema/patroni.schema.json';

/** Identifiers worth setting as code: env vars, snake_case names (keys, settings, functions), dotted key paths. */
const IDENTIFIER = /(?<![\w-])--[a-z][a-z0-9_-]*(?:=[^\s,;)]*[^\s,;).])?|\bPATRONI_[A-Z0-9_]+\b|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:_\*|(?:\.[a-z][a-z0-9_]*)*(?:\(\))?)|\b(?:bootstrap|postgresql|restapi|ctl|tags|watchdog|log|etcd3?|consul|zookeeper|kubernetes|raft|exhibitor|citus)(?:\.[a-z_0-9]+)+/g;
/** What CommonMark could read as markup in prose: emphasis, HTML, links, code. */
const MARKUP = /[\\`*<>[\]]/g;

function prose(text) {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(IDENTIFIER)) {
    out += text.slice(last, m.index).replace(MARKUP, (c) => `\\${c}`) + '`' + m[0] + '`';
    last = m.index + m[0].length;
  }
  return out + text.slice(last).replace(MARKUP, (c) => `\\${c}`);
}

/** "3.2" or, for a backport, ["3.3.9", "4.0.8", "4.1.1"]: the first release on each line. */
function release(spec) {
  if (typeof spec === 'string') return `Patroni ${spec}`;
  const [newest, ...older] = [...spec].reverse();
  return `Patroni ${newest} (and ${older.reverse().join(', ')} on the older release lines)`;
}

function lastLine(node, isKey) {
  const facts = [];
  // A description that names the release already says it.
  const said = (version) => node.description.includes(`Patroni ${version}`);
  const since = node['x-patroni-since'];
  if (since && !said(typeof since === 'string' ? since : since.at(-1))) facts.push(`New in ${release(since)}: older releases ${isKey ? 'ignore it' : 'do not understand it'}.`);
  if (node['x-patroni-until'] && !said(node['x-patroni-until'])) facts.push(`Patroni ${node['x-patroni-until']} and later no longer read it.`);
  if (node['x-deprecated']) {
    const from = node['x-deprecated-since'] ? ` since Patroni ${node['x-deprecated-since']}` : '';
    facts.push(`Deprecated${from}: ${node['x-deprecated']}.`);
  }
  if (node['x-secret'] === true) facts.push('A secret: patroni-plan never prints it.');
  return facts.length ? `\n\n*${prose(facts.join(' '))}*` : '';
}

/** Sets markdownDescription on every node with a description, in place; `isKey`: the node is a key's value. */
function annotate(node, isKey = false) {
  if (Array.isArray(node)) return node.forEach((n) => annotate(n));
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' || k === 'definitions') for (const p of Object.values(v)) annotate(p, k === 'properties');
    else if (k !== 'markdownDescription') annotate(v);
  }
  if (typeof node.description === 'string') node.markdownDescription = prose(node.description) + lastLine(node, isKey);
}

/** The key order of the file stays; markdownDescription goes right after description. */
function placed(node) {
  if (Array.isArray(node)) return node.map(placed);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'markdownDescription') continue;
    out[k] = placed(v);
    if (k === 'description' && node.markdownDescription !== undefined) out.markdownDescription = node.markdownDescription;
  }
  return out;
}

export function generate(root = new URL('../', import.meta.url)) {
  const schema = JSON.parse(readFileSync(new URL(SCHEMA, root), 'utf8'));
  annotate(schema);
  return [{ out: SCHEMA, ts: `${JSON.stringify(placed(schema), null, 2)}\n` }];
}

if (import.meta.url === `file://${process.argv[1]}`) writeOrCheck(generate());
