/**
 * What the node that wins the initialize key runs: initdb or the custom method, the
 * recovery settings after a custom method, start, then post_bootstrap/post_init.
 * Mirrors Patroni's Bootstrap.bootstrap / _initdb / _custom_bootstrap / call_post_bootstrap.
 */
import { has } from '../facts/patroni-behaviour.js';
import { nofailoverCause } from '../normalise/node-tags.js';
import { describeProblem, normaliseUserOptions } from '../normalise/user-options.js';
import { dictGet, dictHas, dictPath, strValue } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import { pyTruthy } from '../py/truth.js';
import type { PyDict, PyValue } from '../py/value.js';
import { citusEnabled } from './citus.js';
import { SUPERUSER_SECRET } from './connection.js';
import { finishCustomBootstrapSteps, hotStandbyOff } from './custom-bootstrap-finish.js';
import { standbyLeaderBranch } from './standby-leader.js';
import { standbyCluster } from './standby-cluster.js';
import { localConnection, startParameters } from './local-connection.js';
import { authentication, dataDir, pathJoin, pg, placeholder, programPath, scope, type PlanContext } from './plan-context.js';
import type { BootstrapBranch, Step } from './plan-types.js';
import { recoveryStepsAfterCustomBootstrap } from './recovery-settings.js';
import { serverParameters } from './server-parameters.js';
import { splitCommand } from './split-command.js';

/** Bootstrap keys Patroni never turns into --key=value for a custom method. */
const RESERVED_BOOTSTRAP_KEYS = ['no_params', 'keep_existing_recovery_conf', 'recovery_conf', 'scope', 'datadir'];

export function buildBootstrapBranch(ctx: PlanContext): BootstrapBranch {
  const bootstrap = ctx.config.bootstrap;
  const never = whyNeverBootstraps(ctx);
  if (never) return { method: 'none', kind: 'none', notes: [`${never}: this node never bootstraps a new cluster, it waits for another node to do it`], steps: [] };
  const standby = standbyCluster(ctx);
  if (standby) return standbyLeaderBranch(ctx, standby);
  const selected = selectMethod(bootstrap);
  const notes = selected.note ? [selected.note] : [];
  const steps =
    selected.kind === 'custom'
      ? customBootstrapSteps(ctx, selected.section!, selected.name, notes)
      : initdbSteps(ctx, dictGet(bootstrap, 'initdb'), notes);
  if (!steps.some((s) => s.action === 'fail')) {
    const custom = selected.kind === 'custom' ? selected.section! : undefined;
    const start = startParameters(ctx);
    const standbyOff = custom !== undefined && hotStandbyOff(ctx, custom);
    if (standbyOff) start.parameters = { ...start.parameters, hot_standby: 'off' };
    const server_parameters = serverParameters(ctx, { customBootstrap: custom !== undefined, hotStandbyOff: standbyOff });
    steps.push({ id: 'start', action: 'start_postgres', description: 'append bootstrap.pg_hba, write Patroni\'s configuration files and start PostgreSQL', ...start, server_parameters });
    steps.push(...postBootstrapSteps(ctx, bootstrap));
    if (custom && !steps.some((s) => s.action === 'fail')) steps.push(...finishCustomBootstrapSteps(ctx, custom));
  }
  const configDirNote = configDirWarning(ctx);
  if (configDirNote) notes.push(configDirNote);
  return { method: selected.name, kind: selected.kind, notes, steps };
}

/**
 * With config_dir outside the data directory Patroni moves <config_dir>/postgresql.conf to
 * postgresql.base.conf at the first start, so the start fails when that file is not there,
 * unless custom_conf names another base file (every version 3.0–4.1, oracle fixture
 * config-dir-no-base-conf). The plan cannot see the disk, so it says so.
 */
function configDirWarning(ctx: PlanContext): string | undefined {
  const configDir = strValue(pg(ctx, 'config_dir'));
  if (!configDir || configDir === dataDir(ctx) || dictHas(ctx.config.postgresql, 'custom_conf')) return undefined;
  return `postgresql.config_dir is ${configDir}: the first start fails unless ${pathJoin(configDir, 'postgresql.conf')} exists (Patroni renames it to postgresql.base.conf), or custom_conf is set`;
}

/**
 * Ha.bootstrap never races for the initialize key on a node Patroni counts as nofailover (from
 * 3.2 also a failover_priority of 0 or less), nor on one whose configuration has no bootstrap
 * section; a valid citus section (group an int, database a string) makes Patroni add one.
 */
function whyNeverBootstraps(ctx: PlanContext): string | undefined {
  const nofailover = nofailoverCause(ctx.config.root, ctx.patroni);
  if (nofailover === 'nofailover') return 'tags.nofailover is set';
  if (nofailover === 'failover_priority') return `tags.failover_priority is ${pyStr(dictPath(ctx.config.root, 'tags', 'failover_priority')!)} (0 or less, and no nofailover tag), so Patroni counts the node as nofailover`;
  if (!dictHas(ctx.config.root, 'bootstrap') && !citusEnabled(ctx.config.root)) return 'the configuration has no bootstrap section';
  return undefined;
}

interface SelectedMethod {
  kind: 'initdb' | 'custom';
  name: string;
  section?: PyDict;
  note?: string;
}

/**
 * `method` names a custom method only when a section of that name exists and has a
 * `command` key; otherwise Patroni silently runs initdb (every version 3.0–4.1).
 */
