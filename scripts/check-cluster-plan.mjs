// Checks plan --cluster against a real Patroni release, for the releases the tests cannot run
// (they need a source tree): etcd and three members on loopback; node1 bootstraps, its dynamic
// configuration is changed with patronictl edit-config, node2 (tagged clonefrom) clones from it,
// node3 is planned with --cluster and then started with Patroni; what node3 wrote into
// postgresql.conf (recovery settings included) and its postgres command line are compared
// with the plan, and its log says which member it cloned from (node2 is expected).
//
//   npm run build
//   node scripts/check-cluster-plan.mjs debian             # Debian's /usr/bin/patroni (3.0.2)
//   node scripts/check-cluster-plan.mjs <patroni-source>   # a release's source tree, run with python3
//
// Exit 0 when the plan and the real member agree, 1 otherwise.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { patroniFromSource, DEBIAN_PATRONI, PatroniLab, readPostgresqlConf, readPostmasterOpts } = await import(`${ROOT}dist/test/cluster/patroni-harness.js`);
const which = process.argv[2];
if (!which) {
  console.error('usage: node scripts/check-cluster-plan.mjs debian | <patroni source tree>');
  process.exit(2);
}
let agree = false;
const lab = new PatroniLab(which === 'debian' ? DEBIAN_PATRONI : patroniFromSource(which), 'chk');
try {
  await lab.startEtcd();
  const n1 = await lab.addMember('node1', { dcsParameters: { max_connections: 150, work_mem: '4MB' } });
  const n2 = await lab.addMember('node2', { tags: { clonefrom: true } });
  const n3 = await lab.addMember('node3', { dcsParameters: { max_connections: 150, work_mem: '4MB' }, localParameters: { maintenance_work_mem: '80MB' } });
  lab.startMember(n1);
  await lab.waitRunning(n1, ['master', 'primary']);
  const e = lab.patronictl(n1, ['edit-config', '--force', '-p', 'max_connections=222', '-p', 'work_mem=8MB']);
  if (e.status !== 0) throw new Error(e.stderr);
  lab.startMember(n2);
  await lab.waitRunning(n2, ['replica']);
  await lab.until(async () => /"name":"node2","role":"replica","state":"(running|streaming)"/.test(JSON.stringify(await lab.get(n1, '/cluster'))), 'node2 in /cluster');
  const r = spawnSync(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, 'plan', n3.config, '--cluster', lab.restUrl(n1), '--format', 'json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const plan = JSON.parse(r.stdout);
  console.log('plan:', plan.patroni_version, plan.postgresql_version, 'clone', plan.clone_from.url, 'node2 pg', n2.ports.pg, 'node1 pg', n1.ports.pg);
  console.log('notes:', plan.replica.notes);
  lab.startMember(n3);
  await lab.waitRunning(n3, ['replica']);
  const start = plan.replica.first_start.steps.find((s) => s.action === 'start_postgres');
  const rec = plan.replica.first_start.steps.find((s) => s.action === 'set_parameters');
  const expected = { ...start.server_parameters.conf, ...rec.parameters };
  const written = readPostgresqlConf(join(n3.dataDir, 'postgresql.conf'));
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(written)])].sort();
  let same = true;
  for (const k of keys) if (expected[k] !== written[k]) { same = false; console.log('DIFF', k, 'plan:', expected[k], 'real:', written[k]); }
  const cmd = readPostmasterOpts(n3.dataDir);
  console.log('conf same:', same, 'cmdline same:', JSON.stringify(cmd) === JSON.stringify(start.server_parameters.command_line));
  agree = same && JSON.stringify(cmd) === JSON.stringify(start.server_parameters.command_line) && plan.clone_from.port === String(n2.ports.pg);
  console.log('log:', readFileSync(n3.log, 'utf8').split('\n').filter((l) => /bootstrap(ped)? from|clone/i.test(l)).slice(0, 3).join('\n'));
} finally {
  await lab.stop();
}
process.exitCode = agree ? 0 : 1;
