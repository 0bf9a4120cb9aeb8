/**
 * What a plan takes from a running cluster, as Patroni on a new member of it would:
 * - the dynamic configuration comes from the DCS (GET /config), not from bootstrap.dcs,
 *   which Patroni reads only when nothing is in the DCS yet (Patroni.load_dynamic_configuration,
 *   3.0–4.1); local settings then win where Patroni lets them, through the same
 *   effective-configuration path as before;
 * - the clone source and the member followed come from GET /cluster (members.ts);
 * - the Patroni release and PostgreSQL major default to what GET /patroni reports.
 */
import { dictGet, dictSet, dictWithout, strValue } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import type { PyDict } from '../py/value.js';
import { resolvePatroniVersion } from '../facts/patroni-versions.js';
import { parsePgVersion } from '../plan/build-plan.js';
import { jsonToPy } from './json-to-py.js';
import { cloneMember, describeMember, followMember, type CloneChoice } from './members.js';
import type { ClusterSnapshot, SnapshotMember } from './snapshot.js';

/** A clone or follow source in the plan's terms (CloneSource of the plan schema). */
export interface MemberSource {
  kind: 'url' | 'none' | 'symbolic';
  url?: string;
  host?: string;
  port?: string;
  dbname?: string;
}

export interface ClusterTarget {
  /** The configuration with the live dynamic configuration in place of bootstrap.dcs. */
  root: PyDict;
  clone: MemberSource;
  /** The member the new replica follows after its clone. */
  follow: MemberSource;
  /** Why the bootstrap branch does not run. */
  bootstrapNote: string;
  /** What the replica branch takes from the cluster. */
  replicaNotes: string[];
  /** The versions the member reports, for flags that were not given. */
  patroniVersion: string;
  pgVersion: string | undefined;
}

const str = (value: string) => ({ kind: 'str' as const, value });

/** `bootstrap.dcs` replaced by the DCS's configuration; every other bootstrap key stays as written. */
export function withLiveDynamicConfig(root: PyDict, config: Record<string, unknown>): PyDict {
  const bootstrap = dictGet(root, 'bootstrap');
  const base: PyDict = bootstrap?.kind === 'dict' ? dictWithout(bootstrap, 'dcs') : { kind: 'dict', entries: [] };
  return dictSet(root, str('bootstrap'), dictSet(base, str('dcs'), jsonToPy(config)));
}

/** PostgreSQL's server_version number as a major: 150010 → 15, 90624 → 9.6. */
export function pgMajorOf(serverVersion: number | undefined): string | undefined {
  if (serverVersion === undefined || serverVersion <= 0) return undefined;
  const major = Math.floor(serverVersion / 10000);
  return major >= 10 ? String(major) : `${major}.${Math.floor(serverVersion / 100) % 100}`;
}

/** The Patroni release and PostgreSQL major the member asked reports. */
export function runningVersions(snapshot: ClusterSnapshot): { patroniVersion: string; pgVersion: string | undefined } {
  return { patroniVersion: snapshot.patroni.patroni.version, pgVersion: pgMajorOf(snapshot.patroni.server_version) };
}

/** The same, only where patroni-plan has facts for them: defaults for lint and diff, which then need no note. */
export function knownRunningVersions(snapshot: ClusterSnapshot): { patroniVersion?: string; pgVersion?: string } {
  const { patroniVersion, pgVersion } = runningVersions(snapshot);
  return { ...(resolvePatroniVersion(patroniVersion) && { patroniVersion }), ...(pgVersion !== undefined && parsePgVersion(pgVersion) && { pgVersion }) };
}

export function clusterTarget(root: PyDict, snapshot: ClusterSnapshot): ClusterTarget {
  const members = snapshot.cluster.members;
  const postgresql = dictGet(root, 'postgresql');
  const self = strValue(dictGet(root, 'name')) ?? strValue(dictGet(postgresql, 'name'));
  // A member's URL in the DCS ends with its own postgresql.database; /cluster leaves it out, so the local one stands in.
  const database = strValue(dictGet(postgresql, 'database')) || 'postgres';
  const replicatefrom = dictGet(dictGet(root, 'tags'), 'replicatefrom');
  const choice = cloneMember(members, self);
  const follow = followMember(members, self, replicatefrom === undefined || replicatefrom.kind === 'none' ? undefined : pyStr(replicatefrom));
  return {
    root: withLiveDynamicConfig(root, snapshot.config),
    clone: cloneSource(choice, database),
    follow: follow && follow.name !== self ? (follow.host ? memberSource(follow, database) : { kind: 'symbolic' }) : { kind: 'none' },
    bootstrapNote: bootstrapNote(snapshot, choice),
    replicaNotes: replicaNotes(snapshot, choice, follow, self),
    patroniVersion: snapshot.patroni.patroni.version,
    pgVersion: pgMajorOf(snapshot.patroni.server_version),
  };
}

function memberSource(m: SnapshotMember, dbname: string): MemberSource {
  const host = m.host ?? '';
  const port = String(m.port ?? 5432);
  const hostPart = host.includes(':') ? `[${host}]` : host;
  return { kind: 'url', url: `postgres://${hostPart}:${port}/${encodeURIComponent(dbname)}`, host, port, dbname };
}

function cloneSource(choice: CloneChoice, dbname: string): MemberSource {
  // A member whose DCS entry has no connection URL shows no host: nothing to name, as with several candidates.
  if (choice.chosen) return choice.chosen.host ? memberSource(choice.chosen, dbname) : { kind: 'symbolic' };
  // Several members qualify: Patroni draws one at random, so the plan names none of them.
  return choice.candidates.length ? { kind: 'symbolic' } : { kind: 'none' };
}

function bootstrapNote(snapshot: ClusterSnapshot, choice: CloneChoice): string {
  const leader = choice.leader ? `its leader is ${choice.leader.name}` : 'it has no leader now';
  return `the cluster is initialized (read from ${snapshot.source}; ${leader}): a new member never bootstraps it again, it is built as a replica, and bootstrap.dcs is not read`;
}

function replicaNotes(snapshot: ClusterSnapshot, choice: CloneChoice, follow: SnapshotMember | undefined, self: string | undefined): string[] {
  const notes = [`the dynamic configuration is the cluster's (GET ${snapshot.source}/config), not bootstrap.dcs`];
  if (self !== undefined && snapshot.cluster.members.some((m) => m.name === self)) notes.push(`${self} is already a member of this cluster: the plan is the one of its rebuild`);
  if (!choice.leader) notes.push('the cluster has no leader: Patroni clones only with the methods that have no_leader, and waits otherwise');
  else if (choice.candidates.length > 1) notes.push(`Patroni clones from one of these members tagged clonefrom, picked at random: ${choice.candidates.map(describeMember).join(', ')}; the plan names the source with placeholders`);
  else if (choice.chosen && choice.chosen !== choice.leader) notes.push(`cloned from ${describeMember(choice.chosen)}, the running member tagged clonefrom (Patroni prefers it to the leader)`);
  else if (choice.chosen) notes.push(`cloned from the leader ${describeMember(choice.chosen)}: no other running member is tagged clonefrom`);
  if (follow && follow !== choice.chosen) notes.push(`after the clone it follows ${describeMember(follow)}`);
  for (const m of [choice.chosen, follow]) if (m && !m.host) notes.push(`${m.name} shows no connection address in GET /cluster (none in the DCS): the plan names it with placeholders`);
  return notes;
}