function selectMethod(bootstrap: PyDict): SelectedMethod {
  const method = dictGet(bootstrap, 'method');
  if (!method || !pyTruthy(method)) return { kind: 'initdb', name: 'initdb' };
  const name = pyStr(method);
  if (method.kind === 'str' && name === 'initdb') return { kind: 'initdb', name };
  const section = method.kind === 'str' ? dictGet(bootstrap, name) : undefined;
  if (section?.kind === 'dict' && dictHas(section, 'command')) return { kind: 'custom', name, section };
  const why = section === undefined ? `there is no bootstrap.${name} section` : `bootstrap.${name} has no command`;
  return { kind: 'initdb', name: 'initdb', note: `bootstrap.method is '${name}' but ${why}: Patroni silently runs initdb instead` };
}

function initdbSteps(ctx: PlanContext, config: PyValue | undefined, notes: string[]): Step[] {
  const normalised = normaliseUserOptions(config, { tool: 'initdb', patroni: ctx.patroni, pgMajor: ctx.pgMajor });
  if (normalised.aborted) {
    return [fail('initdb-options', `Patroni raises while reading bootstrap.initdb (${describeProblem(normalised.aborted)}): initdb does not run and the bootstrap fails`)];
  }
  const options = normalised.options.map((o) => o.arg);
  const superuser = authentication(ctx, 'superuser');
  const steps: Step[] = [];
  const username = dictGet(superuser, 'username');
  if (dictHas(superuser, 'username')) options.push(`--username=${pyStr(username!)}`);
  const password = dictGet(superuser, 'password');
  const writesPwfile = has('initdb.pwfile-needs-str', ctx.patroni) ? password?.kind === 'str' : password !== undefined;
  if (writesPwfile && password?.kind !== 'str') {
    return [fail('initdb-pwfile', 'the superuser password is not a string: Patroni raises while writing the password file and the bootstrap fails')];
  }
  if (writesPwfile) {
    const pwfile = placeholder(ctx, 'pwfile');
    options.push(`--pwfile=${pwfile}`);
    steps.push({ id: 'initdb-pwfile', action: 'write_file', description: 'write the superuser password to a temporary file', path: pwfile, secret: SUPERUSER_SECRET, mode: '0600' });
  }
  steps.push({ id: 'initdb', action: 'run', description: 'initialise the data directory', argv: initdbArgv(ctx, options), on_failure: 'abort_bootstrap' });
  if (writesPwfile) steps.push({ id: 'initdb-pwfile-remove', action: 'remove_file', description: 'remove the temporary password file, whatever initdb returned', path: placeholder(ctx, 'pwfile'), always: true });
  for (const p of normalised.problems) notes.push(`bootstrap.initdb: ${describeProblem(p)}`);
  return steps;
}

function initdbArgv(ctx: PlanContext, options: string[]): string[] {
  const binName = has('bin-name', ctx.patroni);
  if (has('initdb.direct-call', ctx.patroni)) return [programPath(ctx, 'initdb', binName), ...options, dataDir(ctx)];
  // pg_ctl hands the -o string to a shell, so spaces and quotes inside values are re-split there.
  const pgCtl = [programPath(ctx, 'pg_ctl', binName), 'initdb', '-D', dataDir(ctx)];
  return options.length ? [...pgCtl, '-o', options.join(' ')] : pgCtl;
}

function customBootstrapSteps(ctx: PlanContext, section: PyDict, name: string, notes: string[]): Step[] {
  const params = pyTruthy(dictGet(section, 'no_params') ?? { kind: 'none' }) ? [] : [`--scope=${scope(ctx)}`, `--datadir=${dataDir(ctx)}`];
  if (has('bootstrap.extra-params', ctx.patroni)) {
    const reserved = has('bootstrap.command-reserved', ctx.patroni) ? ['command', ...RESERVED_BOOTSTRAP_KEYS] : RESERVED_BOOTSTRAP_KEYS;
    for (const { key, value } of section.entries) {
      if (key.kind === 'str' && reserved.includes(key.value)) continue;
      params.push(`--${pyStr(key)}=${pyStr(value)}`);
    }
  }
  const command = dictGet(section, 'command')!;
  const split = splitCommand(command);
  if ('error' in split) {
    return [fail('custom-bootstrap', `bootstrap.${name}.command ${split.error}: Patroni logs the exception and the bootstrap fails`)];
  }
  const steps: Step[] = [
    { id: 'custom-bootstrap', action: 'run', description: `run the custom bootstrap method '${name}'`, argv: [...split.argv, ...params], on_failure: 'abort_bootstrap' },
  ];
  steps.push(...recoveryStepsAfterCustomBootstrap(ctx, section, notes));
  return steps;
}

function postBootstrapSteps(ctx: PlanContext, bootstrap: PyDict): Step[] {
  const postBootstrap = dictGet(bootstrap, 'post_bootstrap');
  const key = postBootstrap && pyTruthy(postBootstrap) ? 'post_bootstrap' : 'post_init';
  const cmd = dictGet(bootstrap, key);
  if (!cmd || !pyTruthy(cmd)) return [];
  // Patroni writes pgpass before it splits the command, so a bad command still leaves pgpass behind.
  const local = localConnection(ctx);
  const split = splitCommand(cmd);
  if ('error' in split) return [...local.steps, fail('post-bootstrap', `bootstrap.${key} ${split.error}: Patroni cancels the bootstrap after PostgreSQL started`)];
  return [
    ...local.steps,
    {
      id: 'post-bootstrap',
      action: 'run',
      description: `run bootstrap.${key} with the local superuser connection string`,
      argv: [...split.argv, local.connstring],
      env: local.env,
      on_failure: 'abort_bootstrap',
    },
  ];
}

function fail(id: string, description: string): Step {
  return { id, action: 'fail', description };
}
