import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePatroniVersion } from '../../src/facts/patroni-versions.js';
import { environmentConfiguration, parseEnvFile } from '../../src/load/environment.js';
import { pyRepr } from '../../src/py/str.js';

const v = (s: string) => resolvePatroniVersion(s)!.version;
const build = (text: string, version = '4.1') => {
  const { vars } = parseEnvFile('e.env', text);
  const r = environmentConfiguration(vars, v(version));
  return { repr: pyRepr(r.config), messages: r.diagnostics.map((d) => d.message) };
};

test('env file lines: export, quotes, comments; a bad line is reported', () => {
  const r = parseEnvFile('e.env', '# c\nexport PATRONI_NAME="pg 1"\nPATRONI_SCOPE=\'s\'\nnot a line\n');
  assert.deepEqual(r.vars.map((x) => [x.name, x.value, x.span.line]), [['PATRONI_NAME', 'pg 1', 2], ['PATRONI_SCOPE', 's', 3]]);
  assert.deepEqual(r.diagnostics.map((d) => [d.ruleId, d.line]), [['env-file', 4]]);
});

test('sections, typed values and authentication, as Patroni builds them', () => {
  const r = build('PATRONI_NAME=n\nPATRONI_RESTAPI_LISTEN=:8008\nPATRONI_RESTAPI_ALLOWLIST=10.0.0.1, 10.0.0.2\nPATRONI_CTL_INSECURE=yes\nPATRONI_REPLICATION_USERNAME=r\nPATRONI_REPLICATION_SSLMODE=require\nPATRONI_ETCD3_HOSTS=a:2379,b:2379\nPATRONI_ETCD3_PASSWORD=p\nPATRONI_LOG_MAX_QUEUE_SIZE=0x10\n');
  assert.equal(r.repr, "{'name': 'n', 'restapi': {'listen': ':8008', 'allowlist': ['10.0.0.1', '10.0.0.2']}, 'ctl': {'insecure': True}, 'log': {'max_queue_size': 16}, 'postgresql': {'authentication': {'replication': {'username': 'r', 'sslmode': 'require'}}}, 'etcd3': {'hosts': ['a:2379', 'b:2379'], 'password': 'p'}}");
  assert.deepEqual(r.messages, []);
});

test('release differences: thread_pool_size from 3.3.9/4.0.8/4.1.1, bootstrap users until 4.0, old log names', () => {
  assert.match(build('PATRONI_THREAD_POOL_SIZE=8\n', '4.0.8').repr, /'thread_pool_size': '8'/);
  assert.deepEqual(build('PATRONI_THREAD_POOL_SIZE=8\n', '4.1.0').messages, ['PATRONI_THREAD_POOL_SIZE is not a variable Patroni 4.1.0 reads: it ignores it']);
  assert.equal(build('PATRONI_ADMIN_PASSWORD=x\nPATRONI_ADMIN_OPTIONS=createdb\n', '3.3').repr, "{'bootstrap': {'users': {'ADMIN': {'password': 'x', 'options': ['createdb']}}}}");
  assert.deepEqual(build('PATRONI_ADMIN_PASSWORD=x\n', '4.0').messages, ['PATRONI_ADMIN_PASSWORD is not a variable Patroni 4.0.10 reads: it ignores it']);
  assert.equal(build('PATRONI_LOGLEVEL=DEBUG\n').repr, "{'log': {'level': 'DEBUG'}}");
  assert.equal(build('PATRONI_LOGLEVEL=DEBUG\nPATRONI_LOG_LEVEL=INFO\n').repr, "{'log': {'level': 'INFO'}}");
});

test('DCS suffixes: ports as integers, Citus only group and database, values that do not convert are dropped', () => {
  const r = build('PATRONI_CONSUL_PORT=8500\nPATRONI_CITUS_GROUP=1\nPATRONI_CITUS_HOST=x\nPATRONI_KUBERNETES_USE_ENDPOINTS=maybe\nPATRONI_KUBERNETES_LABELS=app: pg\n');
  assert.equal(r.repr, "{'consul': {'port': 8500}, 'citus': {'group': 1}, 'kubernetes': {'labels': {'app': 'pg'}}}");
  assert.deepEqual(r.messages, ['PATRONI_KUBERNETES_USE_ENDPOINTS is not a boolean (on/off, true/false, yes/no, 1/0): Patroni drops it']);
});
