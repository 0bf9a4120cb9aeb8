/** The REST answers recorded from each Patroni release (test/data/cluster/<release>/, scripts/record-cluster-answers.mjs). */
import { readFileSync } from 'node:fs';
import type { ClusterSnapshot } from '../../src/cluster/snapshot.js';
import { ROOT } from '../helpers.js';

export const RELEASES = ['3.0.2', '3.3.11', '4.0.10', '4.1.4'] as const;

const read = (release: string, name: string): never => JSON.parse(readFileSync(`${ROOT}test/data/cluster/${release}/${name}.json`, 'utf8')) as never;

/** The answers by path, as a fake member serves them. */
export function recorded(release: string): Record<string, unknown> {
  return { '/patroni': read(release, 'patroni'), '/cluster': read(release, 'cluster'), '/config': read(release, 'config') };
}

/** The answers as the snapshot `patroni-plan cluster` would make of them. */
export function recordedSnapshot(release: string): ClusterSnapshot {
  return { format_version: 1, source: 'http://10.0.0.11:8008', read_at: '2026-01-02T03:04:05Z', config: read(release, 'config'), cluster: read(release, 'cluster'), patroni: read(release, 'patroni') };
}
