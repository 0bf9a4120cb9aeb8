/** exec --branch rejoin refuses before any step what cannot be a rejoin. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { runExec, type ExecOptions } from '../../src/exec/exec.js';
import { StandIns } from './stand-ins.js';

let s: StandIns;
beforeEach(() => {
  s = new StandIns();
  s.program('pg_rewind', 'exit 0');
});
afterEach(() => s.dispose());

async function rejoin(extra: Partial<ExecOptions>): Promise<{ code: number; err: string }> {
  let err = '';
  const base: ExecOptions = { file: s.config(), branch: 'rejoin', pgVersion: '15', start: false, startTimeout: 5, keepPgpass: false, dryRun: false, logFormat: 'text', uid: 4242 };
  const code = await runExec({ ...base, ...extra }, { out: () => undefined, err: (t) => (err += t) });
  return { code, err };
}

test('an empty data directory has no former primary to rejoin', async () => {
  const r = await rejoin({ cloneFrom: 'postgres://127.0.0.1:5498/postgres' });
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /is empty: there is no former primary to rejoin/);
  assert.equal(existsSync(join(s.dir, 'data', 'standby.signal')), false);
});

test('a plan that names the new leader only symbolically needs --clone-from', async () => {
  const r = await rejoin({});
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /give --clone-from postgres:\/\/host:port\/dbname/);
});
