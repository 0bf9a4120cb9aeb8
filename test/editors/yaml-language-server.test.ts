/**
 * docs/editors.md's setup, driven through the real yaml-language-server over LSP (stdio, as editors run it): the
 * schema by its modeline, yaml.yamlVersion 1.1; a configuration with mistakes gets diagnostics where they are, and
 * completion and hover carry the schema's descriptions. With YAML 1.2 (the server's default) Patroni's `yes` is
 * reported as the wrong type: why the docs set 1.1.
 */
import { spawn } from 'node:child_process';
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
const servers: ReturnType<typeof server>[] = [];
after(() => servers.forEach((s) => s.child.kill()));

async function open(yamlVersion: string) {
  const s = server(yamlVersion);
  servers.push(s);
  await s.request('initialize', { processId: process.pid, rootUri: 'file:///project', capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } } } } });
  s.notify('initialized', {});
  s.notify('workspace/didChangeConfiguration', { settings: { yaml: { yamlVersion, validate: true, hover: true, completion: true } } });
  const diagnostics = s.notified('textDocument/publishDiagnostics');
  s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
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
