import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

test('a relative path is a warning with the resolution rule', () => {
  assert.deepEqual(findings('relative-path', 'postgresql:\n  data_dir: data/pg0\n  bin_dir: /usr/lib/postgresql/16/bin\n'), [
    [2, 13, 'warning', "postgresql.data_dir is the relative path 'data/pg0': Patroni resolves it against its working directory, which is / for a systemd system unit without WorkingDirectory=, the image's WORKDIR in a container and the current directory in a shell; write an absolute path"],
  ]);
  assert.match(messages('relative-path', 'raft:\n  data_dir: ~/raft\n')[0]!, /Patroni does not expand '~'/);
});

test('absolute paths, Windows ones included, and template placeholders are no finding', () => {
  assert.deepEqual(findings('relative-path', 'postgresql:\n  data_dir: /d\n  pgpass: /tmp/pgpass\nraft:\n  data_dir: /r\n'), []);
  assert.deepEqual(findings('relative-path', "postgresql:\n  data_dir: 'C:\\pg\\data'\n  bin_dir: ${PG_BIN}\n"), []);
});
