/**
 * `patroni-plan exec`: reads and checks the plan, resolves what only the run can know,
 * refuses anything unsafe before the first step, runs one branch, and always cleans up.
 * Exit codes: 0 success, 1 the branch failed, 2 usage or a refused/unreadable plan, 130 interrupted.
 */
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../api.js';
import { UnreadableInput } from '../load/read-input.js';
import { InputError, formatDiagnostic } from '../diagnostic.js';
import { parseCloneFrom } from '../plan/build-plan.js';
import type { Plan } from '../plan/plan-types.js';
import { branchSteps, type BranchName } from './branch.js';
import { runBootstrap } from './bootstrap-runner.js';
import { removeSecrets, standbyNeedsPgpass } from './cleanup.js';
import { cloneSourceProblem, destroysExistingData } from './clone-source.js';
import type { BranchOutcome, ExecContext, RunOptions } from './context.js';
import { describeBranch } from './dry-run.js';
import { Reporter, type Writers } from './events.js';
import { Interrupt } from './interrupt.js';
import { readExecInput, type EnvFile } from './plan-input.js';
import type { ClusterSnapshot } from '../cluster/snapshot.js';
import { RefusedPlan } from './plan-verify.js';
import { escapeDsn, escapePgpass, Resolver, type CloneValues } from './placeholders.js';
import { preflight } from './preflight.js';
import { runRejoin } from './rejoin-runner.js';
import { runReplica } from './replica-runner.js';
import { RunState } from './run-state.js';
import { SafetyError, withoutTrailingSlash } from './safety.js';
import { decideWipe } from './wipe-policy.js';
import { resolveSecrets, secretKeys, secretSource } from './secrets.js';
import { pgCtlPath } from './server.js';

export const EXEC_EXIT = { ok: 0, failed: 1, refused: 2, interrupted: 130 } as const;

export interface ExecOptions extends Omit<RunOptions, 'uid' | 'allowWipe' | 'createSlot'> {
  file: string;
  allowWipe?: string[];
  createSlot?: boolean;
  /** The user the run acts as; process.getuid() unless a test says otherwise. */
  uid?: number;
  /** The command line as typed, for the command a refusal suggests instead. */
  commandLine?: string[];
  branch: BranchName;
  config?: string;
  cloneFrom?: string;
  patroniVersion?: string;
  pgVersion?: string;
  /** A running cluster: the replica branch is then the one of a new member of it. */
  cluster?: ClusterSnapshot;
  /** --patroni-env, read. */
  env?: EnvFile;
  dryRun: boolean;
  logFormat: 'text' | 'json';
}

export async function runExec(opts: ExecOptions, writers?: Writers): Promise<number> {
  const reporter = new Reporter(opts.logFormat, writers);
  const state = new RunState();
  let ctx: ExecContext;
  try {
    ctx = prepare(opts, reporter, state);
  } catch (err) {
    if (!isRefusal(err)) throw err;
    reporter.emit({ event: 'end', outcome: 'refused', exit_code: EXEC_EXIT.refused, reason: refusalText(err) });
    return EXEC_EXIT.refused;
  }
  const checked = preflight(ctx, { commandLine: opts.commandLine, dryRun: opts.dryRun });
  reporter.emit({ event: 'begin', branch: opts.branch, source: ctx.source, plan_sha256: ctx.plan.content_sha256, patroni_version: ctx.plan.patroni_version, postgresql_version: ctx.plan.postgresql_version, data_dir: ctx.dataDir, dry_run: opts.dryRun });
  if (checked.problems.length) {
    reporter.emit({ event: 'end', outcome: 'refused', exit_code: EXEC_EXIT.refused, reason: checked.problems.join('; ') });
    return EXEC_EXIT.refused;
  }
  for (const message of checked.notes) reporter.emit({ event: 'note', message });
  if (opts.dryRun) {
    if (destroysExistingData(ctx)) reporter.emit({ event: 'note', message: `a real run checks first that the member to clone from accepts connections, as it would remove the existing ${ctx.dataDir}` });
    describeBranch(ctx);
    reporter.emit({ event: 'end', outcome: 'ok', exit_code: EXEC_EXIT.ok, reason: 'dry run, nothing was touched' });
    return EXEC_EXIT.ok;
  }
  return run(ctx);
}

async function run(ctx: ExecContext): Promise<number> {
  ctx.interrupt.install();
  let result: BranchOutcome | undefined;
  try {
    const unreachable = destroysExistingData(ctx) ? await cloneSourceProblem(ctx) : undefined;
    if (unreachable && !ctx.interrupt.interrupted) {
      ctx.reporter.emit({ event: 'end', outcome: 'refused', exit_code: EXEC_EXIT.refused, reason: unreachable });
      return EXEC_EXIT.refused;
    }
    result = ctx.branch === 'bootstrap' ? await runBootstrap(ctx) : ctx.branch === 'replica' ? await runReplica(ctx) : await runRejoin(ctx);
  } finally {
    removeSecrets(ctx, result);
    ctx.interrupt.uninstall();
  }
  if (ctx.interrupt.interrupted && result.outcome !== 'interrupted') result = { outcome: 'interrupted', reason: `interrupted by ${ctx.interrupt.cause}` };
  if (result.outcome === 'ok') warnAboutPassfile(ctx, result);
  const exit_code = result.outcome === 'ok' ? EXEC_EXIT.ok : result.outcome === 'failed' ? EXEC_EXIT.failed : EXEC_EXIT.interrupted;
  ctx.reporter.emit({ event: 'end', exit_code, ...result });
  return exit_code;
}

