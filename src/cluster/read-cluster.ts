/**
 * `--cluster URL|STATE.json`: a snapshot from a member's REST API (three read-only GETs) or
 * from a file `patroni-plan cluster -o` wrote. Patroni answers /config, /cluster and
 * /patroni the same way whatever its DCS, so no DCS client is needed.
 */
import { existsSync } from 'node:fs';
import { readBounded } from '../load/read-bounded.js';
import { displayUrl, getJson, parseMemberUrl, RestError, type RestOptions } from '../net/patroni-rest.js';
import { BadSnapshot, checkClusterAnswer, checkConfigAnswer, checkPatroniAnswer, checkSnapshot, maskSecrets, SNAPSHOT_FORMAT_VERSION, type ClusterSnapshot } from './snapshot.js';

/** A snapshot file larger than this is refused: a real one is a few KiB. */
const MAX_SNAPSHOT_BYTES = 4 * 1024 * 1024;

/** Asks the member; `now` is passed in so that tests can pin read_at. */
export async function readClusterFromMember(urlText: string, opts: RestOptions = {}, now: Date = new Date()): Promise<ClusterSnapshot> {
  const base = parseMemberUrl(urlText);
  const where = displayUrl(base);
  // /patroni first: it is the answer that says whether this is Patroni at all.
  const patroni = checkPatroniAnswer(await getJson(base, '/patroni', opts), `${where}/patroni`);
  const cluster = checkClusterAnswer(await getJson(base, '/cluster', opts), `${where}/cluster`);
  const config = checkConfigAnswer(await getJson(base, '/config', opts), `${where}/config`);
  return maskSecrets({ format_version: SNAPSHOT_FORMAT_VERSION, source: where, read_at: now.toISOString().replace(/\.\d{3}Z$/, 'Z'), config, cluster, patroni });
}

export function readClusterFile(file: string): ClusterSnapshot {
  let read;
  try {
    read = readBounded(file, MAX_SNAPSHOT_BYTES);
  } catch (err) {
    throw new BadSnapshot(`${file}: cannot read the cluster snapshot (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (read.tooLarge) throw new BadSnapshot(`${file}: larger than ${MAX_SNAPSHOT_BYTES} bytes: not a cluster snapshot`);
  let value: unknown;
  try {
    value = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    throw new BadSnapshot(`${file}: not JSON: a cluster snapshot is what patroni-plan cluster -o writes`);
  }
  return maskSecrets(checkSnapshot(value, file));
}

/** A URL is asked; anything else must be a snapshot file. */
export function readCluster(arg: string, opts: RestOptions = {}): Promise<ClusterSnapshot> {
  if (/^https?:\/\//i.test(arg)) return readClusterFromMember(arg, opts);
  if (!existsSync(arg)) return Promise.reject(new RestError(`--cluster '${arg}': no such snapshot file (a member is given as http://host:8008 or https://host:8008)`));
  return Promise.resolve(readClusterFile(arg));
}

export { BadSnapshot, RestError };
