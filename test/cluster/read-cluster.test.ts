/**
 * Reading a running cluster through a member's REST API, against a loopback stand-in that
 * serves the answers recorded from Patroni 3.0.2, 3.3.11, 4.0.10 and 4.1.4, or misbehaves:
 * unreachable, silent, not Patroni, too large, asking for credentials, TLS it cannot verify.
 * Every failure is one line on stderr and exit 2, without the answer or a secret in it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { readClusterFromMember } from '../../src/cluster/read-cluster.js';
import { getJson, RestError } from '../../src/net/patroni-rest.js';
import { ROOT } from '../helpers.js';
import { answers, cliAsync, closedPort, startFakeMember, TLS_DIR } from './fake-member.js';
import { recorded, RELEASES } from './recorded.js';


const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validateSnapshot = ajv.compile(JSON.parse(readFileSync(`${ROOT}schema/cluster.schema.json`, 'utf8')) as object);

const scratch = mkdtempSync(join(tmpdir(), 'pp-read-cluster-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** One line, exit 2, nothing of a stack trace. */
function assertOneLineFailure(r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, pattern);
  assert.doesNotMatch(r.stderr, /\bat .*\.(c?js|ts):\d+/);
}

for (const release of RELEASES) {
  test(`the answers of Patroni ${release} read as a snapshot: config, members, versions`, async () => {
    const member = await startFakeMember(answers(recorded(release)));
    try {
      const s = await readClusterFromMember(member.url, {}, new Date('2026-01-02T03:04:05.678Z'));
      assert.equal(s.source, member.url);
      assert.equal(s.read_at, '2026-01-02T03:04:05Z');
      assert.equal(s.patroni.patroni.version, release);
      assert.equal(s.patroni.server_version! >= 150000 && s.patroni.server_version! < 160000, true);
      assert.deepEqual((s.config['postgresql'] as { parameters: unknown }).parameters, { max_connections: 222, work_mem: '8MB' });
      assert.deepEqual(s.cluster.members.map((m) => [m.name, m.role]), [['node1', 'leader'], ['node2', 'replica']]);
      assert.deepEqual(member.seen, ['GET /patroni', 'GET /cluster', 'GET /config']);
      assert.ok(validateSnapshot(JSON.parse(JSON.stringify(s))), JSON.stringify(validateSnapshot.errors));
    } finally {
      await member.close();
    }
  });
}

