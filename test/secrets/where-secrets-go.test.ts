import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfigText, planLoaded, renderPlanJson, renderPlanText } from '../../src/index.js';

const CONFIG = `scope: s
name: n
restapi: {listen: 0.0.0.0:8008, connect_address: 10.0.0.1:8008}
etcd: {host: 10.0.0.2:2379}
bootstrap:
  initdb: [{encoding: UTF8}]
postgresql:
  data_dir: /d
  listen: 0.0.0.0:5432
  connect_address: 10.0.0.1:5432
  pgpass: /tmp/pgpass
  authentication:
    superuser: {username: postgres, password: SUPER-SECRET-1}
    replication: {username: replicator, password: REPL-SECRET-2, sslpassword: KEY-SECRET-3}
`;

interface Step {
  action: string;
  id: string;
  path?: string;
  content?: string;
  secret?: string;
  mode?: string;
}

function allSteps(plan: unknown): Step[] {
  const out: Step[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.action === 'string' && typeof o.id === 'string') out.push(o as unknown as Step);
      Object.values(o).forEach(walk);
    }
  };
  walk(plan);
  return out;
}

test('the plan says where each secret goes (the initdb password file, pgpass files, a connection string) and never what it is', () => {
  for (const patroniVersion of ['3.0', '4.1']) {
    for (const pgVersion of ['9.6', '16']) {
      const plan = planLoaded(loadConfigText('c.yml', CONFIG), { patroniVersion, pgVersion, cloneFrom: 'postgres://10.0.0.12:5432/postgres' });
      const out = renderPlanJson(plan) + renderPlanText(plan);
      for (const secret of ['SUPER-SECRET-1', 'REPL-SECRET-2', 'KEY-SECRET-3']) assert.ok(!out.includes(secret), `${patroniVersion}/${pgVersion}: ${secret}`);
      const steps = allSteps(plan);
      const pwfile = steps.find((s) => s.action === 'write_file' && s.secret === 'postgresql.authentication.superuser.password' && s.content === undefined);
      assert.ok(pwfile, 'the initdb password file takes the superuser password');
      const pgpass = steps.filter((s) => s.action === 'write_file' && s.path === '/tmp/pgpass');
      assert.ok(pgpass.length >= 1);
      for (const s of pgpass) {
        assert.match(s.content ?? '', /:\$\{secret:postgresql\.authentication\.(replication|superuser)\.password\}\n?$/);
        assert.equal(s.mode, '0600');
      }
      // Patroni leaves sslpassword out of a connection string below PostgreSQL 13 (libpq lacks it).
      if (pgVersion === '16') assert.match(out, /sslpassword=\$\{secret:postgresql\.authentication\.replication\.sslpassword\}/);
      if (pgVersion === '9.6') assert.match(out, /password=\$\{secret:postgresql\.authentication\.replication\.password\}/, 'below 10 the password goes inline, as a placeholder');
    }
  }
});
