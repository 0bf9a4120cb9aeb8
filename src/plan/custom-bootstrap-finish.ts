/**
 * How a custom bootstrap ends, in Patroni's post_bootstrap: postgresql.conf is written again
 * (on 12+ still with the method's recovery parameters, which then sit there inactive without
 * a signal file), then PostgreSQL is reloaded, or restarted where Patroni must.
 */
import { has } from '../facts/patroni-behaviour.js';
import { dictGet } from '../py/dict.js';
import { pyTruthy } from '../py/truth.js';
import type { PyDict } from '../py/value.js';
import { pg, type PlanContext } from './plan-context.js';
import type { Step } from './plan-types.js';
import { finalRecoveryParams, paramsFromDict, parseBool, postgresqlConfMode } from './recovery-settings.js';

/** Whether Patroni starts the freshly restored PostgreSQL with hot_standby=off. */
export function hotStandbyOff(ctx: PlanContext, section: PyDict): boolean {
  if (!has('bootstrap.hot-standby-off-only-for-promote', ctx.patroni)) return true;
  if (pyTruthy(dictGet(section, 'keep_existing_recovery_conf') ?? { kind: 'none' })) return true;
  const params = paramsFromDict(dictGet(section, 'recovery_conf'));
  if (params.length === 0) return false;
  const get = (name: string): string | undefined => params.find(([k]) => k.toLowerCase() === name)?.[1];
  const action = get('recovery_target_action') ?? (parseBool(get('pause_at_recovery_target')) === false ? 'promote' : 'pause');
  return action === 'promote';
}

export function finishCustomBootstrapSteps(ctx: PlanContext, section: PyDict): Step[] {
  const steps: Step[] = [];
  const recovery = dictGet(section, 'recovery_conf');
  if (ctx.pgMajor >= 12 && recovery !== undefined) {
    const params = paramsFromDict(recovery).filter(([k]) => k.toLowerCase() !== 'standby_mode');
    steps.push({
      id: 'bootstrap-rewrite-parameters',
      action: 'set_parameters',
      description: "write postgresql.conf again; the method's recovery parameters stay in it, inactive without a signal file",
      parameters: Object.fromEntries(finalRecoveryParams(ctx, params, [], 'recovery_conf of the bootstrap method')),
      ...postgresqlConfMode(ctx),
    });
  }
  const hbaFile = dictGet(pg(ctx, 'parameters'), 'hba_file') !== undefined;
  const restart = hbaFile || (!has('bootstrap.custom-reload', ctx.patroni) && hotStandbyOff(ctx, section));
  if (restart) {
    steps.push({ id: 'bootstrap-restart', action: 'restart_postgres', description: 'restart PostgreSQL with the final configuration' });
  } else {
    steps.push({ id: 'bootstrap-reload', action: 'reload_postgres', description: 'reload PostgreSQL with the final configuration' });
    steps.push({ id: 'bootstrap-reload-wait', action: 'sleep', description: 'give PostgreSQL time to reload', seconds: 1 });
  }
  return steps;
}
