/**
 * How Patroni's REST answers differ between releases, for reading a running cluster. Recorded
 * from Patroni itself (scripts/record-cluster-answers.mjs, test/data/cluster/<release>/):
 *
 * - GET /cluster `state` of a member that is not the leader: 3.0.2 shows the member's state
 *   in the DCS (`running`); 3.3.11, 4.0.10 and 4.1.4 show its replication state instead when
 *   it has one (`streaming`, `in archive recovery`), which Patroni only sets while the state in
 *   the DCS is `running` (utils.cluster_as_json). Cluster.get_clone_member wants exactly
 *   `running` in the DCS (Member.is_running, 3.0–4.1), so each of these means running.
 * - GET /patroni `role` of the primary: `master` in 3.0.2 and 3.3.11, `primary` in 4.0.10 and
 *   4.1.4. GET /cluster calls it `leader` in all four (`standby_leader` in a standby cluster).
 * - GET /cluster has a top-level `scope` from 3.3.11 on (not in 3.0.2); GET /patroni has
 *   `patroni.name` from 3.3.11 on; members may carry `pending_restart_reason` from 3.3.11 on,
 *   and lsn/receive_lsn/replay_lsn with their lags in 4.1.4.
 */

/** /cluster `state` values that stand for `running` in the DCS, with the first recorded release that shows each. */
export const RUNNING_STATES: Readonly<Record<string, string>> = {
  running: '3.0.2',
  streaming: '3.3.11',
  'in archive recovery': '3.3.11',
};

export const isRunningState = (state: string | undefined): boolean => state !== undefined && Object.hasOwn(RUNNING_STATES, state);
