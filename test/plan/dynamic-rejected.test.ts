import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planLoaded } from '../../src/api.js';
import { loadConfigText } from '../../src/load/load-config.js';

const config = `scope: s
name: s-2
bootstrap:
  dcs:
    maximum_lag_on_failover: \${LAG}
    postgresql:
      use_slots: false
postgresql:
  data_dir: /d
  authentication:
    replication:
      username: r
      password: p
`;

const plan = (patroniVersion: string) => planLoaded(loadConfigText('t.yml', config), { patroniVersion, pgVersion: '15', cloneFrom: 'postgres://10.0.0.5:5432/postgres' });
const slot = (p: ReturnType<typeof plan>) => JSON.stringify(p.replica.first_start).includes('primary_slot_name');

test('Patroni 3.0 ignores all of bootstrap.dcs when one converted value raises: the plan says so and uses a slot', () => {
  const old = plan('3.0');
  assert.match(old.bootstrap.notes[0]!, /^Patroni converts bootstrap\.dcs\.maximum_lag_on_failover with int\(\), which refuses \$\{LAG\}, so Patroni ignores the whole bootstrap\.dcs/);
  assert.equal(old.replica.notes[0], old.bootstrap.notes[0]);
  assert.equal(slot(old), true, 'use_slots: false is part of the ignored bootstrap.dcs');
  const now = plan('4.1');
  assert.equal(now.bootstrap.notes.some((n) => n.includes('whole bootstrap.dcs')), false);
  assert.equal(slot(now), false);
});
