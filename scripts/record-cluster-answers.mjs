// Records what a real Patroni member answers on GET /patroni, /cluster and /config, for
// test/data/cluster/<release>/ (test/cluster/recorded-answers.test.ts reads them back).
//
//   npm run build
//   node scripts/record-cluster-answers.mjs debian             # Debian's /usr/bin/patroni (3.0.2)
//   node scripts/record-cluster-answers.mjs <patroni-source>   # a release's source tree, run with python3
//
// Run as root (PostgreSQL then runs as postgres) or as a user that may run initdb. Each run
// starts etcd and two members on loopback ports the system hands out: node1 bootstraps,
// `patronictl edit-config` changes its dynamic configuration, node2 (tagged clonefrom) clones
// from it; then node1's three answers are written, and everything is stopped.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { DEBIAN_PATRONI, patroniFromSource, PatroniLab } = await import(`${root}dist/test/cluster/patroni-harness.js`);

const which = process.argv[2];
if (!which) {
  console.error('usage: node scripts/record-cluster-answers.mjs debian | <patroni source tree>');
  process.exit(2);
}
const cmd = which === 'debian' ? DEBIAN_PATRONI : patroniFromSource(which);
const lab = new PatroniLab(cmd, 'recorded');
try {
  await lab.startEtcd();
  const node1 = await lab.addMember('node1', { dcsParameters: { max_connections: 150 } });
  const node2 = await lab.addMember('node2', { tags: { clonefrom: true } });
  lab.startMember(node1);
  await lab.waitRunning(node1, ['master', 'primary']);
  const edit = lab.patronictl(node1, ['edit-config', '--force', '-p', 'max_connections=222', '-p', 'work_mem=8MB', '-s', 'postgresql.use_slots=false']);
  if (edit.status !== 0) throw new Error(`patronictl edit-config failed: ${edit.stderr}`);
  lab.startMember(node2);
  await lab.waitRunning(node2, ['replica']);
  // node2 shows as running (3.0) or streaming (3.3+) once its state reached the DCS.
  await lab.until(async () => /"name":"node2","role":"replica","state":"(running|streaming)"/.test(JSON.stringify(await lab.get(node1, '/cluster'))), 'node2 to show in /cluster');
  const patroni = await lab.get(node1, '/patroni');
  const version = patroni.patroni.version;
  const out = join(root, 'test/data/cluster', version);
  mkdirSync(out, { recursive: true });
  for (const [name, path] of [['patroni', '/patroni'], ['cluster', '/cluster'], ['config', '/config']]) {
    writeFileSync(join(out, `${name}.json`), JSON.stringify(await lab.get(node1, path), null, 2) + '\n');
  }
  console.log(`recorded Patroni ${version} in ${out}`);
} finally {
  await lab.stop();
}
