/**
 * The archive_ready_wal step (Patroni's Rewind._archive_ready_wals): the command substitution, which segments are
 * archived and in what order, what a failure leaves, and the refusal of a plan that points the step elsewhere.
 * Agreement with real Patroni on the commands is test/oracle/rejoin-golden.test.ts's (fixtures/rejoin/
 * rewind-archive.yml); the real PostgreSQL drill is test 6 of e2e-rejoin.test.ts.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { archiverCommand, archiveReadyWalStep } from '../../src/exec/archive-ready-wal.js';
import type { ExecContext } from '../../src/exec/context.js';
import { runExec, type ExecOptions } from '../../src/exec/exec.js';
import { Interrupt } from '../../src/exec/interrupt.js';
import { runArgv } from '../../src/exec/steps.js';
import { planLoaded } from '../../src/api.js';
import { loadConfigPath } from '../../src/load/load-config.js';
import { sealPlan } from '../../src/plan/seal.js';
import type { Step } from '../../src/plan/plan-types.js';
import { StandIns } from './stand-ins.js';

let s: StandIns;
beforeEach(() => {
  s = new StandIns();
});
afterEach(() => s.dispose());

test("Patroni's substitution: %p, %f, %r and %%, any other % kept with the character after it, a last % kept", () => {
  assert.equal(archiverCommand('cp %p /a/%f # %r 100%% %x %', '/d/pg_wal', '000000010000000000000002'), 'cp /d/pg_wal/000000010000000000000002 /a/000000010000000000000002 # 000000010000000000000001 100% %x %');
  // os.path.join: no normalising of the configured path.
  assert.equal(archiverCommand('%p', '/d//pg_wal/', 'x'), '/d//pg_wal/x');
  assert.equal(archiverCommand('%%p', '/d', 'x'), '%p');
});

/** A WAL directory as a former primary leaves it; the names in archive_status, the segments beside it. */
function walDir(status: string[], segments: string[]): string {
  const wal = join(s.dir, 'data', 'pg_wal');
  mkdirSync(join(wal, 'archive_status'), { recursive: true });
  for (const n of status) writeFileSync(join(wal, 'archive_status', n), '');
  for (const n of segments) writeFileSync(join(wal, n), n);
  return wal;
}

function context(): { ctx: ExecContext; events: unknown[] } {
  const events: unknown[] = [];
  // A real Interrupt, never installed: no signal handler of the test process is touched.
  const ctx = { resolver: { text: (x: string) => x }, reporter: { emit: (e: unknown) => events.push(e) }, interrupt: new Interrupt() } as unknown as ExecContext;
  return { ctx, events };
}

test('the segments marked .ready whose segment is there are archived in name order, then marked .done; a failure stays .ready', async () => {
  const wal = walDir(
    ['000000010000000000000003.ready', '000000010000000000000002.partial.ready', '000000010000000000000001.done', '000000010000000000000004.ready', '000000010000000000000005.ready', '000000010000000000000002.00000028.backup.ready', '00000002.history.ready'],
    ['000000010000000000000002.partial', '000000010000000000000003', '000000010000000000000005'],
  );
  const archive = join(s.dir, 'archive');
  mkdirSync(archive);
  const log = join(s.dir, 'order');
  // Segment 5 fails to archive: it stays .ready, and the step goes on.
  const command = `echo %f >> ${log}; case %f in *05) exit 1;; esac; cp %p ${archive}/%f`;
  const step: Step = { id: 'archive-ready-wal', action: 'archive_ready_wal', description: '', path: wal, command, shell: true };
  const { ctx } = context();
  const r = await archiveReadyWalStep(ctx, step, (c, id, argv) => runArgv(c, id, argv));
  assert.equal(r.status, 'ok');
  assert.match(r.reason!, /^archived 2 of 4 segments marked \.ready; not archived, still \.ready: 000000010000000000000005 \(\/bin\/sh exited with code 1\)$/);
  assert.deepEqual(readFileSync(log, 'utf8').split('\n').filter(Boolean), ['000000010000000000000002.partial', '000000010000000000000003', '000000010000000000000005']);
  assert.deepEqual(readdirSync(archive).sort(), ['000000010000000000000002.partial', '000000010000000000000003']);
  assert.deepEqual(readdirSync(join(wal, 'archive_status')).sort(), [
    '000000010000000000000001.done', '000000010000000000000002.00000028.backup.ready', '000000010000000000000002.partial.done', '000000010000000000000003.done',
    '000000010000000000000004.ready', '000000010000000000000005.ready', '00000002.history.ready',
  ]);
});

test('before Patroni 3.1 the command is split like a command line, without a shell', async () => {
  const wal = walDir(['000000010000000000000002.ready'], ['000000010000000000000002']);
  const argvs: string[][] = [];
  const step: Step = { id: 'archive-ready-wal', action: 'archive_ready_wal', description: '', path: wal, command: "cp '%p' \"/arch ive/%f\"", shell: false };
  const { ctx } = context();
  await archiveReadyWalStep(ctx, step, async (_c, _id, argv) => (argvs.push(argv), { status: 'ok' }));
  assert.deepEqual(argvs, [['cp', `${wal}/000000010000000000000002`, '/arch ive/000000010000000000000002']]);
});

test('a missing archive_status archives nothing and is no failure', async () => {
  const { ctx } = context();
  const r = await archiveReadyWalStep(ctx, { id: 'a', action: 'archive_ready_wal', description: '', path: join(s.dir, 'nowhere'), command: 'false', shell: true }, async () => assert.fail('nothing to run'));
  assert.equal(r.status, 'ok');
});

test('a plan whose archive step works outside the data directory\'s WAL directory is refused before any step', async () => {
  s.program('pg_rewind', 'exit 0');
  s.program('pg_controldata', 'exit 0');
  const config = s.config({ extra: "  use_pg_rewind: true\n  parameters:\n    archive_mode: 'on'\n    archive_command: 'cp %p /archive/%f'\n" });
  mkdirSync(join(s.dir, 'data'));
  writeFileSync(join(s.dir, 'data', 'PG_VERSION'), '15\n');
  const plan = planLoaded(loadConfigPath(config), { pgVersion: '15', cloneFrom: 'postgres://127.0.0.1:5498/postgres' });
  const rewind = plan.rejoin!.cases.find((c) => c.id === 'rewind')!;
  const step = rewind.steps.find((x) => x.action === 'archive_ready_wal')!;
  assert.equal(step.path, join(s.dir, 'data', 'pg_wal'));
  step.path = join(s.dir, 'elsewhere');
  const { content_sha256: _old, ...unsealed } = plan;
  const file = join(s.dir, 'plan.json');
  writeFileSync(file, JSON.stringify(sealPlan(unsealed), null, 2) + '\n');
  let err = '';
  const base: ExecOptions = { file, config, branch: 'rejoin', start: false, startTimeout: 5, keepPgpass: false, dryRun: false, logFormat: 'text', uid: 4242 };
  const code = await runExec(base, { out: () => undefined, err: (t) => (err += t) });
  assert.equal(code, 2, err);
  assert.match(err, /step archive-ready-wal archives the segments of .*elsewhere, which is not the data directory's WAL directory/);
  assert.equal(existsSync(join(s.dir, 'data', 'standby.signal')), false);
});