test('patroni-plan cluster URL -o FILE writes the snapshot; it reads back through --cluster FILE', async () => {
  const member = await startFakeMember(answers(recorded('4.1.4')));
  try {
    const out = join(scratch, 'state.json');
    const r = await cliAsync(['cluster', member.url, '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    const snapshot = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(snapshot), ['format_version', 'source', 'read_at', 'config', 'cluster', 'patroni']);
    assert.ok(validateSnapshot(snapshot), JSON.stringify(validateSnapshot.errors));
    const schema = await cliAsync(['schema', '--cluster']);
    assert.equal(JSON.parse(schema.stdout).$id, 'https://patroni-plan.dev/schema/cluster.schema.json');
    const plan = await cliAsync(['plan', `${ROOT}fixtures/cluster/node3.yml`, '--cluster', out, '--format', 'json']);
    assert.equal(plan.code, 0, plan.stderr);
  } finally {
    await member.close();
  }
});

test('an unreachable member: one line naming it, exit 2', async () => {
  const port = await closedPort();
  assertOneLineFailure(await cliAsync(['cluster', `http://127.0.0.1:${port}`]), new RegExp(`^patroni-plan: http://127\\.0\\.0\\.1:${port}/patroni: connection refused`));
  assertOneLineFailure(await cliAsync(['plan', `${ROOT}fixtures/cluster/node3.yml`, '--cluster', `http://127.0.0.1:${port}`]), /connection refused/);
});

test('a member that never answers: the time-out ends it', async () => {
  const member = await startFakeMember(() => {
    // holds the request open
  });
  try {
    assertOneLineFailure(await cliAsync(['cluster', member.url, '--timeout', '0.5']), /no complete answer within 0\.5 s/);
  } finally {
    await member.close();
  }
});

test('an answer that is not Patroni: HTML, JSON of something else, a missing members list', async () => {
  const html = await startFakeMember((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>hello</html>'));
  const other = await startFakeMember(answers({ '/patroni': { status: 'ok' } }));
  const noMembers = await startFakeMember(answers({ ...recorded('3.0.2'), '/cluster': { nodes: [] } }));
  try {
    assertOneLineFailure(await cliAsync(['cluster', html.url]), /\/patroni: the answer is not JSON: is this a Patroni REST API\?/);
    assertOneLineFailure(await cliAsync(['cluster', other.url]), /\/patroni: no patroni\.version: is this a Patroni REST API\?/);
    assertOneLineFailure(await cliAsync(['cluster', noMembers.url]), /\/cluster: no 'members' list/);
  } finally {
    await Promise.all([html.close(), other.close(), noMembers.close()]);
  }
});

test('an answer larger than the limit is refused', async () => {
  const member = await startFakeMember((_req, res) => res.writeHead(200).end(JSON.stringify({ patroni: { version: '4.1.4' }, pad: 'x'.repeat(10_000) })));
  try {
    await assert.rejects(getJson(new URL(member.url), '/patroni', { maxBytes: 1000 }), (e: Error) => e instanceof RestError && /longer than 1000 bytes/.test(e.message));
  } finally {
    await member.close();
  }
});

test('basic auth: refused without credentials, accepted with them, the password never printed', async () => {
  const table = answers(recorded('4.0.10'));
  const expected = 'Basic ' + Buffer.from('admin:Rest-S3cret').toString('base64');
  const member = await startFakeMember((req, res) => (req.headers.authorization === expected ? table(req, res) : res.writeHead(401).end('{"password": "Rest-S3cret"}')));
  try {
    const refused = await cliAsync(['cluster', member.url]);
    assertOneLineFailure(refused, /HTTP 401.*user and password/);
    const pw = join(scratch, 'rest-password');
    writeFileSync(pw, 'Rest-S3cret\n');
    const ok = await cliAsync(['cluster', member.url, '--rest-user', 'admin', '--rest-password-file', pw]);
    assert.equal(ok.code, 0, ok.stderr);
    const config = join(scratch, 'ctl.yml');
    writeFileSync(config, 'ctl:\n  authentication:\n    username: admin\n    password: Rest-S3cret\n');
    const fromConfig = await cliAsync(['cluster', member.url, '--config', config]);
    assert.equal(fromConfig.code, 0, fromConfig.stderr);
    const inUrl = await cliAsync(['cluster', member.url.replace('//', '//admin:wrong-pw@')]);
    assertOneLineFailure(inUrl, /HTTP 401/);
    for (const r of [refused, ok, fromConfig, inUrl]) assert.ok(!(r.stdout + r.stderr).includes('Rest-S3cret') && !(r.stdout + r.stderr).includes('wrong-pw'));
  } finally {
    await member.close();
  }
});

test('TLS: a certificate no CA vouches for is refused; --cacert, ctl.cacert or --insecure accept it', async () => {
  const member = await startFakeMember(answers(recorded('4.1.4')), true);
  try {
    assertOneLineFailure(await cliAsync(['cluster', member.url]), /TLS: the member's certificate is not signed by a trusted CA .*--cacert/);
    assert.equal((await cliAsync(['cluster', member.url, '--cacert', `${TLS_DIR}member.crt`])).code, 0);
    const config = join(scratch, 'tls.yml');
    writeFileSync(config, `ctl:\n  cacert: ${TLS_DIR}member.crt\n`);
    assert.equal((await cliAsync(['cluster', member.url, '--config', config])).code, 0);
    assert.equal((await cliAsync(['cluster', member.url, '--insecure'])).code, 0);
    assertOneLineFailure(await cliAsync(['cluster', member.url.replace('https:', 'http:')]), /reset|not JSON|HTTP 400/);
  } finally {
    await member.close();
  }
});

test('TLS with a client certificate: refused without one, accepted with --cert/--key or ctl.certfile/keyfile', async () => {
  const member = await startFakeMember(answers(recorded('4.1.4')), 'client-cert');
  try {
    const ca = ['--cacert', `${TLS_DIR}member.crt`];
    assertOneLineFailure(await cliAsync(['cluster', member.url, ...ca]), /TLS: the member refused this client .*give --cert\/--key/);
    assert.equal((await cliAsync(['cluster', member.url, ...ca, '--cert', `${TLS_DIR}member.crt`, '--key', `${TLS_DIR}member.key`])).code, 0);
    const config = join(scratch, 'mtls.yml');
    writeFileSync(config, `ctl:\n  cacert: ${TLS_DIR}member.crt\n  certfile: ${TLS_DIR}member.crt\n  keyfile: ${TLS_DIR}member.key\n`);
    assert.equal((await cliAsync(['cluster', member.url, '--config', config])).code, 0);
    assertOneLineFailure(await cliAsync(['cluster', member.url, ...ca, '--cert', join(scratch, 'nope.crt')]), /nope\.crt: cannot read the client certificate \(ENOENT\)/);
  } finally {
    await member.close();
  }
});

test('a member that cannot read the DCS (HTTP 502 on /config), and one that answers 500', async () => {
  const table = answers(recorded('3.0.2'));
  const noDcs = await startFakeMember((req, res) => (req.url === '/config' ? res.writeHead(502).end() : table(req, res)));
  const broken = await startFakeMember((_req, res) => res.writeHead(500).end('Traceback (most recent call last): password=oops'));
  try {
    assertOneLineFailure(await cliAsync(['cluster', noDcs.url]), /\/config: the member answered HTTP 502 \(it cannot read the DCS\?\)$/m);
    const r = await cliAsync(['plan', `${ROOT}fixtures/cluster/node3.yml`, '--cluster', broken.url]);
    assertOneLineFailure(r, /\/patroni: the member answered HTTP 500$/m);
    assert.ok(!r.stderr.includes('oops'));
  } finally {
    await Promise.all([noDcs.close(), broken.close()]);
  }
});

test('secrets in an answer are masked in the snapshot', async () => {
  const table = recorded('3.3.11');
  const config = { ...(table['/config'] as object), standby_cluster: { host: '10.0.0.1', password: 'Dcs-S3cret' } };
  const member = await startFakeMember(answers({ ...table, '/config': config }));
  try {
    const r = await cliAsync(['cluster', member.url]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes('Dcs-S3cret'));
    assert.match(r.stdout, /"password": "\*\*\*"/);
  } finally {
    await member.close();
  }
});

test('--cluster with neither a URL nor a file, and a file that is not a snapshot', async () => {
  assertOneLineFailure(await cliAsync(['plan', `${ROOT}fixtures/cluster/node3.yml`, '--cluster', join(scratch, 'nope.json')]), /no such snapshot file/);
  const bad = join(scratch, 'bad.json');
  writeFileSync(bad, '{"format_version": 1, "source": "x", "read_at": "y", "config": {}, "cluster": {"members": []}, "patroni": {}}');
  assertOneLineFailure(await cliAsync(['plan', `${ROOT}fixtures/cluster/node3.yml`, '--cluster', bad]), /no patroni\.version/);
});
