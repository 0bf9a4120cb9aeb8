/**
 * The first node of a standby cluster: Patroni's Ha.bootstrap_standby_leader clones the
 * remote primary named by bootstrap.dcs.standby_cluster (host/port, no dbname) with the
 * standby cluster's methods, then follows it: no initdb, no post_bootstrap.
 */
import type { PyDict } from '../py/value.js';
import { firstStartSteps } from './first-start.js';
import type { PlanContext } from './plan-context.js';
import type { BootstrapBranch } from './plan-types.js';
import { buildClone, standbyMethodNames } from './replica-branch.js';
import { remoteFollow, remoteRecord } from './standby-cluster.js';

export function standbyLeaderBranch(ctx: PlanContext, standby: PyDict): BootstrapBranch {
  const record = remoteRecord(ctx, standby);
  const clone = buildClone(ctx, { record, ...standbyMethodNames(standby) });
  return {
    method: 'standby_leader',
    kind: 'standby_leader',
    notes: ['bootstrap.dcs.standby_cluster is set: the first node clones the remote primary and follows it as the standby leader; bootstrap.method, initdb and post_bootstrap are not used'],
    steps: [],
    clone: { ...clone, first_start: firstStartSteps(ctx, remoteFollow(ctx, standby, record)) },
  };
}