/** The standby's primary_conninfo names the pgpass file as its passfile; without it the standby cannot reconnect. */
function warnAboutPassfile(ctx: ExecContext, result: BranchOutcome): void {
  if (ctx.branch === 'bootstrap' || ctx.options.keepPgpass || standbyNeedsPgpass(ctx, result)) return;
  const names = ctx.plan.replica.first_start.steps.some((s) => Object.values(s.parameters ?? {}).some((v) => v.includes(`passfile=`)) || (s.content ?? '').includes('passfile='));
  const written = [...ctx.plan.replica.prepare, ...ctx.plan.replica.first_start.steps].some((s) => s.action === 'write_file' && ctx.resolver.text(s.path!) === ctx.pgpass);
  if (names && written) {
    ctx.reporter.emit({ event: 'note', message: `the standby settings name ${ctx.pgpass} as primary_conninfo's passfile, and exec removed that file: a standby started from it cannot connect to its primary (Patroni keeps the file); --keep-pgpass keeps it, and --start keeps it for the standby exec starts` });
  }
}

function prepare(opts: ExecOptions, reporter: Reporter, state: RunState): ExecContext {
  if (opts.cluster && opts.branch === 'bootstrap') throw new UsageError('--cluster: the cluster is initialized, so a new member never runs the bootstrap branch; rehearse --branch replica');
  const input = readExecInput(opts.file, { patroniVersion: opts.patroniVersion, pgVersion: opts.pgVersion, cloneFrom: opts.cloneFrom, ...(opts.cluster && { cluster: opts.cluster }) }, opts.env);
  const plan = input.plan;
  if (input.source === 'plan' && (opts.patroniVersion || opts.pgVersion)) throw new UsageError('--patroni-version and --pg-version are for a configuration: a plan JSON already fixes them');
  if (input.source === 'config' && opts.config) throw new UsageError('--config names the configuration of a plan JSON; exec was given a configuration itself');
  if (opts.cloneFrom !== undefined && opts.cloneFrom !== 'none') parseClone(opts.cloneFrom);
  const clone = cloneValues(plan, opts, input.source);
  const keys = secretKeys(branchSteps(plan, opts.branch));
  const secrets = keys.length ? resolveSecrets(keys, secretSource(plan, input.config, opts.config)) : new Map<string, string>();
  reporter.hide([...secrets.values()].flatMap((v) => [v, escapePgpass(v), escapeDsn(v)]));
  const dryPwfile = join(tmpdir(), 'patroni-plan-exec-XXXXXX', 'pwfile');
  const resolver = new Resolver({ plan, home: homedir(), pwfile: opts.dryRun ? () => dryPwfile : () => state.pwfile(), secrets, ...(clone && { clone }) });
  const dataDir = withoutTrailingSlash(plan.node.data_dir ?? '');
  const uid = opts.uid ?? process.getuid?.() ?? -1;
  const ctx: ExecContext = {
    plan,
    source: input.source,
    branch: opts.branch,
    dataDir,
    pgpass: resolver.text(plan.node.pgpass),
    pgCtl: pgCtlPath(plan),
    resolver,
    ...(clone && { clone }),
    wipe: decideWipe({ dataDir, pgVersion: plan.postgresql_version, allowWipe: opts.allowWipe ?? [], uid }),
    reporter,
    interrupt: new Interrupt(),
    state,
    options: { start: opts.start, startTimeout: opts.startTimeout, keepPgpass: opts.keepPgpass, allowWipe: opts.allowWipe ?? [], createSlot: opts.createSlot ?? false, uid },
  };
  return ctx;
}

/**
 * The clone_* values: from --clone-from for a plan that names its source symbolically.
 * A plan made for a given source runs only for that source.
 */
function cloneValues(plan: Plan, opts: ExecOptions, source: 'plan' | 'config'): CloneValues | undefined {
  const planned = plan.clone_from;
  if (planned.kind === 'symbolic') {
    if (opts.cloneFrom === undefined) {
      if (opts.branch !== 'bootstrap') throw new RefusedPlan(`the plan names the member to clone from only symbolically (\${clone_host}...): give --clone-from postgres://host:port/dbname`);
      return undefined;
    }
    if (opts.cloneFrom === 'none') throw new RefusedPlan('--clone-from none changes which methods can run: plan again with --clone-from none');
    return parseClone(opts.cloneFrom);
  }
  if (source === 'config' || opts.cloneFrom === undefined) return undefined;
  const wanted = opts.cloneFrom === 'none' ? 'none' : JSON.stringify(parseClone(opts.cloneFrom));
  const have = planned.kind === 'none' ? 'none' : JSON.stringify({ host: planned.host, port: planned.port, dbname: planned.dbname });
  if (wanted !== have) throw new RefusedPlan(`the plan was made for --clone-from ${planned.kind === 'none' ? 'none' : planned.url}, not ${opts.cloneFrom}: plan again`);
  return undefined;
}

function parseClone(url: string): CloneValues {
  const parsed = parseCloneFrom(url);
  if ('error' in parsed) throw new UsageError(parsed.error);
  const { host = '', port = '5432', dbname = '' } = parsed;
  if (!host || host.includes(',')) throw new UsageError(`--clone-from ${url}: exec clones from one member, as Patroni does (it takes the leader's or a replica's single connection URL from the DCS): give one host`);
  if (!dbname) throw new UsageError(`--clone-from ${url}: a database name is needed (postgres://host:port/dbname), as Patroni publishes it`);
  return { host, port, dbname };
}

function isRefusal(err: unknown): err is Error {
  return err instanceof RefusedPlan || err instanceof SafetyError || err instanceof UsageError || err instanceof UnreadableInput || err instanceof InputError;
}

function refusalText(err: Error): string {
  if (err instanceof InputError) return `the configuration cannot be planned:\n${err.diagnostics.map(formatDiagnostic).join('\n')}`;
  return err.message;
}
