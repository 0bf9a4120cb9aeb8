/**
 * Any JSON a member or a snapshot file may hold: reading it either gives a snapshot or a
 * BadSnapshot (one line, no answer quoted), and a snapshot that passes the checks always
 * plans, with members in any state, role, tag and order; the same snapshot gives the same plan.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { planLoaded, UsageError } from '../../src/api.js';
import { readClusterFile } from '../../src/cluster/read-cluster.js';
import { BadSnapshot, type ClusterSnapshot } from '../../src/cluster/snapshot.js';
import { loadConfigPath } from '../../src/load/load-config.js';
import { ROOT } from '../helpers.js';
import { fuzzParameters } from './settings.js';

const scratch = mkdtempSync(join(tmpdir(), 'pp-fuzz-snapshot-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const NODE3 = loadConfigPath(`${ROOT}fixtures/cluster/node3.yml`);

test('any JSON as a snapshot file: a snapshot or one line of BadSnapshot', () => {
  const file = join(scratch, 'state.json');
  fc.assert(
    fc.property(fc.oneof(fc.jsonValue(), fc.record({ format_version: fc.constant(1), source: fc.string(), read_at: fc.string(), config: fc.jsonValue(), cluster: fc.jsonValue(), patroni: fc.jsonValue() })), (value) => {
      writeFileSync(file, JSON.stringify(value) ?? 'null');
      try {
        readClusterFile(file);
      } catch (err) {
        assert.ok(err instanceof BadSnapshot, String(err));
        assert.ok(!err.message.includes('\n'));
      }
    }),
    fuzzParameters(),
  );
});

const member = fc.record(
  {
    name: fc.constantFrom('node1', 'node2', 'node3', 'n4', ''),
    role: fc.constantFrom('leader', 'standby_leader', 'replica', 'sync_standby', 'master', 'quorum_standby', 'weird'),
    state: fc.constantFrom('running', 'streaming', 'in archive recovery', 'stopped', 'starting', 'crashed'),
    host: fc.constantFrom('10.0.0.1', '10.0.0.2', '::1', 'db.example'),
    port: fc.integer({ min: 1, max: 65535 }),
    tags: fc.dictionary(fc.constantFrom('clonefrom', 'nofailover', 'replicatefrom', 'x'), fc.jsonValue()),
  },
  { requiredKeys: ['name', 'role'] },
);

test('a snapshot that passes the checks always plans, the same way twice', () => {
  fc.assert(
    fc.property(fc.array(member, { maxLength: 5 }), fc.dictionary(fc.constantFrom('ttl', 'loop_wait', 'postgresql', 'standby_cluster', 'synchronous_mode', 'use_slots'), fc.jsonValue()), fc.constantFrom('3.0.2', '3.3.11', '4.1.4', '5.0.0'), (members, config, version) => {
      const snapshot = { format_version: 1, source: 'http://10.0.0.1:8008', read_at: '2026-01-01T00:00:00Z', config, cluster: { members }, patroni: { patroni: { version }, server_version: 160002 } } as ClusterSnapshot;
      try {
        const a = planLoaded(NODE3, { cluster: snapshot });
        assert.deepEqual(planLoaded(NODE3, { cluster: snapshot }), a);
      } catch (err) {
        // Only a release patroni-plan has no facts for is refused, and then as a usage error.
        assert.ok(err instanceof UsageError && version === '5.0.0', String((err as Error).stack));
      }
    }),
    fuzzParameters(),
  );
});
