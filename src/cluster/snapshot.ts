/**
 * A running cluster as its members' REST API describes it: what `patroni-plan cluster`
 * prints and `--cluster STATE.json` reads back (schema/cluster.schema.json). Only the parts
 * a plan needs are checked; the rest of each answer is kept as the member gave it, with
 * every value under a secret-looking key masked.
 */
import { looksSecret, MASK } from '../validate/secret-values.js';

export const SNAPSHOT_FORMAT_VERSION = 1;

/** One member of GET /cluster (Patroni's cluster_as_json; 3.0–4.1 all have these). */
export interface SnapshotMember {
  name: string;
  role: string;
  state: string;
  host?: string;
  port?: number;
  timeline?: number;
  tags?: Record<string, unknown>;
  [other: string]: unknown;
}

export interface ClusterSnapshot {
  format_version: number;
  /** The member that was asked, scheme://host:port, never with credentials. */
  source: string;
  /** When it was read, ISO 8601 UTC. */
  read_at: string;
  /** GET /config: the dynamic configuration in the DCS. */
  config: Record<string, unknown>;
  /** GET /cluster. */
  cluster: { members: SnapshotMember[]; [other: string]: unknown };
  /** GET /patroni: Patroni's version and the member's PostgreSQL. */
  patroni: { patroni: { version: string; [other: string]: unknown }; server_version?: number; [other: string]: unknown };
}

export class BadSnapshot extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** GET /config: any JSON object is a dynamic configuration (an empty one included). */
export function checkConfigAnswer(v: unknown, where: string): Record<string, unknown> {
  if (!isObject(v)) throw new BadSnapshot(`${where}: the dynamic configuration is not a JSON object: is this a Patroni REST API?`);
  return v;
}

export function checkClusterAnswer(v: unknown, where: string): ClusterSnapshot['cluster'] {
  if (!isObject(v) || !Array.isArray(v['members'])) throw new BadSnapshot(`${where}: no 'members' list: is this a Patroni REST API?`);
  v['members'].forEach((m, i) => checkMember(m, `${where}: member ${i + 1}`));
  return v as ClusterSnapshot['cluster'];
}

function checkMember(m: unknown, where: string): void {
  if (!isObject(m) || typeof m['name'] !== 'string' || typeof m['role'] !== 'string') throw new BadSnapshot(`${where} has no name or role: is this a Patroni REST API?`);
  if (m['state'] !== undefined && typeof m['state'] !== 'string') throw new BadSnapshot(`${where}: state is not a string`);
  if (m['host'] !== undefined && typeof m['host'] !== 'string') throw new BadSnapshot(`${where}: host is not a string`);
  if (m['port'] !== undefined && !Number.isInteger(m['port'])) throw new BadSnapshot(`${where}: port is not a whole number`);
  if (m['tags'] !== undefined && !isObject(m['tags'])) throw new BadSnapshot(`${where}: tags is not an object`);
}

export function checkPatroniAnswer(v: unknown, where: string): ClusterSnapshot['patroni'] {
  const patroni = isObject(v) ? v['patroni'] : undefined;
  if (!isObject(patroni) || typeof patroni['version'] !== 'string') throw new BadSnapshot(`${where}: no patroni.version: is this a Patroni REST API?`);
  const sv = (v as Record<string, unknown>)['server_version'];
  if (sv !== undefined && !Number.isInteger(sv)) throw new BadSnapshot(`${where}: server_version is not a whole number`);
  return v as ClusterSnapshot['patroni'];
}

/** A snapshot read back from a file: the same checks as the live answers, plus its own fields. */
export function checkSnapshot(v: unknown, file: string): ClusterSnapshot {
  if (!isObject(v)) throw new BadSnapshot(`${file}: not a cluster snapshot (a JSON object written by patroni-plan cluster)`);
  if (v['format_version'] !== SNAPSHOT_FORMAT_VERSION) throw new BadSnapshot(`${file}: format_version must be ${SNAPSHOT_FORMAT_VERSION}: not a cluster snapshot written by this patroni-plan`);
  for (const key of ['source', 'read_at']) if (typeof v[key] !== 'string') throw new BadSnapshot(`${file}: '${key}' must be a string`);
  return {
    format_version: SNAPSHOT_FORMAT_VERSION,
    source: v['source'] as string,
    read_at: v['read_at'] as string,
    config: checkConfigAnswer(v['config'], `${file}: config`),
    cluster: checkClusterAnswer(v['cluster'], `${file}: cluster`),
    patroni: checkPatroniAnswer(v['patroni'], `${file}: patroni`),
  };
}

/** Every value under a key that looks secret, masked, at any depth: an answer is printed and committed. */
export function maskSecrets<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => maskSecrets(x)) as T;
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = looksSecret(k) && x !== null && x !== '' ? MASK : maskSecrets(x);
  return out as T;
}

/** The JSON text of a snapshot: two-space indent and a final newline, like the plan's. */
export function renderSnapshot(s: ClusterSnapshot): string {
  return JSON.stringify(s, null, 2) + '\n';
}
