import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

const both = 'scope: a\nkubernetes:\n  namespace: db\netcd3:\n  hosts: 10.0.0.1:2379\n';

test('etcd3 and kubernetes: etcd3 is used, the kubernetes section is reported in every release', () => {
  for (const patroniVersion of ['3.0.2', '3.3.11', '4.0.10', '4.1.4']) {
    const found = findings('dcs-sections', both, { patroniVersion });
    assert.equal(found.length, 1, patroniVersion);
    assert.deepEqual(found[0]!.slice(0, 3), [2, 1, 'warning']);
    assert.match(found[0]![3], new RegExp(`^Patroni ${patroniVersion.replace(/\./g, '\\.')} connects to one DCS only: it uses the etcd3 section and silently ignores kubernetes`));
  }
  assert.equal(
    messages('dcs-sections', both)[0],
    'Patroni 4.1.4 connects to one DCS only: it uses the etcd3 section and silently ignores kubernetes (the first section present in the order consul, etcd, etcd3, exhibitor, kubernetes, raft, zookeeper wins; only if python-etcd, the client etcd3 needs, is not installed does it take the next); remove the section you do not use',
  );
});

test('several ignored sections are one finding, at the first of them', () => {
  const found = findings('dcs-sections', 'zookeeper:\n  hosts: [a]\nraft:\n  data_dir: /r\nconsul:\n  host: c\n');
  assert.equal(found.length, 1);
  assert.equal(found[0]![0], 3);
  assert.match(found[0]![3], /uses the consul section and silently ignores raft and zookeeper .*remove the sections you do not use$/);
});

test('a zookeeper section holding exhibitor counts as exhibitor; one DCS section is no finding', () => {
  assert.match(messages('dcs-sections', 'zookeeper:\n  exhibitor:\n    hosts: [a]\netcd:\n  host: e\n')[0]!, /uses the etcd section and silently ignores exhibitor/);
  assert.deepEqual(findings('dcs-sections', 'etcd3:\n  hosts: a\n'), []);
  assert.deepEqual(findings('dcs-sections', 'zookeeper:\n  exhibitor:\n    hosts: [a]\n'), []);
  assert.match(messages('dcs-sections', 'kubernetes: {}\nraft:\n  data_dir: /r\n')[0]!, /uses the kubernetes section and silently ignores raft \(the first section present in the order [a-z0-9, ]+ wins\); remove/);
});
