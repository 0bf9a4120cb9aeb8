/**
 * Which member a new node clones from and which it then follows, from GET /cluster, as
 * Patroni decides it (3.0–4.1 alike):
 * - Ha.bootstrap clones only when the cluster has a leader; Cluster.get_clone_member then
 *   picks at random among the running members tagged clonefrom (that have a connection URL),
 *   other than the node itself and the leader, and takes the leader when there is none;
 * - after the clone, Ha._get_node_to_follow follows the member named by the node's
 *   replicatefrom tag when it is in the cluster, else the leader.
 */
import { isRunningState } from '../facts/patroni-rest.js';
import type { SnapshotMember } from './snapshot.js';

/** Roles /cluster gives the member holding the leader key (`master` before Patroni 3.0's rename, kept for old members). */
const LEADER_ROLES = new Set(['leader', 'standby_leader', 'master', 'primary']);

export const isLeader = (m: SnapshotMember): boolean => LEADER_ROLES.has(m.role);

export function leaderOf(members: SnapshotMember[]): SnapshotMember | undefined {
  return members.find(isLeader);
}

/** Python truthiness of a tag value as it came through JSON. */
const truthy = (v: unknown): boolean => v !== undefined && v !== null && v !== false && v !== 0 && v !== '' && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

export interface CloneChoice {
  /** The member cloned from; undefined when the cluster has no leader (then only no_leader methods run). */
  chosen: SnapshotMember | undefined;
  /** Every member Patroni picks from at random, when there are several. */
  candidates: SnapshotMember[];
  leader: SnapshotMember | undefined;
}

export function cloneMember(members: SnapshotMember[], self: string | undefined): CloneChoice {
  const leader = leaderOf(members);
  if (!leader) return { chosen: undefined, candidates: [], leader };
  const candidates = members.filter((m) => truthy(m.tags?.['clonefrom']) && m.host !== undefined && isRunningState(m.state) && m.name !== self && m.name !== leader.name);
  return { chosen: candidates.length === 1 ? candidates[0] : candidates.length ? undefined : leader, candidates, leader };
}

/** The member a freshly cloned replica follows. */
export function followMember(members: SnapshotMember[], self: string | undefined, replicatefrom: string | undefined): SnapshotMember | undefined {
  if (replicatefrom !== undefined && replicatefrom !== self) {
    const named = members.find((m) => m.name === replicatefrom);
    if (named) return named;
  }
  return leaderOf(members);
}

/** How a member is named in notes: name, role, host:port. */
export function describeMember(m: SnapshotMember): string {
  return `${m.name} (${m.role}, ${m.host ?? '?'}:${m.port ?? 5432})`;
}
