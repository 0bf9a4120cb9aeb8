/**
 * docs/editors.md's setup, driven through the real yaml-language-server over LSP (stdio, as editors run it): the
 * schema by its modeline, yaml.yamlVersion 1.1; a configuration with mistakes gets diagnostics where they are, and
 * completion and hover carry the schema's descriptions. With YAML 1.2 (the server's default) Patroni's `yes` is
 * reported as the wrong type: why the docs set 1.1.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT } from '../helpers.js';

interface Message { id?: number; method?: string; params?: any; result?: any }

/** One server, speaking JSON-RPC with Content-Length framing. */
function server(yamlVersion: string) {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  let buffer = Buffer.alloc(0);
  let next = 1;
  const pending = new Map<number, (r: any) => void>();
  const waiters: { method: string; resolve: (p: any) => void }[] = [];
  const send = (m: object): void => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }));
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const onMessage = (m: Message): void => {
    if (m.id !== undefined && m.method === undefined) return pending.get(m.id)?.(m.result);
    if (m.method === 'workspace/configuration') {
      const settings = { yamlVersion, validate: true, hover: true, completion: true, schemas: {}, schemaStore: { enable: false } };
      return send({ id: m.id, result: (m.params.items as { section?: string }[]).map((i) => (i.section === 'yaml' ? settings : null)) });
    }
    if (m.id !== undefined) return send({ id: m.id, result: null });
    const w = waiters.findIndex((x) => x.method === m.method);
    if (w >= 0) waiters.splice(w, 1)[0]!.resolve(m.params);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const head = buffer.indexOf('\r\n\r\n');
      if (head < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())![1]);
      if (buffer.length < head + 4 + length) return;
      onMessage(JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString()) as Message);
      buffer = buffer.subarray(head + 4 + length);
    }
  });
  // A server that dies (not installed, a crash) fails the test instead of leaving it waiting for an answer.
  let died: Error | undefined;
  const rejecters = new Set<(e: Error) => void>();
  child.on('exit', (code, signal) => {
    died = new Error(`yaml-language-server exited (${signal ?? code}) before answering`);
    for (const reject of rejecters) reject(died);
  });
  const settle = <T>(register: (resolve: (v: T) => void) => void): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (died) return reject(died);
      rejecters.add(reject);
      register((v) => {
        rejecters.delete(reject);
        resolve(v);
      });
    });
  const request = (method: string, params: object): Promise<any> => settle((resolve) => {
    const id = next++;
    pending.set(id, resolve);
    send({ id, method, params });
  });
  const notified = (method: string): Promise<any> => settle((resolve) => waiters.push({ method, resolve }));
  return { child, request, notify: (method: string, params: object) => send({ method, params }), notified };
}

const schema = pathToFileURL(join(ROOT, 'schema/patroni.schema.json')).href;
const uri = 'file:///project/patroni.yml';
const text = `# yaml-language-server: $schema=${schema}
scope: orders
name: node1
restapi:
  listen: 0.0.0.0
postgresql:
  use_unix_socket: yes
  data_dir: /var/lib/postgresql/16/main
  maxconnections: 100
`;
/** One wrong value for each kind of pattern in the schema: each must get the schema's own errorMessage. */
const wrongValues = `# yaml-language-server: $schema=${schema}
scope: orders
name: node1
thread_pool_size: 8
restapi:
  listen: 0.0.0.0:8008
  verify_client: maybe
  server_tokens: loud
etcd:
  host: a:b:c
log:
  traceback_level: warn
bootstrap:
  dcs:
    ttl: 30x
    synchronous_mode: quorum2
    slots:
      Bad-Name: {type: physical}
    postgresql:
      use_slots: maybe
postgresql:
  listen: nohost
  pg_ctl_timeout: soon
  parameters:
    max_connections: lots
  data_dir: /var/lib/postgresql/16/main
`;
const wrongLines = [6, 7, 9, 11, 14, 15, 17, 19, 21, 22, 24];
const servers: ReturnType<typeof server>[] = [];
after(() => servers.forEach((s) => s.child.kill()));

async function open(yamlVersion: string, body = text) {
  const s = server(yamlVersion);
  servers.push(s);
  await s.request('initialize', { processId: process.pid, rootUri: 'file:///project', capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } } } } });
  s.notify('initialized', {});
  s.notify('workspace/didChangeConfiguration', { settings: { yaml: { yamlVersion, validate: true, hover: true, completion: true } } });
  const diagnostics = s.notified('textDocument/publishDiagnostics');
  s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: body } });
  return { s, diagnostics: ((await diagnostics) as { diagnostics: { range: { start: { line: number } }; message: string }[] }).diagnostics };
}

test('yaml-language-server with the schema and YAML 1.1: the mistakes, at their lines, and no complaint about yes', async () => {
  const { s, diagnostics } = await open('1.1');
  const at = (line: number): string[] => diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message);
  // The schema's errorMessage, which yaml-language-server shows instead of a raw pattern or a type name.
  assert.deepEqual(at(4), ['expected host:port (a name or address, a colon, then the port number)'], 'restapi.listen without a port');
  assert.match(at(8).join(), /PostgreSQL settings belong in postgresql\.parameters/, 'maxconnections, a misplaced setting');
  for (const d of diagnostics) assert.doesNotMatch(d.message, /PatroniConfig|does not match the pattern|\^\.\*/, d.message);
  assert.deepEqual(at(6), [], 'use_unix_socket: yes is a boolean in YAML 1.1');

  const hover = await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 4 } });
  const shown = JSON.stringify(hover?.contents ?? '');
  assert.ok(shown.length > 40 && /data/i.test(shown), `hover on data_dir: ${shown}`);

  const completion = await s.request('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 0 } });
  const items = (Array.isArray(completion) ? completion : completion.items) as { label: string; documentation?: unknown }[];
  const bootstrap = items.find((i) => i.label === 'bootstrap');
  assert.ok(bootstrap, `top-level completion: ${items.map((i) => i.label).join(', ')}`);
  assert.ok(JSON.stringify(bootstrap.documentation ?? '').length > 20, 'with its description');
});

test('with YAML 1.2, the server default, Patroni\'s yes is reported as the wrong type', async () => {
  const { diagnostics } = await open('1.2');
  assert.ok(diagnostics.some((d) => d.range.start.line === 6), JSON.stringify(diagnostics.map((d) => d.message)));
});

test('a wrong value of every pattern-checked kind gets the schema\'s errorMessage, never a regular expression', async () => {
  const { s, diagnostics } = await open('1.1', wrongValues);
  const own = new Set<string>();
  JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'schema/patroni.schema.json'), 'utf8')), (k, v: unknown) => (k === 'errorMessage' && own.add(v as string), v));
  const lines = diagnostics.map((d) => d.range.start.line).sort((a, b) => a - b);
  assert.deepEqual(lines, wrongLines, JSON.stringify(diagnostics.map((d) => [d.range.start.line, d.message])));
  for (const d of diagnostics) assert.ok(own.has(d.message), `line ${d.range.start.line}: ${d.message}`);
  assert.match(diagnostics.find((d) => d.range.start.line === 15)!.message, /quorum/, 'synchronous_mode names quorum');

  // Hover shows the key's own description, not its type's (a $ref with the key's description beside it, not in an
  // allOf, whose type yaml-language-server would match first), under no heading (the schema has no title).
  const hover = await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 3 } });
  assert.match(hover.contents.value as string, /^Threads for Patroni's asynchronous tasks/, hover.contents.value);
  assert.doesNotMatch(hover.contents.value as string, /whole number/, hover.contents.value);
  // Completion shows the markdownDescription (for a key whose type is an anyOf, yaml-language-server 2's hover
  // takes the plain description instead).
  const completion = await s.request('textDocument/completion', { textDocument: { uri }, position: { line: 25, character: 2 } });
  const items = (Array.isArray(completion) ? completion : completion.items) as { label: string; documentation?: { kind?: string; value?: string } | string }[];
  const rewind = items.find((i) => i.label === 'use_pg_rewind');
  assert.ok(rewind, `postgresql completion: ${items.map((i) => i.label).join(', ')}`);
  assert.match(JSON.stringify(rewind.documentation), /`pg_rewind`/, 'the documentation is the markdown one');
});
